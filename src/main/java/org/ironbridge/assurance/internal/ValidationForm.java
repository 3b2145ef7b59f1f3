package org.ironbridge.assurance.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A validation as it is typed; every field is text until checked. Pass or fail is not a field: it is computed. */
public class ValidationForm {

    public static final int ACCURACY_ROWS = 4;
    public static final int GROUP_ROWS = 6;
    public static final int MORE_ROWS = 3;

    private String testData;
    private String validatedBy;
    private String validatedOnDay;
    private String validatedOnMonth;
    private String validatedOnYear;
    private String thresholdsSetBy;
    private String thresholdsReference;
    private String notes;
    private List<MeasureRow> accuracy = List.of();
    private List<MeasureRow> groups = List.of();

    public static ValidationForm blank(UUID validator) {
        ValidationForm form = new ValidationForm();
        form.validatedBy = validator == null ? null : validator.toString();
        form.accuracy = MeasureRow.padded(List.of(), ACCURACY_ROWS);
        form.groups = MeasureRow.padded(List.of(), GROUP_ROWS);
        return form;
    }

    /** The form as the request sent it: single fields and the rows of measures. */
    public static ValidationForm from(Map<String, String[]> params) {
        ValidationForm form = new ValidationForm();
        form.testData = FormParams.first(params, "testData");
        form.validatedBy = FormParams.first(params, "validatedBy");
        form.validatedOnDay = FormParams.first(params, "validatedOnDay");
        form.validatedOnMonth = FormParams.first(params, "validatedOnMonth");
        form.validatedOnYear = FormParams.first(params, "validatedOnYear");
        form.thresholdsSetBy = FormParams.first(params, "thresholdsSetBy");
        form.thresholdsReference = FormParams.first(params, "thresholdsReference");
        form.notes = FormParams.first(params, "notes");
        form.accuracy = MeasureRow.from(params, "accuracy");
        form.groups = MeasureRow.from(params, "group");
        return form;
    }

    /** The same form with spare rows to fill in: the ones typed are kept. */
    public ValidationForm withSpareRows(int extra) {
        accuracy = MeasureRow.padded(accuracy, Math.min(MeasureRow.MOST, Math.max(ACCURACY_ROWS, accuracy.size() + extra)));
        groups = MeasureRow.padded(groups, Math.min(MeasureRow.MOST, Math.max(GROUP_ROWS, groups.size() + extra)));
        return this;
    }

    public String getTestData() { return testData; }
    public void setTestData(String testData) { this.testData = testData; }
    public String getValidatedBy() { return validatedBy; }
    public void setValidatedBy(String validatedBy) { this.validatedBy = validatedBy; }
    public String getValidatedOnDay() { return validatedOnDay; }
    public void setValidatedOnDay(String validatedOnDay) { this.validatedOnDay = validatedOnDay; }
    public String getValidatedOnMonth() { return validatedOnMonth; }
    public void setValidatedOnMonth(String validatedOnMonth) { this.validatedOnMonth = validatedOnMonth; }
    public String getValidatedOnYear() { return validatedOnYear; }
    public void setValidatedOnYear(String validatedOnYear) { this.validatedOnYear = validatedOnYear; }
    public String getThresholdsSetBy() { return thresholdsSetBy; }
    public void setThresholdsSetBy(String thresholdsSetBy) { this.thresholdsSetBy = thresholdsSetBy; }
    public String getThresholdsReference() { return thresholdsReference; }
    public void setThresholdsReference(String thresholdsReference) { this.thresholdsReference = thresholdsReference; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<MeasureRow> getAccuracy() { return accuracy; }
    public void setAccuracy(List<MeasureRow> accuracy) { this.accuracy = accuracy; }
    public List<MeasureRow> getGroups() { return groups; }
    public void setGroups(List<MeasureRow> groups) { this.groups = groups; }
}
