package org.ironbridge.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded event, as read back from the trail. */
public record AuditEvent(
        long seq,
        UUID id,
        Instant occurredAt,
        String actor,
        String forceCode,
        String recordType,
        String recordId,
        Operation operation,
        String summary,
        List<FieldChange> changes,
        String justification,
        String prevHash,
        String hash) {
}
