package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of measures as it is typed (a measure, its value, the threshold it must stay on the right side of,
 * and for a group result the group): every part is text until checked. Rows come from parallel form fields
 * ({@code accuracyName}, {@code accuracyValue}...), read straight from the request so that a comma in a
 * name is never taken for a list.
 */
public class MeasureRow {

    /** More rows than anyone records; a form that sends more is refused. */
    public static final int MOST = 30;

    private String characteristic;
    private String group;
    private String name;
    private String value;
    private String direction;
    private String threshold;
    private String unit;

    public static MeasureRow of(String name, String value, ThresholdDirection direction, String threshold, String unit) {
        MeasureRow row = new MeasureRow();
        row.name = name;
        row.value = value;
        row.direction = direction == null ? null : direction.name();
        row.threshold = threshold;
        row.unit = unit;
        return row;
    }

    /** The rows of the fields named {@code prefix + "Name"} and so on, in the order the form sent them. */
    public static List<MeasureRow> from(Map<String, String[]> params, String prefix) {
        String[] characteristics = params.get(prefix + "Characteristic");
        String[] groups = params.get(prefix + "Group");
        String[] names = params.get(prefix + "Name");
        String[] values = params.get(prefix + "Value");
        String[] directions = params.get(prefix + "Direction");
        String[] thresholds = params.get(prefix + "Threshold");
        String[] units = params.get(prefix + "Unit");
        int count = 0;
        for (String[] column : new String[][] {characteristics, groups, names, values, directions, thresholds, units}) {
            count = Math.max(count, column == null ? 0 : column.length);
        }
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MeasureRow row = new MeasureRow();
            row.characteristic = at(characteristics, i);
            row.group = at(groups, i);
            row.name = at(names, i);
            row.value = at(values, i);
            row.direction = at(directions, i);
            row.threshold = at(thresholds, i);
            row.unit = at(units, i);
            rows.add(row);
        }
        return rows;
    }

    /** Blank rows are the spare ones the form offers, and are left out. */
    public boolean blank() {
        return isBlank(group) && isBlank(name) && isBlank(value) && isBlank(threshold) && isBlank(unit);
    }

    /** At least {@code size} rows: the ones given, then blank ones to fill in. */
    public static List<MeasureRow> padded(List<MeasureRow> rows, int size) {
        List<MeasureRow> padded = new ArrayList<>(rows);
        while (padded.size() < size) {
            padded.add(new MeasureRow());
        }
        return padded;
    }

    private static String at(String[] column, int i) {
        return column == null || i >= column.length ? null : column[i];
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getCharacteristic() { return characteristic; }
    public void setCharacteristic(String characteristic) { this.characteristic = characteristic; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}
