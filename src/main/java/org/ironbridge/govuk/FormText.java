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
