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

    public static boolean tooLong(String value, int max) {
        return value != null && value.codePointCount(0, value.length()) > max;
    }

    /**
     * An amount in pounds as people type it ("250000", "£1,250,000.50"), or null when the text is not one:
     * thousands separators only in threes, at most two decimal places, never negative.
     */
    public static java.math.BigDecimal pounds(String value) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        cleaned = cleaned.startsWith("£") ? cleaned.substring(1).strip() : cleaned;
        if (!cleaned.matches("(\\d{1,3}(,\\d{3})+|\\d{1,13})(\\.\\d{1,2})?")) {
            return null;
        }
        return new java.math.BigDecimal(cleaned.replace(",", ""));
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
}
