package org.ironbridge.portfolio.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.Rag;

/** A monthly status report as the project manager types it, and its validation. */
public class StatusReportForm {

    static final int NARRATIVE_LIMIT = 4000;
    static final int NOTE_LIMIT = 2000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private String periodMonth;
    private String periodYear;
    private String deliveryConfidence;
    private String ragSchedule;
    private String ragCost;
    private String ragScope;
    private String ragBenefits;
    private String ragRisk;
    private String ragResources;
    private String narrative;
    private String keyRisks;
    private String decisionsNeeded;
    private String scopeForecast;
    private String qualityForecast;
    private String benefitsForecast;
    private String riskScoreForecast;

    /** What a valid form submits. */
    record Submission(YearMonth period, DeliveryConfidence confidence, Initiative.RagStatus rag, String narrative,
                      String keyRisks, String decisionsNeeded, ToleranceForecast scope, ToleranceForecast quality,
                      ToleranceForecast benefits, Integer riskScoreForecast) {
    }

    /** The submission, or null with the errors rejected field by field; {@code thisMonth} is the latest period allowed. */
    Submission validate(YearMonth thisMonth, FormErrors errors) {
        YearMonth period = period(thisMonth, errors);
        DeliveryConfidence confidence = FormText.choice(DeliveryConfidence.class, deliveryConfidence);
        if (confidence == null || !confidence.current()) {
            errors.reject("deliveryConfidence", "Select the delivery confidence: Green, Amber or Red");
        }
        Initiative.RagStatus rag = new Initiative.RagStatus(rag(ragSchedule, "ragSchedule", "schedule", errors),
                rag(ragCost, "ragCost", "cost", errors), rag(ragScope, "ragScope", "scope", errors),
                rag(ragBenefits, "ragBenefits", "benefits", errors), rag(ragRisk, "ragRisk", "risk", errors),
                rag(ragResources, "ragResources", "resources", errors));
        String cleanNarrative = EnteredValues.required(narrative, NARRATIVE_LIMIT, "narrative", "Narrative",
                "Enter the narrative: progress this month and what comes next", errors);
        String risks = EnteredValues.text(keyRisks, NOTE_LIMIT, "keyRisks", "Key risks", errors);
        String decisions = EnteredValues.text(decisionsNeeded, NOTE_LIMIT, "decisionsNeeded", "Decisions needed", errors);
        ToleranceForecast scope = forecast(scopeForecast, "scopeForecast", "scope", errors);
        ToleranceForecast quality = forecast(qualityForecast, "qualityForecast", "quality", errors);
        ToleranceForecast benefits = forecast(benefitsForecast, "benefitsForecast", "benefits", errors);
        Integer risk = EnteredValues.wholeNumber(riskScoreForecast, 1, 25, "riskScoreForecast",
                "Forecast risk score must be a whole number from 1 to 25 (probability × impact)", errors);
        if (errors.any()) {
            return null;
        }
        return new Submission(period, confidence, rag, cleanNarrative, risks, decisions, scope, quality, benefits, risk);
    }

    private YearMonth period(YearMonth thisMonth, FormErrors errors) {
        boolean blankMonth = FormText.clean(periodMonth) == null;
        boolean blankYear = FormText.clean(periodYear) == null;
        if (blankMonth && blankYear) {
            errors.reject("period", "Enter the month the report is for");
            return null;
        }
        if (!EnteredDate.number(periodMonth, 2) || !EnteredDate.number(periodYear, 4) || periodYear.strip().length() != 4
                || Integer.parseInt(periodMonth.strip()) < 1 || Integer.parseInt(periodMonth.strip()) > 12) {
            errors.reject("period", "Reporting period must be a real month and year, like 3 2025");
            return null;
        }
        YearMonth period = YearMonth.of(Integer.parseInt(periodYear.strip()), Integer.parseInt(periodMonth.strip()));
        if (period.isAfter(thisMonth)) {
            errors.reject("period", "Reporting period cannot be in the future: the latest month you can report on is "
                    + MONTH.format(thisMonth));
            return null;
        }
        if (period.getYear() < EnteredDate.FIRST_YEAR) {
            errors.reject("period", "Reporting period must be in " + EnteredDate.FIRST_YEAR + " or later");
            return null;
        }
        return period;
    }

    private static Rag rag(String value, String field, String dimension, FormErrors errors) {
        Rag rag = FormText.choice(Rag.class, value);
        if (rag == null) {
            errors.reject(field, "Select red, amber or green for " + dimension);
        }
        return rag;
    }

    private static ToleranceForecast forecast(String value, String field, String tolerance, FormErrors errors) {
        ToleranceForecast forecast = FormText.choice(ToleranceForecast.class, value);
        if (forecast == null) {
            errors.reject(field, "Select whether " + tolerance + " will stay within its tolerance");
        }
        return forecast;
    }

    /** A new report for this month, starting from the latest report's judgements when there is one. */
    public static StatusReportForm startingFrom(StatusReport latest, YearMonth thisMonth) {
        StatusReportForm form = new StatusReportForm();
        form.periodMonth = String.valueOf(thisMonth.getMonthValue());
        form.periodYear = String.valueOf(thisMonth.getYear());
        if (latest != null) {
            form.deliveryConfidence = latest.deliveryConfidence().current() ? latest.deliveryConfidence().name() : null;
            form.ragSchedule = name(latest.rag().schedule());
            form.ragCost = name(latest.rag().cost());
            form.ragScope = name(latest.rag().scope());
            form.ragBenefits = name(latest.rag().benefits());
            form.ragRisk = name(latest.rag().risk());
            form.ragResources = name(latest.rag().resources());
            form.scopeForecast = latest.scopeForecast().name();
            form.qualityForecast = latest.qualityForecast().name();
            form.benefitsForecast = latest.benefitsForecast().name();
        }
        return form;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public String getPeriodMonth() { return periodMonth; }
    public void setPeriodMonth(String periodMonth) { this.periodMonth = periodMonth; }
    public String getPeriodYear() { return periodYear; }
    public void setPeriodYear(String periodYear) { this.periodYear = periodYear; }
    public String getDeliveryConfidence() { return deliveryConfidence; }
    public void setDeliveryConfidence(String deliveryConfidence) { this.deliveryConfidence = deliveryConfidence; }
    public String getRagSchedule() { return ragSchedule; }
    public void setRagSchedule(String ragSchedule) { this.ragSchedule = ragSchedule; }
    public String getRagCost() { return ragCost; }
    public void setRagCost(String ragCost) { this.ragCost = ragCost; }
    public String getRagScope() { return ragScope; }
    public void setRagScope(String ragScope) { this.ragScope = ragScope; }
    public String getRagBenefits() { return ragBenefits; }
    public void setRagBenefits(String ragBenefits) { this.ragBenefits = ragBenefits; }
    public String getRagRisk() { return ragRisk; }
    public void setRagRisk(String ragRisk) { this.ragRisk = ragRisk; }
    public String getRagResources() { return ragResources; }
    public void setRagResources(String ragResources) { this.ragResources = ragResources; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getKeyRisks() { return keyRisks; }
    public void setKeyRisks(String keyRisks) { this.keyRisks = keyRisks; }
    public String getDecisionsNeeded() { return decisionsNeeded; }
    public void setDecisionsNeeded(String decisionsNeeded) { this.decisionsNeeded = decisionsNeeded; }
    public String getScopeForecast() { return scopeForecast; }
    public void setScopeForecast(String scopeForecast) { this.scopeForecast = scopeForecast; }
    public String getQualityForecast() { return qualityForecast; }
    public void setQualityForecast(String qualityForecast) { this.qualityForecast = qualityForecast; }
    public String getBenefitsForecast() { return benefitsForecast; }
    public void setBenefitsForecast(String benefitsForecast) { this.benefitsForecast = benefitsForecast; }
    public String getRiskScoreForecast() { return riskScoreForecast; }
    public void setRiskScoreForecast(String riskScoreForecast) { this.riskScoreForecast = riskScoreForecast; }
}
