package org.ironbridge.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action from a meeting, or a condition of a decision: an owner, a due date, tracked to done. */
@Table("governance_action")
public record TrackedAction(@Id UUID id, UUID forceId, UUID boardId, UUID meetingId, UUID decisionId, Kind kind,
                            String description, UUID ownerId, LocalDate dueOn, LocalDate doneOn, String doneBy,
                            String doneNote, String createdBy, Instant createdAt, @Version Integer version) {

    public enum Kind {
        ACTION("Action"), CONDITION("Condition");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    TrackedAction completed(LocalDate on, String by, String note) {
        return new TrackedAction(id, forceId, boardId, meetingId, decisionId, kind, description, ownerId, dueOn, on, by,
                note, createdBy, createdAt, version);
    }
}
