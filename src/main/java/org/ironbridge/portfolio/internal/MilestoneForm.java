package org.ironbridge.portfolio.internal;

import java.time.LocalDate;

import org.ironbridge.govuk.FormErrors;

/** A milestone as typed into its form, and its validation. */
public class MilestoneForm {

    static final int TITLE_LIMIT = 200;

    private String title;
    private String baselineDay;
    private String baselineMonth;
    private String baselineYear;
    private String forecastDay;
    private String forecastMonth;
    private String forecastYear;
    private String actualDay;
    private String actualMonth;
    private String actualYear;
    private Integer version;

    /** The milestone's details, or null with the errors rejected field by field. */
    Milestone.Details validate(LocalDate today, FormErrors errors) {
        String cleanTitle = EnteredValues.required(title, TITLE_LIMIT, "title", "Title",
                "Enter what the milestone is", errors);
        LocalDate baseline = new EnteredDate(baselineDay, baselineMonth, baselineYear)
                .read("baselineDate", "Baseline date", true, errors);
        LocalDate forecast = new EnteredDate(forecastDay, forecastMonth, forecastYear)
                .read("forecastDate", "Forecast date", false, errors);
        LocalDate actual = new EnteredDate(actualDay, actualMonth, actualYear)
                .read("actualDate", "Date achieved", false, errors);
        if (actual != null && actual.isAfter(today)) {
            errors.reject("actualDate", "Date achieved must be today or in the past");
        }
        if (errors.any()) {
            return null;
        }
        return new Milestone.Details(cleanTitle, baseline, forecast == null ? baseline : forecast, actual);
    }

    public static MilestoneForm of(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.title = milestone.title();
        form.baselineDay = EnteredDate.day(milestone.baselineDate());
        form.baselineMonth = EnteredDate.month(milestone.baselineDate());
        form.baselineYear = EnteredDate.year(milestone.baselineDate());
        form.forecastDay = EnteredDate.day(milestone.forecastDate());
        form.forecastMonth = EnteredDate.month(milestone.forecastDate());
        form.forecastYear = EnteredDate.year(milestone.forecastDate());
        form.actualDay = EnteredDate.day(milestone.actualDate());
        form.actualMonth = EnteredDate.month(milestone.actualDate());
        form.actualYear = EnteredDate.year(milestone.actualDate());
        form.version = milestone.version();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBaselineDay() { return baselineDay; }
    public void setBaselineDay(String baselineDay) { this.baselineDay = baselineDay; }
    public String getBaselineMonth() { return baselineMonth; }
    public void setBaselineMonth(String baselineMonth) { this.baselineMonth = baselineMonth; }
    public String getBaselineYear() { return baselineYear; }
    public void setBaselineYear(String baselineYear) { this.baselineYear = baselineYear; }
    public String getForecastDay() { return forecastDay; }
    public void setForecastDay(String forecastDay) { this.forecastDay = forecastDay; }
    public String getForecastMonth() { return forecastMonth; }
    public void setForecastMonth(String forecastMonth) { this.forecastMonth = forecastMonth; }
    public String getForecastYear() { return forecastYear; }
    public void setForecastYear(String forecastYear) { this.forecastYear = forecastYear; }
    public String getActualDay() { return actualDay; }
    public void setActualDay(String actualDay) { this.actualDay = actualDay; }
    public String getActualMonth() { return actualMonth; }
    public void setActualMonth(String actualMonth) { this.actualMonth = actualMonth; }
    public String getActualYear() { return actualYear; }
    public void setActualYear(String actualYear) { this.actualYear = actualYear; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
