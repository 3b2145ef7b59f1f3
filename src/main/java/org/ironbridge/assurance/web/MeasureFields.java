package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.assurance.internal.GroupCharacteristic;
import org.ironbridge.assurance.internal.MeasureRow;
import org.ironbridge.assurance.internal.ThresholdDirection;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;

/**
 * The GOV.UK fields of rows of measures: each row a fieldset ("Accuracy measure 2") whose fields share a name
 * across rows ({@code accuracyValue}) and have an id of their own ({@code accuracy-1-value}) that the error
 * summary links to.
 */
final class MeasureFields {

    static final List<Choice> DIRECTIONS = Stream.of(ThresholdDirection.values())
            .map(d -> Choice.of(d.name(), d.label() + " (" + d.symbol() + ")")).toList();
    static final List<Choice> CHARACTERISTICS = Stream.of(GroupCharacteristic.values())
            .map(c -> Choice.of(c.name(), c.label())).toList();

    private MeasureFields() {
    }

    /** One map per row: its legend and its fields, under the keys characteristic, group, name, value, direction... */
    static List<Map<String, Object>> rows(List<MeasureRow> rows, String prefix, String what, boolean byGroup,
                                          boolean valued, FormErrors errors) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MeasureRow row = rows.get(i);
            String id = prefix + "-" + i + "-";
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("legend", what + " " + (i + 1));
            if (byGroup) {
                f.put("characteristic", select(id + "characteristic", prefix + "Characteristic", "Group defined by",
                        CHARACTERISTICS, row.getCharacteristic(), errors));
                f.put("group", input(id + "group", prefix + "Group", "Group", row.getGroup(), "govuk-input--width-20", errors));
            }
            f.put("name", input(id + "name", prefix + "Name", "Measure", row.getName(), null, errors));
            if (valued) {
                f.put("value", input(id + "value", prefix + "Value", "Result", row.getValue(), "govuk-input--width-5", errors));
            }
            f.put("direction", select(id + "direction", prefix + "Direction", "Must be", DIRECTIONS, row.getDirection(),
                    errors));
            f.put("threshold", input(id + "threshold", prefix + "Threshold", "Threshold", row.getThreshold(),
                    "govuk-input--width-5", errors));
            f.put("unit", input(id + "unit", prefix + "Unit", "Unit (optional)", row.getUnit(), "govuk-input--width-5", errors));
            fields.add(f);
        }
        return fields;
    }

    static Map<String, Object> input(String id, String name, String label, String value, String classes,
                                     FormErrors errors) {
        Map<String, Object> field = FormFields.input(name, label, value, new FormErrors());
        field.put("id", id);
        if (classes != null) {
            field.put("classes", classes);
        }
        if (errors.has(id)) {
            field.put("errorMessage", errors.errorMessage(id));
        }
        return field;
    }

    static Map<String, Object> select(String id, String name, String label, List<Choice> choices, String selected,
                                      FormErrors errors) {
        Map<String, Object> field = FormFields.select(name, label, choices, selected, new FormErrors());
        field.put("id", id);
        if (errors.has(id)) {
            field.put("errorMessage", errors.errorMessage(id));
        }
        return field;
    }
}
