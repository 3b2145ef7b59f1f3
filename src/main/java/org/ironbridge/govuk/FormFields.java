package org.ironbridge.govuk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the options of the GOV.UK form components (see templates/govuk) for one field: id and name,
 * label or legend, the value the person entered, and the field's error from {@link FormErrors}.
 */
public final class FormFields {

    private FormFields() {
    }

    public static Map<String, Object> input(String name, String label, String value, FormErrors errors) {
        Map<String, Object> field = base(name, errors);
        field.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        field.put("value", value == null ? "" : value);
        return field;
    }

    public static Map<String, Object> textarea(String name, String label, String hint, String value, FormErrors errors) {
        Map<String, Object> field = base(name, errors);
        field.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        if (hint != null) {
            field.put("hint", Map.of("text", hint));
        }
        field.put("value", value == null ? "" : value);
        return field;
    }

    public static Map<String, Object> select(String name, String label, List<Choice> choices, String selected,
                                             FormErrors errors) {
        Map<String, Object> field = base(name, errors);
        field.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", "", "text", "Select an option"));
        for (Choice choice : choices) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", choice.value());
            item.put("text", choice.text());
            item.put("selected", choice.value().equals(selected));
            items.add(item);
        }
        field.put("items", items);
        return field;
    }

    public static Map<String, Object> checkboxes(String name, String legend, String hint, List<Choice> choices,
                                                 Collection<String> checked, FormErrors errors) {
        return choices(name, legend, hint, choices, checked, errors);
    }

    public static Map<String, Object> radios(String name, String legend, String hint, List<Choice> choices,
                                             String checked, FormErrors errors) {
        return choices(name, legend, hint, choices, checked == null ? List.of() : List.of(checked), errors);
    }

    /**
     * A GOV.UK date input whose day, month and year boxes are named {@code <prefix>Day} etc. (or day,
     * month, year when the prefix is empty); errors are reported against {@code errorField}, whose id
     * the day box takes so the error summary links to it.
     */
    public static Map<String, Object> date(String errorField, String prefix, String legend, String day, String month,
                                           String year, FormErrors errors) {
        String inputError = errors.has(errorField) ? " govuk-input--error" : "";
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", errorField + "-date");
        field.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        field.put("hint", Map.of("text", "For example, 27 3 2025"));
        if (errors.has(errorField)) {
            field.put("errorMessage", errors.errorMessage(errorField));
        }
        field.put("items", List.of(
                dateBox(errorField, prefix, "Day", "govuk-input--width-2" + inputError, day),
                dateBox(errorField + "-month", prefix, "Month", "govuk-input--width-2" + inputError, month),
                dateBox(errorField + "-year", prefix, "Year", "govuk-input--width-4" + inputError, year)));
        return field;
    }

    private static Map<String, Object> dateBox(String id, String prefix, String label, String classes, String value) {
        String name = prefix.isEmpty() ? label.toLowerCase(java.util.Locale.ROOT) : prefix + label;
        return Map.of("id", id, "name", name, "label", label, "classes", classes, "value", value == null ? "" : value);
    }

    private static Map<String, Object> choices(String name, String legend, String hint, List<Choice> choices,
                                               Collection<String> checked, FormErrors errors) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("idPrefix", name);
        field.put("name", name);
        field.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        if (hint != null) {
            field.put("hint", Map.of("text", hint));
        }
        if (errors.has(name)) {
            field.put("errorMessage", errors.errorMessage(name));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Choice choice : choices) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", choice.value());
            item.put("text", choice.text());
            if (choice.hint() != null) {
                item.put("hint", Map.of("text", choice.hint()));
            }
            item.put("checked", checked.contains(choice.value()));
            items.add(item);
        }
        field.put("items", items);
        return field;
    }

    private static Map<String, Object> base(String name, FormErrors errors) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", name);
        field.put("name", name);
        if (errors.has(name)) {
            field.put("errorMessage", errors.errorMessage(name));
        }
        return field;
    }
}
