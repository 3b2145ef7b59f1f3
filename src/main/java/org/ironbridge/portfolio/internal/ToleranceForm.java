package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;

import org.ironbridge.govuk.FormErrors;

/** An initiative's tolerances as typed into the form, and their validation. */
public class ToleranceForm {

    static final int TEXT_LIMIT = 1000;

    private String timeDays;
    private String costAmount;
    private String costPercent;
    private String maximumRisk;
    private String scope;
    private String quality;
    private String benefits;
    private Integer version;

    /** The limits, or null with the errors rejected field by field. Every tolerance may be left unset. */
    ToleranceRules.Limits validate(FormErrors errors) {
        Integer days = EnteredValues.wholeNumber(timeDays, 0, 3650, "timeDays",
                "Time tolerance must be a whole number of days from 0 to 3650", errors);
        BigDecimal pounds = Pounds.read(costAmount, "costAmount", "Cost tolerance in pounds", errors);
        Integer percent = EnteredValues.wholeNumber(costPercent, 0, 100, "costPercent",
                "Cost tolerance as a percentage must be a whole number from 0 to 100", errors);
        Integer risk = EnteredValues.wholeNumber(maximumRisk, 1, 25, "maximumRisk",
                "Maximum risk score must be a whole number from 1 to 25 (probability × impact)", errors);
        String cleanScope = EnteredValues.text(scope, TEXT_LIMIT, "scope", "Scope tolerance", errors);
        String cleanQuality = EnteredValues.text(quality, TEXT_LIMIT, "quality", "Quality tolerance", errors);
        String cleanBenefits = EnteredValues.text(benefits, TEXT_LIMIT, "benefits", "Benefits tolerance", errors);
        return errors.any() ? null
                : new ToleranceRules.Limits(days, pounds, percent, risk, cleanScope, cleanQuality, cleanBenefits);
    }

    public static ToleranceForm of(Tolerances tolerances) {
        ToleranceRules.Limits limits = tolerances.limits();
        ToleranceForm form = new ToleranceForm();
        form.timeDays = limits.timeDays() == null ? "" : limits.timeDays().toString();
        form.costAmount = Pounds.typed(limits.costAmount());
        form.costPercent = limits.costPercent() == null ? "" : limits.costPercent().toString();
        form.maximumRisk = limits.maximumRisk() == null ? "" : limits.maximumRisk().toString();
        form.scope = limits.scope();
        form.quality = limits.quality();
        form.benefits = limits.benefits();
        form.version = tolerances.version();
        return form;
    }

    public String getTimeDays() { return timeDays; }
    public void setTimeDays(String timeDays) { this.timeDays = timeDays; }
    public String getCostAmount() { return costAmount; }
    public void setCostAmount(String costAmount) { this.costAmount = costAmount; }
    public String getCostPercent() { return costPercent; }
    public void setCostPercent(String costPercent) { this.costPercent = costPercent; }
    public String getMaximumRisk() { return maximumRisk; }
    public void setMaximumRisk(String maximumRisk) { this.maximumRisk = maximumRisk; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getQuality() { return quality; }
    public void setQuality(String quality) { this.quality = quality; }
    public String getBenefits() { return benefits; }
    public void setBenefits(String benefits) { this.benefits = benefits; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
