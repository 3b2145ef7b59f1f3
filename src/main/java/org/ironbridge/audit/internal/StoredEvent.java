package org.ironbridge.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** A row of audit_event exactly as stored, before any interpretation. */
record StoredEvent(long seq, UUID id, Instant occurredAt, String actor, String forceCode, String recordType,
                   String recordId, String operation, String summary, String changes, String justification,
                   String prevHash, String hash) {

    static final String COLUMNS = "seq, id, occurred_at, actor, force_code, record_type, record_id, operation, "
            + "summary, changes, justification, prev_hash, hash";

    static StoredEvent map(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("force_code"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("operation"),
                rs.getString("summary"), rs.getString("changes"), rs.getString("justification"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    String recomputeWith(EventHasher hasher) {
        return hasher.hash(id, occurredAt, actor, forceCode, recordType, recordId, operation, summary, changes,
                justification, prevHash);
    }
}
