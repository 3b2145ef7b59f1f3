package org.ironbridge.assurance.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A monitoring plan as it is typed; every field is text until checked. */
public class MonitoringPlanForm {

    public static final int METRIC_ROWS = 5;

    private String frequency;
    private String ownerId;
    private String firstReviewDay;
    private String firstReviewMonth;
    private String firstReviewYear;
    private List<MeasureRow> metrics = List.of();
    private Integer version;

    public static MonitoringPlanForm blank(UUID owner) {
        MonitoringPlanForm form = new MonitoringPlanForm();
        form.ownerId = owner == null ? null : owner.toString();
        form.metrics = MeasureRow.padded(List.of(), METRIC_ROWS);
        return form;
    }

    public static MonitoringPlanForm of(MonitoringPlan plan) {
        MonitoringPlanForm form = new MonitoringPlanForm();
        form.frequency = plan.frequency().name();
        form.ownerId = plan.ownerId().toString();
        form.firstReviewDay = String.valueOf(plan.firstReviewOn().getDayOfMonth());
        form.firstReviewMonth = String.valueOf(plan.firstReviewOn().getMonthValue());
        form.firstReviewYear = String.valueOf(plan.firstReviewOn().getYear());
        form.metrics = MeasureRow.padded(plan.metrics().stream().map(Measure::row).toList(), plan.metrics().size() + 2);
        form.version = plan.version();
        return form;
    }

    public static MonitoringPlanForm from(Map<String, String[]> params) {
        MonitoringPlanForm form = new MonitoringPlanForm();
        form.frequency = FormParams.first(params, "frequency");
        form.ownerId = FormParams.first(params, "ownerId");
        form.firstReviewDay = FormParams.first(params, "firstReviewDay");
        form.firstReviewMonth = FormParams.first(params, "firstReviewMonth");
        form.firstReviewYear = FormParams.first(params, "firstReviewYear");
        form.metrics = MeasureRow.from(params, "metric");
        form.version = FormParams.version(params);
        return form;
    }

    public MonitoringPlanForm withSpareRows(int extra) {
        metrics = MeasureRow.padded(metrics, Math.min(MeasureRow.MOST, Math.max(METRIC_ROWS, metrics.size() + extra)));
        return this;
    }

    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getFirstReviewDay() { return firstReviewDay; }
    public void setFirstReviewDay(String firstReviewDay) { this.firstReviewDay = firstReviewDay; }
    public String getFirstReviewMonth() { return firstReviewMonth; }
    public void setFirstReviewMonth(String firstReviewMonth) { this.firstReviewMonth = firstReviewMonth; }
    public String getFirstReviewYear() { return firstReviewYear; }
    public void setFirstReviewYear(String firstReviewYear) { this.firstReviewYear = firstReviewYear; }
    public List<MeasureRow> getMetrics() { return metrics; }
    public void setMetrics(List<MeasureRow> metrics) { this.metrics = metrics; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
