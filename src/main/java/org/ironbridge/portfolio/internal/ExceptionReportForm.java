package org.ironbridge.portfolio.internal;

import java.util.Set;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** An exception report as typed: which breached tolerance, the cause, the options and the recommendation. */
public class ExceptionReportForm {

    static final int TEXT_LIMIT = 4000;

    private String tolerance;
    private String cause;
    private String options;
    private String recommendation;

    /** What a valid form raises; the forecast and the limit come from the breach itself, not from the form. */
    record Raised(Tolerance tolerance, String cause, String options, String recommendation) {
    }

    Raised validate(Set<Tolerance> breached, FormErrors errors) {
        Tolerance chosen = FormText.choice(Tolerance.class, tolerance);
        if (chosen == null || !breached.contains(chosen)) {
            errors.reject("tolerance", breached.isEmpty()
                    ? "No tolerance is breached, so there is nothing to report by exception"
                    : "Select the breached tolerance the report is about");
        }
        String cleanCause = EnteredValues.required(cause, TEXT_LIMIT, "cause", "Cause",
                "Enter the cause of the exception", errors);
        String cleanOptions = EnteredValues.required(options, TEXT_LIMIT, "options", "Options",
                "Enter the options open to the board", errors);
        String cleanRecommendation = EnteredValues.required(recommendation, TEXT_LIMIT, "recommendation",
                "Recommendation", "Enter your recommendation to the board", errors);
        return errors.any() ? null : new Raised(chosen, cleanCause, cleanOptions, cleanRecommendation);
    }

    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = tolerance; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
}
