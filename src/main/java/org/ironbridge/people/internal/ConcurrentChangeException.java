package org.ironbridge.people.internal;

import java.util.List;

import org.ironbridge.audit.FieldChange;

/** Someone else saved the record after this person opened it; nothing of theirs was saved. */
public class ConcurrentChangeException extends RuntimeException {

    private final List<FieldChange> theirChanges;
    private final String changedBy;
    private final java.time.Instant changedAt;

    ConcurrentChangeException(List<FieldChange> theirChanges, String changedBy, java.time.Instant changedAt) {
        super("The record was changed by someone else");
        this.theirChanges = theirChanges;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }

    public String changedBy() {
        return changedBy;
    }

    public java.time.Instant changedAt() {
        return changedAt;
    }
}
