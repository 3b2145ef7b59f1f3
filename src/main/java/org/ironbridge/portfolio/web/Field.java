package org.ironbridge.portfolio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironbridge.govuk.FormErrors;

/**
 * One GOV.UK component of a form and its options (see templates/govuk), so that one page template can
 * lay out the fields of every kind of RAID item and change impact in order.
 */
record Field(String component, Map<String, Object> options) {

    static Field input(Map<String, Object> options) {
        return new Field("input", options);
    }

    static Field textarea(Map<String, Object> options) {
        return new Field("textarea", options);
    }

    static Field select(Map<String, Object> options) {
        return new Field("select", options);
    }

    static Field radios(Map<String, Object> options) {
        return new Field("radios", options);
    }

    static Field inlineRadios(Map<String, Object> options) {
        options.put("classes", "govuk-radios--inline");
        return new Field("radios", options);
    }

    static Field checkboxes(Map<String, Object> options) {
        return new Field("checkboxes", options);
    }

    static Field date(Map<String, Object> options) {
        return new Field("date", options);
    }

    /** The same options with a hint below the label or legend. */
    static Map<String, Object> hinted(Map<String, Object> options, String hint) {
        options.put("hint", Map.of("text", hint));
        return options;
    }

    /**
     * A GOV.UK date input of month and year only (GOV.UK leaves out the day box when the day is not
     * needed); boxes named {@code <prefix>Month} and {@code <prefix>Year}, errors reported against
     * {@code field}, whose id the month box takes so the error summary links to it.
     */
    static Field month(String field, String prefix, String legend, String month, String year, FormErrors errors) {
        String error = errors.has(field) ? " govuk-input--error" : "";
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("id", field + "-date");
        options.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        options.put("hint", Map.of("text", "For example, 4 2025"));
        if (errors.has(field)) {
            options.put("errorMessage", errors.errorMessage(field));
        }
        options.put("items", List.of(
                Map.of("id", field, "name", prefix + "Month", "label", "Month", "classes", "govuk-input--width-2" + error,
                        "value", month == null ? "" : month),
                Map.of("id", field + "-year", "name", prefix + "Year", "label", "Year",
                        "classes", "govuk-input--width-4" + error, "value", year == null ? "" : year)));
        return new Field("date", options);
    }

    /** The id the error summary links to for this field. */
    String target() {
        Object id = options.containsKey("idPrefix") ? options.get("idPrefix") : options.get("id");
        return String.valueOf(id);
    }
}
