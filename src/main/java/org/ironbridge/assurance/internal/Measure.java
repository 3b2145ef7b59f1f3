package org.ironbridge.assurance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/**
 * A measure and the threshold it must meet: an accuracy measure or a result for one group in a validation, a
 * metric of a monitoring plan (no value), or what a review observed. Whether it is within its threshold is
 * always computed, never typed.
 */
public record Measure(GroupCharacteristic characteristic, String group, String name, BigDecimal value,
                      ThresholdDirection direction, BigDecimal threshold, String unit) {

    public boolean within() {
        return value != null && direction.within(value, threshold);
    }

    public String valueText() {
        return Figures.format(value, unit);
    }

    public String thresholdText() {
        return Figures.threshold(direction, threshold, unit);
    }

    public Measure withValue(BigDecimal observed) {
        return new Measure(characteristic, group, name, observed, direction, threshold, unit);
    }

    /** The row as a form shows it again. */
    public MeasureRow row() {
        MeasureRow row = MeasureRow.of(name, Figures.plain(value), direction, Figures.plain(threshold), unit);
        row.setCharacteristic(characteristic == null ? null : characteristic.name());
        row.setGroup(group);
        return row;
    }

    /**
     * Checks the rows typed into one part of a form; the errors go against the fields {@code prefix-<i>-name}
     * and so on. {@code what} names a row in messages ("Accuracy measure"); {@code byGroup} asks for the group;
     * {@code valued} for the value measured.
     */
    public static List<Measure> check(List<MeasureRow> rows, String prefix, String what, boolean byGroup, boolean valued,
                                      FormErrors errors) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MeasureRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String field = prefix + "-" + i + "-";
            String label = what + " " + (i + 1);
            if (i >= MeasureRow.MOST) {
                errors.reject(field + "name", "Record up to " + MeasureRow.MOST + " rows");
                break;
            }
            GroupCharacteristic characteristic = null;
            String group = null;
            if (byGroup) {
                characteristic = FormText.choice(GroupCharacteristic.class, row.getCharacteristic());
                if (characteristic == null) {
                    errors.reject(field + "characteristic", label + ": select what the group is defined by, such as sex or age band");
                }
                group = FormText.required(row.getGroup(), 100, field + "group", label + ": enter the group, like Female or 65 and over",
                        label + ": group", errors);
            }
            String name = FormText.required(row.getName(), 200, field + "name", label + ": enter the name of the measure",
                    label + ": measure", errors);
            BigDecimal value = null;
            if (valued) {
                value = number(row.getValue(), field + "value", label + ": value", errors);
            }
            ThresholdDirection direction = FormText.choice(ThresholdDirection.class, row.getDirection());
            if (direction == null) {
                errors.reject(field + "direction", label + ": select whether the value must be at least or at most the threshold");
            }
            BigDecimal threshold = number(row.getThreshold(), field + "threshold", label + ": threshold", errors);
            String unit = FormText.optional(row.getUnit(), 30, field + "unit", label + ": unit", errors);
            if (direction != null && threshold != null && (!valued || value != null) && name != null
                    && (!byGroup || (characteristic != null && group != null))) {
                measures.add(new Measure(characteristic, group, name, value, direction, threshold, unit));
            }
        }
        return measures;
    }

    /** A number typed into a field, or null with an error against it. */
    static BigDecimal number(String text, String field, String label, FormErrors errors) {
        if (text == null || text.isBlank()) {
            errors.reject(field, label + ": enter a number, like 96.4");
            return null;
        }
        BigDecimal value = Figures.parse(text);
        if (value == null) {
            errors.reject(field, label + " must be a number with up to 4 decimal places, like 96.4");
        }
        return value;
    }
}
