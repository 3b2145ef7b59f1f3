package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a staff association of the Staff Associations Network said about an initiative's live equality
 * analysis, and which version they saw. Recorded once, never changed.
 */
@Table("staff_association_feedback")
public record StaffAssociationFeedback(@Id UUID id, UUID forceId, UUID initiativeId, int analysisVersion,
                                       String association, LocalDate receivedOn, String feedback, String recordedBy,
                                       Instant recordedAt) {
}
