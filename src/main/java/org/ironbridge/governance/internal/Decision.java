package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.governance.Outcome;
import org.ironbridge.portfolio.Stage;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A board's decision, as recorded. Append-only (the database refuses changes): a later decision may
 * supersede it, naming it in {@code supersedesId}. When taken on a Change Paper at a meeting it names both,
 * with the options and assessments the board had regard to, and the stage or funds it granted.
 */
@Table("decision")
public record Decision(@Id UUID id, UUID forceId, String reference, UUID boardId, LocalDate meetingDate,
                       UUID initiativeId, String subject, Outcome outcome, String rationale, int membersPresent,
                       int quorum, UUID chairId, String declarations, UUID supersedesId, String recordedBy,
                       Instant recordedAt, UUID meetingId, UUID paperId, String optionsConsidered,
                       String assessmentsConsidered, Stage stageEntered, BigDecimal amountApproved,
                       PilotConclusion pilotConclusion) {

    /** How a pilot ends. */
    public enum PilotConclusion {
        SCALE("Scale up"), EXTEND("Extend the pilot"), STOP("Stop");

        private final String label;

        PilotConclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
