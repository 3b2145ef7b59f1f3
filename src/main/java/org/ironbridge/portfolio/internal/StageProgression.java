package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.portfolio.AssuranceEvidence;
import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.InitiativeFacts;
import org.ironbridge.portfolio.Stage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an initiative between stages. Only the governance module calls this, inside the transaction that
 * records the board decision, so a stage is never entered without a decision on record.
 */
@Component
public class StageProgression {

    private final InitiativeRepository initiatives;
    private final PlanObjectives objectives;
    private final LifecycleRoutes routes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<AssuranceEvidence> assurance;

    StageProgression(InitiativeRepository initiatives, PlanObjectives objectives, LifecycleRoutes routes,
                     AuditTrail audit, Clock clock, ObjectProvider<AssuranceEvidence> assurance) {
        this.assurance = assurance;
        this.initiatives = initiatives;
        this.objectives = objectives;
        this.routes = routes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InitiativeFacts facts(UUID initiativeId) {
        Initiative initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> new RecordNotFoundException(InitiativeEditing.RECORD_TYPE, initiativeId));
        var plan = objectives.of(initiative.forceId());
        return new InitiativeFacts(InitiativeIntake.summary(initiative), initiative.projectManagerId(),
                initiative.involvesAi(), initiative.objectiveIds().stream().map(plan::get).sorted().toList(),
                initiative.wholeLifeCost(), initiative.deliveryConfidence(), Lifecycle.hasBusinessCase(routeOf(initiative)));
    }

    /**
     * Enters the stage a decision admitted the initiative to. Refused when the initiative is no longer at the
     * stage the paper was written for: someone else's decision moved it first.
     */
    @Transactional
    public void enter(Subject subject, UUID initiativeId, Stage expectedFrom, Stage to, String decisionReference) {
        Initiative initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> new RecordNotFoundException(InitiativeEditing.RECORD_TYPE, initiativeId));
        if (initiative.stage() != expectedFrom) {
            throw new IllegalStateException("The initiative is at " + initiative.stage().label() + ", not "
                    + expectedFrom.label());
        }
        initiative.moveTo(to, clock.instant());
        initiatives.save(initiative);
        audit.record(AuditEntry.of(InitiativeEditing.RECORD_TYPE, initiativeId, Operation.ALTERATION,
                        "Initiative " + initiative.reference() + " entered " + to.label() + " by decision " + decisionReference)
                .withChanges(List.of(new FieldChange("Stage", expectedFrom.label(), to.label())))
                .inForce(subject.forceCode()));
    }

    @Transactional(readOnly = true)
    public GateCheck gateCheck(UUID initiativeId, boolean processesPersonalData, Integer businessCaseVersion,
                               boolean equalityStarted, boolean equalitySignedOff) {
        Initiative i = initiatives.findById(initiativeId)
                .orElseThrow(() -> new RecordNotFoundException(InitiativeEditing.RECORD_TYPE, initiativeId));
        AssuranceEvidence held = assurance.getIfAvailable();
        List<GateCheck.Evidence> assured = held == null ? null
                : held.forGate(initiativeId, i.stage() == Stage.MANDATE, processesPersonalData, i.involvesAi());
        return GateRule.check(new GateRule.Facts(routeOf(i), i.stage(), i.sroId() != null, businessCaseVersion,
                equalityStarted, equalitySignedOff, i.involvesAi(), processesPersonalData, assured));
    }

    @Transactional(readOnly = true)
    public Stage afterClosure(UUID initiativeId) {
        Initiative i = initiatives.findById(initiativeId)
                .orElseThrow(() -> new RecordNotFoundException(InitiativeEditing.RECORD_TYPE, initiativeId));
        boolean reviewAhead = routeOf(i).contains(Stage.BENEFITS_REVIEW)
                && i.stage().ordinal() < Stage.BENEFITS_REVIEW.ordinal();
        return reviewAhead ? Stage.BENEFITS_REVIEW : Stage.CLOSED;
    }

    /** The route the initiative's force has chosen for its type and tier. */
    private List<Stage> routeOf(Initiative initiative) {
        return routes.of(initiative.forceId()).route(initiative.type(), initiative.tier());
    }
}
