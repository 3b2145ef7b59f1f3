package org.ironbridge.govuk;

/** Cleaning of free text typed into forms: trimmed, control characters removed, blank as null. */
public final class FormText {

    private FormText() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** An identifier chosen in a form, or null when blank or not an identifier. */
    public static java.util.UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** One of a fixed set of options chosen in a form, or null when blank or not one of them. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Cleaned free text, or null when blank; an error against {@code field} when longer than {@code limit}. */
    public static String optional(String value, int limit, String field, String label, FormErrors errors) {
        String cleaned = clean(value);
        if (tooLong(cleaned, limit)) {
            errors.reject(field, label + " must be " + limit + " characters or fewer");
        }
        return cleaned;
    }

    /** Cleaned free text that must be given: {@code missing} is the error when it is blank. */
    public static String required(String value, int limit, String field, String missing, String label, FormErrors errors) {
        String cleaned = optional(value, limit, field, label, errors);
        if (cleaned == null) {
            errors.reject(field, missing);
        }
        return cleaned;
    }

    public static boolean tooLong(String value, int max) {
        return value != null && value.codePointCount(0, value.length()) > max;
    }

    /** A date typed into the GOV.UK date input, or null when any part is missing or it is not a real date. */
    public static java.time.LocalDate date(String day, String month, String year) {
        try {
            return java.time.LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | java.time.DateTimeException notADate) {
            return null;
        }
    }

    /**
     * An optional date typed into the GOV.UK date input: null when all three boxes are blank; otherwise the
     * date, or null with the error recorded against {@code field} when a box is missing, the year is not
     * 2000 to 2999, or it is not a real date.
     */
    public static java.time.LocalDate optionalDate(String field, String label, String day, String month, String year,
                                                   FormErrors errors) {
        boolean any = given(day) || given(month) || given(year);
        if (!any) {
            return null;
        }
        if (!given(day) || !given(month) || !given(year)) {
            errors.reject(field, label + " must include a day, month and year");
            return null;
        }
        if (!day.strip().matches("\\d{1,2}") || !month.strip().matches("\\d{1,2}") || !year.strip().matches("\\d{4}")) {
            errors.reject(field, label + " must be a real date");
            return null;
        }
        int y = Integer.parseInt(year.strip());
        if (y < 2000 || y > 2999) {
            errors.reject(field, label + " must have a year between 2000 and 2999");
            return null;
        }
        java.time.LocalDate date = date(day, month, year);
        if (date == null) {
            errors.reject(field, label + " must be a real date");
        }
        return date;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
