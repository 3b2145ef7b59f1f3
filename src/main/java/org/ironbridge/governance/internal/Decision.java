package org.ironbridge.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.governance.Outcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A board's decision, as recorded. Append-only (the database refuses changes): a later decision may
 * supersede it, naming it in {@code supersedesId}.
 */
@Table("decision")
public record Decision(@Id UUID id, UUID forceId, String reference, UUID boardId, LocalDate meetingDate,
                       UUID initiativeId, String subject, Outcome outcome, String rationale, int membersPresent,
                       int quorum, UUID chairId, String declarations, UUID supersedesId, String recordedBy,
                       Instant recordedAt) {
}
