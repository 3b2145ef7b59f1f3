package org.ironbridge.audit;

import java.time.Instant;
import java.util.List;

/**
 * Someone else saved a record after this person opened it; nothing of theirs was saved. Carries the
 * other person's changes, from the audit trail, so the form can say what changed.
 */
public class EditConflict extends RuntimeException {

    private final List<FieldChange> theirChanges;
    private final String changedBy;
    private final Instant changedAt;

    public EditConflict(List<FieldChange> theirChanges, String changedBy, Instant changedAt) {
        super("The record was changed by someone else");
        this.theirChanges = List.copyOf(theirChanges);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
