package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and revising an initiative's milestones, by those who may edit the initiative: audited
 * field by field, never saved over a newer edit, and checked against the time tolerance.
 */
@Component
public class MilestonePlanning {

    static final String RECORD_TYPE = "Milestone";

    private final MilestoneRepository milestones;
    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final AuditTrail audit;
    private final Clock clock;

    MilestonePlanning(MilestoneRepository milestones, InitiativeEditing editing, DeliveryPosition position,
                      AuditTrail audit, Clock clock) {
        this.milestones = milestones;
        this.editing = editing;
        this.position = position;
        this.audit = audit;
        this.clock = clock;
    }

    /** A milestone of this initiative, for its edit form. */
    @Transactional(readOnly = true)
    public Milestone forEditing(Subject subject, UUID initiativeId, UUID milestoneId) {
        editing.forEditing(subject, initiativeId);
        return find(initiativeId, milestoneId);
    }

    @Transactional
    public DeliveryOutcome<Milestone> plan(Subject subject, UUID initiativeId, MilestoneForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        FormErrors errors = new FormErrors();
        Milestone.Details details = form.validate(EnteredDate.today(clock), errors);
        if (details == null) {
            return DeliveryOutcome.refused(errors);
        }
        DeliveryPosition.Assessment before = position.of(initiative);
        Milestone milestone = milestones.save(Milestone.plan(initiativeId, details, clock.instant()));
        Set<Tolerance> breached = DeliveryPosition.newlyBreached(before, position.of(initiative));
        audit.record(AuditEntry.of(RECORD_TYPE, milestone.id(), Operation.COLLECTION, "Added milestone ‘"
                        + milestone.title() + "’ to " + initiative.reference() + DeliveryPosition.nowBeyond(breached))
                .withChanges(describe(null, details)).inForce(subject.forceCode()));
        return DeliveryOutcome.saved(milestone, breached);
    }

    @Transactional
    public DeliveryOutcome<Milestone> revise(Subject subject, UUID initiativeId, UUID milestoneId, MilestoneForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        Milestone milestone = find(initiativeId, milestoneId);
        FormErrors errors = new FormErrors();
        Milestone.Details details = form.validate(EnteredDate.today(clock), errors);
        if (details == null) {
            return DeliveryOutcome.refused(errors);
        }
        if (!Objects.equals(form.getVersion(), milestone.version())) {
            throw audit.conflictOn(RECORD_TYPE, milestoneId.toString(), List.of(), milestone.updatedAt());
        }
        List<FieldChange> changes = describe(milestone.details(), details);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return DeliveryOutcome.saved(milestone, Set.of());
        }
        DeliveryPosition.Assessment before = position.of(initiative);
        milestone.revise(details, clock.instant());
        try {
            milestones.save(milestone);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, milestoneId.toString(), List.of(), clock.instant());
        }
        Set<Tolerance> breached = DeliveryPosition.newlyBreached(before, position.of(initiative));
        audit.record(AuditEntry.of(RECORD_TYPE, milestoneId, Operation.ALTERATION, "Changed milestone ‘"
                        + milestone.title() + "’ of " + initiative.reference() + DeliveryPosition.nowBeyond(breached))
                .withChanges(changes).inForce(subject.forceCode()));
        return DeliveryOutcome.saved(milestone, breached);
    }

    private Milestone find(UUID initiativeId, UUID milestoneId) {
        return milestones.findById(milestoneId).filter(m -> m.initiativeId().equals(initiativeId))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, milestoneId));
    }

    private static List<FieldChange> describe(Milestone.Details before, Milestone.Details after) {
        return List.of(
                new FieldChange("Title", before == null ? null : before.title(), after.title()),
                new FieldChange("Baseline date", before == null ? null : text(before.baseline()), text(after.baseline())),
                new FieldChange("Forecast date", before == null ? null : text(before.forecast()), text(after.forecast())),
                new FieldChange("Date achieved", before == null ? null : text(before.actual()), text(after.actual())));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
