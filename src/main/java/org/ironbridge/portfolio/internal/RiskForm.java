package org.ironbridge.portfolio.internal;

import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;

/** A risk as typed into its form, and its validation. */
public class RiskForm extends ItemForm {

    static final int TEXT_LIMIT = 1000;

    private String cause;
    private String event;
    private String effect;
    private String inherentProbability;
    private String inherentImpact;
    private String residualProbability;
    private String residualImpact;
    private String ownerId;
    private String response;
    private String proximity;
    private String escalated = "no";
    private String escalationReason;
    private String status = Raid.RiskStatus.OPEN.name();

    /** Validates against the force's active people; null when there are errors. */
    Risk.Details validate(Set<UUID> people, FormErrors errors) {
        String cleanCause = FormChecks.text(cause, "cause", "Enter the cause of the risk", "Cause", TEXT_LIMIT, errors);
        String cleanEvent = FormChecks.text(event, "event", "Enter the event that may occur", "Event", TEXT_LIMIT, errors);
        String cleanEffect = FormChecks.text(effect, "effect", "Enter the effect the event would have", "Effect",
                TEXT_LIMIT, errors);
        RiskScore inherent = score("inherent", inherentProbability, inherentImpact, errors);
        RiskScore residual = score("residual", residualProbability, residualImpact, errors);
        if (inherent != null && residual != null && !residual.noHigherThan(inherent)) {
            errors.reject("residualProbability", "The residual score (" + residual.sum() + ") cannot be higher than the "
                    + "inherent score (" + inherent.sum() + "): a response lowers a risk or leaves it as it is");
        }
        UUID owner = FormChecks.oneOf(ownerId, people, "ownerId", "Select the risk owner from the list", errors);
        Raid.Response chosenResponse = FormChecks.choice(Raid.Response.class, response, "response",
                "Select the response to the risk", errors);
        Raid.Proximity chosenProximity = FormChecks.choice(Raid.Proximity.class, proximity, "proximity",
                "Select when the risk would strike if it happened", errors);
        String reason = escalationReason(errors);
        Raid.RiskStatus chosenStatus = FormChecks.choice(Raid.RiskStatus.class, status, "status",
                "Select whether the risk is open or closed", errors);
        if (errors.any()) {
            return null;
        }
        return new Risk.Details(cleanCause, cleanEvent, cleanEffect, inherent, residual, owner, chosenResponse,
                chosenProximity, reason, chosenStatus);
    }

    private static RiskScore score(String which, String probability, String impact, FormErrors errors) {
        Integer p = FormChecks.whole(probability, RiskScore.MIN, RiskScore.MAX, which + "Probability",
                "Select the " + which + " probability, from 1 to 5", errors);
        Integer i = FormChecks.whole(impact, RiskScore.MIN, RiskScore.MAX, which + "Impact",
                "Select the " + which + " impact, from 1 to 5", errors);
        return p == null || i == null ? null : new RiskScore(p, i);
    }

    /** The reason when escalating (required), else null: a risk not escalated keeps no reason. */
    private String escalationReason(FormErrors errors) {
        if (!"yes".equals(escalated) && !"no".equals(escalated)) {
            errors.reject("escalated", "Select whether the risk is escalated to the board above");
            return null;
        }
        if ("no".equals(escalated)) {
            return null;
        }
        return FormChecks.text(escalationReason, "escalationReason", "Enter why the risk is escalated to the board above",
                "The reason for escalating", TEXT_LIMIT, errors);
    }

    public static RiskForm of(Risk risk) {
        RiskForm form = new RiskForm();
        form.cause = risk.cause();
        form.event = risk.event();
        form.effect = risk.effect();
        form.inherentProbability = String.valueOf(risk.inherent().probability());
        form.inherentImpact = String.valueOf(risk.inherent().impact());
        form.residualProbability = String.valueOf(risk.residual().probability());
        form.residualImpact = String.valueOf(risk.residual().impact());
        form.ownerId = risk.ownerId().toString();
        form.response = risk.response().name();
        form.proximity = risk.proximity().name();
        form.escalated = risk.escalated() ? "yes" : "no";
        form.escalationReason = risk.escalationReason();
        form.status = risk.status().name();
        form.setVersion(risk.version());
        return form;
    }

    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String getEffect() { return effect; }
    public void setEffect(String effect) { this.effect = effect; }
    public String getInherentProbability() { return inherentProbability; }
    public void setInherentProbability(String inherentProbability) { this.inherentProbability = inherentProbability; }
    public String getInherentImpact() { return inherentImpact; }
    public void setInherentImpact(String inherentImpact) { this.inherentImpact = inherentImpact; }
    public String getResidualProbability() { return residualProbability; }
    public void setResidualProbability(String residualProbability) { this.residualProbability = residualProbability; }
    public String getResidualImpact() { return residualImpact; }
    public void setResidualImpact(String residualImpact) { this.residualImpact = residualImpact; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public String getProximity() { return proximity; }
    public void setProximity(String proximity) { this.proximity = proximity; }
    public String getEscalated() { return escalated; }
    public void setEscalated(String escalated) { this.escalated = escalated; }
    public String getEscalationReason() { return escalationReason; }
    public void setEscalationReason(String escalationReason) { this.escalationReason = escalationReason; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
