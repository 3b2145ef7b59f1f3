package org.ironbridge.audit;

import java.util.List;
import java.util.Objects;

/**
 * What a module asks the trail to record. The actor is the signed-in person unless {@code actor} is
 * given (for events with nobody signed in yet, such as a sign-in lockout).
 */
public record AuditEntry(
        String recordType,
        String recordId,
        Operation operation,
        String summary,
        List<FieldChange> changes,
        String justification,
        String forceCode,
        String actor) {

    public AuditEntry {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(summary, "summary");
        changes = changes == null ? List.of() : changes.stream().filter(FieldChange::changed).toList();
    }

    public static AuditEntry of(String recordType, Object recordId, Operation operation, String summary) {
        return new AuditEntry(recordType, String.valueOf(recordId), operation, summary, List.of(), null, null, null);
    }

    public AuditEntry withChanges(List<FieldChange> newChanges) {
        return new AuditEntry(recordType, recordId, operation, summary, newChanges, justification, forceCode, actor);
    }

    public AuditEntry withJustification(String text) {
        return new AuditEntry(recordType, recordId, operation, summary, changes, text, forceCode, actor);
    }

    public AuditEntry inForce(String code) {
        return new AuditEntry(recordType, recordId, operation, summary, changes, justification, code, actor);
    }

    public AuditEntry by(String who) {
        return new AuditEntry(recordType, recordId, operation, summary, changes, justification, forceCode, who);
    }
}
