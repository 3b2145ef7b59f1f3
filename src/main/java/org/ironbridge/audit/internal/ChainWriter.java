package org.ironbridge.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Appends events to the chain. Locking the head row serialises writers, so each event links to the
 * one committed before it; the lock is released when the caller's transaction ends.
 */
@Component
public class ChainWriter {

    static final String SYSTEM_ACTOR = "system";

    private final JdbcClient jdbc;
    private final EventHasher hasher;
    private final ChangesCodec codec;
    private final Clock clock;

    ChainWriter(JdbcClient jdbc, EventHasher hasher, ChangesCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.codec = codec;
        this.clock = clock;
    }

    public AuditEvent append(AuditEntry entry) {
        record Head(long seq, String hash) { }
        Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long seq = head.seq() + 1;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = entry.actor() != null ? entry.actor() : currentActor();
        String changes = codec.encode(entry.changes());
        String hash = hasher.hash(id, now, actor, entry.forceCode(), entry.recordType(), entry.recordId(),
                entry.operation().name(), entry.summary(), changes, entry.justification(), head.hash());
        jdbc.sql("""
                insert into audit_event (seq, id, occurred_at, actor, force_code, record_type, record_id, operation,
                                         summary, changes, justification, prev_hash, hash)
                values (:seq, :id, :occurredAt, :actor, :forceCode, :recordType, :recordId, :operation,
                        :summary, :changes, :justification, :prevHash, :hash)
                """)
                .param("seq", seq).param("id", id).param("occurredAt", java.sql.Timestamp.from(now))
                .param("actor", actor).param("forceCode", entry.forceCode())
                .param("recordType", entry.recordType()).param("recordId", entry.recordId())
                .param("operation", entry.operation().name()).param("summary", entry.summary())
                .param("changes", changes).param("justification", entry.justification())
                .param("prevHash", head.hash()).param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash, seal = :seal where id = 1")
                .param("seq", seq).param("hash", hash).param("seal", hasher.seal(seq, hash))
                .update();
        return new AuditEvent(seq, id, now, actor, entry.forceCode(), entry.recordType(), entry.recordId(),
                entry.operation(), entry.summary(), entry.changes(), entry.justification(), head.hash(), hash);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }
}
