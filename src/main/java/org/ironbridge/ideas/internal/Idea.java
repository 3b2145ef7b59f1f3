package org.ironbridge.ideas.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.IdeaSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** An idea as its submitter wrote it, where it stands, and what the portal has answered. */
@Table("idea")
public record Idea(@Id UUID id, UUID forceId, String reference, String title, String problem, String proposedChange,
                   String expectedBenefit, Integer hoursSavedPerMonth, BigDecimal moneySavedPerYear,
                   UUID businessAreaId, UUID submitterId, boolean anonymous, Classification classification,
                   IdeaStatus status, UUID formToken, Instant createdAt, Instant submittedAt, Instant updatedAt,
                   @Version Integer version, @Embedded.Empty Triage triage) {

    /** What the submitter typed, once checked. */
    record Text(String title, String problem, String proposedChange, String expectedBenefit, Integer hoursSavedPerMonth,
                BigDecimal moneySavedPerYear, UUID businessAreaId, boolean anonymous) {
    }

    /**
     * What triage has made of it: the queue it was routed to and why, the latest answer to its submitter,
     * and the outcome (a decline reason, the idea it duplicates, or the initiative it became or is covered by).
     */
    public record Triage(UUID queueUnitId, UUID routingRuleId, String routedBecause, String answer, UUID declineReasonId,
                         UUID duplicateOfId, UUID initiativeId, Instant firstResponseAt, Instant decidedAt) {

        static final Triage NONE = new Triage(null, null, null, null, null, null, null, null, null);
    }

    public Idea {
        triage = triage == null ? Triage.NONE : triage;
    }

    static Idea draft(UUID forceId, String reference, UUID submitterId, Text text, UUID formToken, Instant now) {
        return new Idea(UUID.randomUUID(), forceId, reference, text.title(), text.problem(), text.proposedChange(),
                text.expectedBenefit(), text.hoursSavedPerMonth(), text.moneySavedPerYear(), text.businessAreaId(),
                submitterId, text.anonymous(), Classification.OFFICIAL, IdeaStatus.DRAFT, formToken, now, null, now, null,
                Triage.NONE);
    }

    Idea rewritten(Text text, Instant now) {
        return new Idea(id, forceId, reference, text.title(), text.problem(), text.proposedChange(), text.expectedBenefit(),
                text.hoursSavedPerMonth(), text.moneySavedPerYear(), text.businessAreaId(), submitterId, text.anonymous(),
                classification, status, formToken, createdAt, submittedAt, now, version, triage);
    }

    Idea submitted(Instant now) {
        return new Idea(id, forceId, reference, title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth,
                moneySavedPerYear, businessAreaId, submitterId, anonymous, classification, IdeaStatus.SUBMITTED, formToken,
                createdAt, submittedAt == null ? now : submittedAt, now, version, triage);
    }

    Idea triaged(IdeaStatus newStatus, Triage newTriage, Instant now) {
        return new Idea(id, forceId, reference, title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth,
                moneySavedPerYear, businessAreaId, submitterId, anonymous, classification, newStatus, formToken,
                createdAt, submittedAt, now, version, newTriage);
    }

    Idea classified(Classification newClassification, Instant now) {
        return new Idea(id, forceId, reference, title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth,
                moneySavedPerYear, businessAreaId, submitterId, anonymous, newClassification, status, formToken,
                createdAt, submittedAt, now, version, triage);
    }

    Text text() {
        return new Text(title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth, moneySavedPerYear,
                businessAreaId, anonymous);
    }

    public IdeaSummary summary() {
        return new IdeaSummary(id, forceId, reference, title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth,
                moneySavedPerYear, businessAreaId, status, classification, submittedAt, updatedAt, triage.duplicateOfId(),
                triage.initiativeId());
    }
}
