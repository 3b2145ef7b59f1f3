package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** Free text and whole numbers typed into the delivery forms, checked the same way everywhere. */
final class EnteredValues {

    private EnteredValues() {
    }

    /** Cleaned text, or null when blank; rejected on the field when longer than the limit. */
    static String text(String value, int limit, String field, String label, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (FormText.tooLong(cleaned, limit)) {
            errors.reject(field, label + " must be " + limit + " characters or fewer");
        }
        return cleaned;
    }

    /** As {@link #text}, and rejected with {@code missing} when blank. */
    static String required(String value, int limit, String field, String label, String missing, FormErrors errors) {
        String cleaned = text(value, limit, field, label, errors);
        if (cleaned == null) {
            errors.reject(field, missing);
        }
        return cleaned;
    }

    /** A whole number from min to max, or null when blank; anything else is rejected with the message. */
    static Integer wholeNumber(String value, int min, int max, String field, String message, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            return null;
        }
        if (!cleaned.matches("\\d{1,9}") || Integer.parseInt(cleaned) < min || Integer.parseInt(cleaned) > max) {
            errors.reject(field, message);
            return null;
        }
        return Integer.parseInt(cleaned);
    }
}
