package org.ironbridge.govuk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors in a submitted form, in the order the fields appear, shaped for the GOV.UK error summary
 * (links to the fields) and the error message beside each field.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors reject(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String messageFor(String field) {
        return byField.get(field);
    }

    /** The error-message option for a GOV.UK component, or null when the field is fine. */
    public Map<String, Object> errorMessage(String field) {
        String message = byField.get(field);
        return message == null ? null : Map.of("text", message);
    }

    /** The errorList option of the GOV.UK error summary. */
    public List<Map<String, Object>> summary() {
        List<Map<String, Object>> list = new ArrayList<>();
        byField.forEach((field, message) -> list.add(Map.of("text", message, "href", "#" + field)));
        return list;
    }
}
