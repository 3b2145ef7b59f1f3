package org.ironbridge.ideas.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.ideas.IdeaStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An idea as its submitter wrote it, and where it stands. */
@Table("idea")
public record Idea(@Id UUID id, UUID forceId, String reference, String title, String problem, String proposedChange,
                   String expectedBenefit, Integer hoursSavedPerMonth, BigDecimal moneySavedPerYear,
                   UUID businessAreaId, UUID submitterId, boolean anonymous, Classification classification,
                   IdeaStatus status, UUID formToken, Instant createdAt, Instant submittedAt, Instant updatedAt,
                   @Version Integer version) {

    /** What the submitter typed, once checked. */
    record Text(String title, String problem, String proposedChange, String expectedBenefit, Integer hoursSavedPerMonth,
                BigDecimal moneySavedPerYear, UUID businessAreaId, boolean anonymous) {
    }

    static Idea draft(UUID forceId, String reference, UUID submitterId, Text text, UUID formToken, Instant now) {
        return new Idea(UUID.randomUUID(), forceId, reference, text.title(), text.problem(), text.proposedChange(),
                text.expectedBenefit(), text.hoursSavedPerMonth(), text.moneySavedPerYear(), text.businessAreaId(),
                submitterId, text.anonymous(), Classification.OFFICIAL, IdeaStatus.DRAFT, formToken, now, null, now, null);
    }

    Idea rewritten(Text text, Instant now) {
        return new Idea(id, forceId, reference, text.title(), text.problem(), text.proposedChange(), text.expectedBenefit(),
                text.hoursSavedPerMonth(), text.moneySavedPerYear(), text.businessAreaId(), submitterId, text.anonymous(),
                classification, status, formToken, createdAt, submittedAt, now, version);
    }

    Idea submitted(Instant now) {
        return new Idea(id, forceId, reference, title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth,
                moneySavedPerYear, businessAreaId, submitterId, anonymous, classification, IdeaStatus.SUBMITTED, formToken,
                createdAt, submittedAt == null ? now : submittedAt, now, version);
    }

    Text text() {
        return new Text(title, problem, proposedChange, expectedBenefit, hoursSavedPerMonth, moneySavedPerYear,
                businessAreaId, anonymous);
    }
}
