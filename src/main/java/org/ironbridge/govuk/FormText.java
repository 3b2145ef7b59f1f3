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

    public static boolean tooLong(String value, int max) {
        return value != null && value.codePointCount(0, value.length()) > max;
    }
}
