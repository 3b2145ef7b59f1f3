package org.ironbridge.assurance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A review as it is typed: the date, the value observed for each metric of the plan in order, the outcome, notes. */
public class MonitoringReviewForm {

    private String reviewedOnDay;
    private String reviewedOnMonth;
    private String reviewedOnYear;
    private List<String> observed = List.of();
    private String outcome;
    private String notes;
    private Integer version;

    public static MonitoringReviewForm blank(MonitoringPlan plan) {
        MonitoringReviewForm form = new MonitoringReviewForm();
        form.version = plan == null ? null : plan.version();
        return form;
    }

    public static MonitoringReviewForm from(Map<String, String[]> params) {
        MonitoringReviewForm form = new MonitoringReviewForm();
        form.reviewedOnDay = FormParams.first(params, "reviewedOnDay");
        form.reviewedOnMonth = FormParams.first(params, "reviewedOnMonth");
        form.reviewedOnYear = FormParams.first(params, "reviewedOnYear");
        String[] values = params.get("observed");
        form.observed = values == null ? List.of() : Arrays.asList(values);
        form.outcome = FormParams.first(params, "outcome");
        form.notes = FormParams.first(params, "notes");
        form.version = FormParams.version(params);
        return form;
    }

    /** The value typed for the metric at this position, or null. */
    public String observedAt(int position) {
        return position < observed.size() ? observed.get(position) : null;
    }

    public String getReviewedOnDay() { return reviewedOnDay; }
    public void setReviewedOnDay(String reviewedOnDay) { this.reviewedOnDay = reviewedOnDay; }
    public String getReviewedOnMonth() { return reviewedOnMonth; }
    public void setReviewedOnMonth(String reviewedOnMonth) { this.reviewedOnMonth = reviewedOnMonth; }
    public String getReviewedOnYear() { return reviewedOnYear; }
    public void setReviewedOnYear(String reviewedOnYear) { this.reviewedOnYear = reviewedOnYear; }
    public List<String> getObserved() { return observed; }
    public void setObserved(List<String> observed) { this.observed = observed; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
