package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.portfolio.InitiativeProposal;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio's entry point for other modules: proposals made from their records, once each. */
@Component
public class InitiativeIntake {

    private final InitiativeRepository initiatives;
    private final ReferenceNumbers references;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    InitiativeIntake(InitiativeRepository initiatives, ReferenceNumbers references, AuditTrail audit, Clock clock,
                     JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InitiativeSummary propose(InitiativeProposal proposal) {
        Optional<Initiative> existing = initiatives.findBySourceModuleAndSourceId(proposal.sourceModule(), proposal.sourceId());
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        InitiativeDetails details = new InitiativeDetails(proposal.title(), proposal.summary(), proposal.type(), null,
                null, null, null, false, Classification.OFFICIAL,
                proposal.businessAreas() == null ? Set.of() : proposal.businessAreas(), Set.of());
        Initiative initiative = Initiative.propose(proposal.forceId(), references.next(proposal.forceId()), details,
                Tier.PROJECT_BOARD, proposal.sourceModule(), proposal.sourceId(), clock.instant());
        initiatives.save(initiative);
        audit.record(AuditEntry.of(InitiativeEditing.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Proposed initiative " + initiative.reference() + " from " + proposal.sourceModule() + " "
                        + proposal.sourceId()));
        return summary(initiative);
    }

    /** Records where an existing initiative came from, unless it already has a source. */
    @Transactional
    public boolean recordSource(UUID initiativeId, String sourceModule, String sourceId) {
        int updated = jdbc.sql("""
                update initiative set source_module = :m, source_id = :s where id = :id and source_module is null
                """).param("m", sourceModule).param("s", sourceId).param("id", initiativeId).update();
        if (updated > 0) {
            audit.record(AuditEntry.of(InitiativeEditing.RECORD_TYPE, initiativeId, Operation.ALTERATION,
                    "Recorded that the initiative came from " + sourceModule + " " + sourceId));
        }
        return updated > 0;
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeSummary> find(UUID id) {
        return initiatives.findById(id).map(InitiativeIntake::summary);
    }

    @Transactional(readOnly = true)
    public List<InitiativeSummary> inForce(UUID forceId) {
        return initiatives.findByForceIdOrderByReference(forceId).stream().map(InitiativeIntake::summary).toList();
    }

    public static InitiativeSummary summary(Initiative initiative) {
        return new InitiativeSummary(initiative.id(), initiative.forceId(), initiative.reference(), initiative.title(),
                initiative.type(), initiative.tier(), initiative.stage(), initiative.sroId());
    }
}
