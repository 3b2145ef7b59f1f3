package org.ironbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tampers with the audit table directly through SQL, as someone with database access would, and
 * checks that verification catches each kind of tampering. Each test runs in a transaction that is
 * rolled back, so the shared trail is untouched. Tampering needs the triggers off
 * (session_replication_role), which only a superuser can do: the application's role cannot.
 */
@IronbridgeTest
@Transactional
class AuditChainTamperTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> seqs = new ArrayList<>();

    @BeforeEach
    void writeFiveEvents() {
        assertThat(trail.verify().intact()).as("the trail is intact before tampering").isTrue();
        for (int i = 1; i <= 5; i++) {
            AuditEvent event = trail.record(AuditEntry.of("TamperTest", UUID.randomUUID(), Operation.ALTERATION,
                    "Tamper test event " + i).withChanges(List.of(new FieldChange("Status", "draft", "final " + i))));
            seqs.add(event.seq());
        }
    }

    @Test
    void anUntouchedTrailVerifiesAsIntactAndCountsEveryEvent() {
        long total = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(total);
        assertThat(result.describe()).endsWith("intact");
    }

    @Test
    void aChangedFieldIsCaughtAtTheEventThatWasChanged() {
        tamper("update audit_event set summary = 'Nothing to see here' where seq = ?", seqs.get(2));
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.CHANGED);
        assertThat(result.brokenAtSeq()).isEqualTo(seqs.get(2));
    }

    @Test
    void aChangedActorIsCaughtEvenWhenTheSummaryIsUntouched() {
        tamper("update audit_event set actor = 'someone.else' where seq = ?", seqs.get(0));
        ChainVerification result = trail.verify();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.CHANGED);
        assertThat(result.brokenAtSeq()).isEqualTo(seqs.get(0));
    }

    @Test
    void aDeletedRowIsCaughtAsMissingAtTheEventAfterIt() {
        tamper("delete from audit_event where seq = ?", seqs.get(2));
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.MISSING);
        assertThat(result.brokenAtSeq()).isEqualTo(seqs.get(3));
    }

    @Test
    void deletingTheNewestEventsIsCaughtByTheSealedHead() {
        tamper("delete from audit_event where seq >= ?", seqs.get(3));
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.MISSING);
        assertThat(result.detail()).contains("newest events");
    }

    @Test
    void anInsertedRowAtTheEndIsCaughtAsInserted() {
        long last = seqs.get(4);
        String lastHash = jdbc.queryForObject("select hash from audit_event where seq = ?", String.class, last);
        tamper("""
                insert into audit_event (seq, id, occurred_at, actor, record_type, record_id, operation, summary,
                                         prev_hash, hash)
                values (?, gen_random_uuid(), now(), 'intruder', 'Person', 'x', 'ALTERATION', 'Granted myself admin',
                        ?, encode(sha256('forged'::bytea), 'hex'))
                """, last + 1, lastHash);
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.INSERTED);
        assertThat(result.brokenAtSeq()).isEqualTo(last + 1);
    }

    @Test
    void anInsertedRowInTheMiddleIsCaughtAsInserted() {
        long gapAfter = seqs.get(1);
        String prevHash = jdbc.queryForObject("select hash from audit_event where seq = ?", String.class, gapAfter);
        tamper("update audit_event set seq = seq + 1000000 where seq > ?", gapAfter);
        tamper("update audit_event set seq = seq - 1000000 + 1 where seq > 1000000");
        tamper("""
                insert into audit_event (seq, id, occurred_at, actor, record_type, record_id, operation, summary,
                                         prev_hash, hash)
                values (?, gen_random_uuid(), now(), 'intruder', 'Person', 'x', 'ERASURE', 'Removed a record', ?,
                        encode(sha256('forged'::bytea), 'hex'))
                """, gapAfter + 1, prevHash);
        ChainVerification result = trail.verify();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.INSERTED);
        assertThat(result.brokenAtSeq()).isEqualTo(gapAfter + 1);
    }

    @Test
    void reorderedRowsAreCaughtAsOutOfOrder() {
        long first = seqs.get(1);
        long second = seqs.get(2);
        tamper("update audit_event set seq = -1 where seq = ?", first);
        tamper("update audit_event set seq = ? where seq = ?", first, second);
        tamper("update audit_event set seq = ? where seq = -1", second);
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainVerification.Break.OUT_OF_ORDER);
        assertThat(result.brokenAtSeq()).isEqualTo(first);
    }

    private void tamper(String sql, Object... args) {
        jdbc.execute("set local session_replication_role = replica");
        jdbc.update(sql, args);
        jdbc.execute("set local session_replication_role = origin");
    }
}
