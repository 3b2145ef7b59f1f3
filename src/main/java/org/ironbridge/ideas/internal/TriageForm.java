package org.ironbridge.ideas.internal;

import java.util.Set;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.portfolio.InitiativeType;

/** A moderator's decision on an idea: the outcome, what to tell the submitter, and what the outcome needs. */
public class TriageForm {

    static final int ANSWER_LIMIT = 4000;

    private Integer version;
    private String outcome;
    private String answer;
    private String declineReasonId;
    private String originalReference;
    private String initiativeReference;
    private String initiativeType;

    /** The decision once checked; null when there are errors. */
    record Decision(IdeaStatus outcome, String answer, java.util.UUID declineReasonId, String originalReference,
                    String initiativeReference, InitiativeType initiativeType) {
    }

    Decision validate(Set<IdeaStatus> allowed, FormErrors errors) {
        IdeaStatus chosen = FormText.choice(IdeaStatus.class, outcome);
        if (chosen == null || !allowed.contains(chosen)) {
            errors.reject("outcome", "Choose what happens to the idea next");
            return null;
        }
        String text = FormText.clean(answer);
        if (FormText.tooLong(text, ANSWER_LIMIT)) {
            errors.reject("answer", "The answer to the submitter must be 4,000 characters or fewer");
        }
        java.util.UUID reason = null;
        String original = null;
        String initiative = null;
        InitiativeType type = null;
        switch (chosen) {
            case NEEDS_MORE_INFORMATION -> {
                if (text == null) {
                    errors.reject("answer", "Write the question the submitter must answer");
                }
            }
            case DECLINED -> {
                reason = FormText.uuid(declineReasonId);
                if (reason == null) {
                    errors.reject("declineReasonId", "Choose the reason the idea is declined");
                }
                if (text == null) {
                    errors.reject("answer", "Explain to the submitter why the idea is declined");
                }
            }
            case DUPLICATE -> {
                original = reference(originalReference);
                if (original == null) {
                    errors.reject("originalReference", "Enter the reference of the earlier idea, like IDEA-2026-0012");
                }
            }
            case ALREADY_BEING_DONE -> {
                initiative = reference(initiativeReference);
                if (initiative == null) {
                    errors.reject("initiativeReference", "Enter the reference of the initiative that covers it, like CHG-2025-004");
                }
            }
            case IMPLEMENTED_LOCALLY -> {
                if (text == null) {
                    errors.reject("answer", "Say what was put into practice, and where");
                }
            }
            case APPROVED -> {
                type = FormText.choice(InitiativeType.class, initiativeType);
                if (type == null) {
                    errors.reject("initiativeType", "Choose the type of initiative it becomes");
                }
            }
            default -> {
            }
        }
        return errors.any() ? null : new Decision(chosen, text, reason, original, initiative, type);
    }

    private static String reference(String value) {
        String cleaned = FormText.clean(value);
        return cleaned == null || cleaned.length() > 40 ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getDeclineReasonId() { return declineReasonId; }
    public void setDeclineReasonId(String declineReasonId) { this.declineReasonId = declineReasonId; }
    public String getOriginalReference() { return originalReference; }
    public void setOriginalReference(String originalReference) { this.originalReference = originalReference; }
    public String getInitiativeReference() { return initiativeReference; }
    public void setInitiativeReference(String initiativeReference) { this.initiativeReference = initiativeReference; }
    public String getInitiativeType() { return initiativeType; }
    public void setInitiativeType(String initiativeType) { this.initiativeType = initiativeType; }
}
