package org.ironbridge.ideas;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ironbridge.access.Classification;

/** An idea as other modules see it: never its submitter, who may have asked to stay anonymous. */
public record IdeaSummary(UUID id, UUID forceId, String reference, String title, String problem, String proposedChange,
                          String expectedBenefit, Integer hoursSavedPerMonth, BigDecimal moneySavedPerYear,
                          UUID businessAreaId, IdeaStatus status, Classification classification, Instant submittedAt,
                          Instant updatedAt, UUID duplicateOfId, UUID initiativeId) {
}
