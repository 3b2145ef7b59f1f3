package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recording the tolerances the board set for an initiative: audited field by field, never over a newer edit. */
@Component
public class ToleranceSetting {

    static final String RECORD_TYPE = "Tolerances";

    private final ToleranceRepository tolerances;
    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final AuditTrail audit;
    private final Clock clock;

    ToleranceSetting(ToleranceRepository tolerances, InitiativeEditing editing, DeliveryPosition position,
                     AuditTrail audit, Clock clock) {
        this.tolerances = tolerances;
        this.editing = editing;
        this.position = position;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Tolerances forEditing(Subject subject, UUID initiativeId) {
        editing.forEditing(subject, initiativeId);
        return tolerances.findById(initiativeId).orElse(Tolerances.none(initiativeId));
    }

    @Transactional
    public DeliveryOutcome<Tolerances> set(Subject subject, UUID initiativeId, ToleranceForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        Tolerances current = tolerances.findById(initiativeId).orElse(Tolerances.none(initiativeId));
        FormErrors errors = new FormErrors();
        ToleranceRules.Limits limits = form.validate(errors);
        if (limits == null) {
            return DeliveryOutcome.refused(errors);
        }
        if (!Objects.equals(form.getVersion(), current.version())) {
            throw audit.conflictOn(RECORD_TYPE, initiativeId.toString(), List.of(), current.updatedAt());
        }
        List<FieldChange> changes = describe(current.limits(), limits);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return DeliveryOutcome.saved(current, Set.of());
        }
        DeliveryPosition.Assessment before = position.of(initiative);
        boolean first = !current.recorded();
        current.set(limits, clock.instant());
        try {
            tolerances.save(current);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, initiativeId.toString(), List.of(), clock.instant());
        } catch (DuplicateKeyException | DbActionExecutionException firstSavedTwice) {
            // Both people opened an empty form; the other saved first. The transaction is spent: no queries.
            throw new EditConflict(List.of(), "Another person", clock.instant());
        }
        Set<Tolerance> breached = DeliveryPosition.newlyBreached(before, position.of(initiative));
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, first ? Operation.COLLECTION : Operation.ALTERATION,
                        "Set the tolerances of " + initiative.reference() + DeliveryPosition.nowBeyond(breached))
                .withChanges(changes).inForce(subject.forceCode()));
        return DeliveryOutcome.saved(current, breached);
    }

    private static List<FieldChange> describe(ToleranceRules.Limits before, ToleranceRules.Limits after) {
        return List.of(
                new FieldChange("Time tolerance (days)", text(before.timeDays()), text(after.timeDays())),
                new FieldChange("Cost tolerance (£)", money(before.costAmount()), money(after.costAmount())),
                new FieldChange("Cost tolerance (%)", text(before.costPercent()), text(after.costPercent())),
                new FieldChange("Maximum risk score", text(before.maximumRisk()), text(after.maximumRisk())),
                new FieldChange("Scope tolerance", before.scope(), after.scope()),
                new FieldChange("Quality tolerance", before.quality(), after.quality()),
                new FieldChange("Benefits tolerance", before.benefits(), after.benefits()));
    }

    static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
