package org.ironbridge.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ironbridge.audit.internal.AuditEventQueries;
import org.ironbridge.audit.internal.ChainVerifier;
import org.ironbridge.audit.internal.ChainWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's facade: record in the caller's transaction, search, and verify the chain. */
@Service
public class AuditTrail {

    private final ChainWriter writer;
    private final ChainVerifier verifier;
    private final AuditEventQueries queries;

    AuditTrail(ChainWriter writer, ChainVerifier verifier, AuditEventQueries queries) {
        this.writer = writer;
        this.verifier = verifier;
        this.queries = queries;
    }

    /** Appends an event; joins the caller's transaction so the change and its record commit together. */
    @Transactional
    public AuditEvent record(AuditEntry entry) {
        return writer.append(entry);
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        return queries.search(query);
    }

    @Transactional(readOnly = true)
    public Optional<AuditEvent> event(long seq) {
        return queries.event(seq);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String recordType, String recordId) {
        return queries.historyOf(recordType, recordId);
    }

    @Transactional(readOnly = true)
    public Optional<AuditEvent> latestAlterationOf(String recordType, String recordId) {
        return queries.latestAlterationOf(recordType, recordId);
    }

    /**
     * The conflict to report when a form opened at an older version is saved: the latest alteration's
     * changes and author, or else the differences the caller saw (fields whose value moved since).
     */
    @Transactional(readOnly = true)
    public EditConflict conflictOn(String recordType, String recordId, List<FieldChange> sinceOpened, Instant fallbackAt) {
        Optional<AuditEvent> last = queries.latestAlterationOf(recordType, recordId);
        List<FieldChange> theirs = last.map(AuditEvent::changes).filter(changes -> !changes.isEmpty())
                .orElse(sinceOpened.stream().filter(FieldChange::changed).toList());
        return new EditConflict(theirs, last.map(AuditEvent::actor).orElse("another person"),
                last.map(AuditEvent::occurredAt).orElse(fallbackAt));
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify();
    }
}
