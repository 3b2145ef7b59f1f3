package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.FinanceSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An initiative's money. The team keeps the request, the spend and the forecast; the approved
 * budget is set only when a board decision approves it, through {@link #approveFunding}.
 */
@Component
public class FinanceRecords {

    static final String RECORD_TYPE = "Finance";

    private final FinanceRepository finances;
    private final InitiativeRepository initiatives;
    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    FinanceRecords(FinanceRepository finances, InitiativeRepository initiatives, InitiativeEditing editing,
                   DeliveryPosition position, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.finances = finances;
        this.initiatives = initiatives;
        this.editing = editing;
        this.position = position;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InitiativeFinance forEditing(Subject subject, UUID initiativeId) {
        editing.forEditing(subject, initiativeId);
        return current(initiativeId);
    }

    @Transactional
    public DeliveryOutcome<InitiativeFinance> report(Subject subject, UUID initiativeId, FinanceForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        InitiativeFinance finance = current(initiativeId);
        FormErrors errors = new FormErrors();
        InitiativeFinance.Figures figures = form.validate(errors);
        if (figures == null) {
            return DeliveryOutcome.refused(errors);
        }
        if (!Objects.equals(form.getVersion(), finance.version())) {
            throw audit.conflictOn(RECORD_TYPE, initiativeId.toString(), List.of(), finance.updatedAt());
        }
        List<FieldChange> changes = List.of(
                new FieldChange("Budget requested", money(finance.requested()), money(figures.requested())),
                new FieldChange("Spent to date", money(finance.spent()), money(figures.spent())),
                new FieldChange("Forecast outturn", money(finance.forecastOutturn()), money(figures.forecastOutturn())));
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return DeliveryOutcome.saved(finance, Set.of());
        }
        DeliveryPosition.Assessment before = position.of(initiative);
        boolean first = !finance.recorded();
        finance.report(figures, clock.instant());
        save(finance);
        Set<Tolerance> breached = DeliveryPosition.newlyBreached(before, position.of(initiative));
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, first ? Operation.COLLECTION : Operation.ALTERATION,
                        "Updated the finances of " + initiative.reference() + DeliveryPosition.nowBeyond(breached))
                .withChanges(changes).inForce(subject.forceCode()));
        return DeliveryOutcome.saved(finance, breached);
    }

    /**
     * Records the budget a board decision approved. Called by governance inside the transaction that
     * records the decision, so both commit together or not at all.
     */
    @Transactional
    public void approveFunding(Subject subject, UUID initiativeId, BigDecimal amount, UUID decisionId,
                               String decisionReference) {
        Initiative initiative = initiatives.findById(initiativeId)
                .filter(found -> subject != null && found.forceId().equals(subject.forceId()))
                .orElseThrow(() -> new RecordNotFoundException(InitiativeEditing.RECORD_TYPE, initiativeId));
        if (!policy.permits(subject, Permission.RECORD_DECISION)) {
            throw new AccessDeniedException("Only those who record board decisions may approve funding");
        }
        if (amount == null || Pounds.problem(amount.toPlainString()) != null) {
            throw new IllegalArgumentException("An approved budget must be an amount in pounds and pence, not " + amount);
        }
        if (decisionId == null || decisionReference == null || decisionReference.isBlank()) {
            throw new IllegalArgumentException("An approved budget must name the decision that approved it");
        }
        InitiativeFinance finance = current(initiativeId);
        List<FieldChange> changes = List.of(
                new FieldChange("Approved budget", money(finance.approved()), money(amount)),
                new FieldChange("Approved by decision", finance.approvedByDecisionReference(), decisionReference.strip()));
        boolean first = !finance.recorded();
        finance.approve(amount, decisionId, decisionReference.strip(), clock.instant());
        save(finance);
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, first ? Operation.COLLECTION : Operation.ALTERATION,
                        "Budget of " + Pounds.format(amount) + " approved for " + initiative.reference() + " by decision "
                                + decisionReference.strip())
                .withChanges(changes).inForce(subject.forceCode()));
    }

    @Transactional(readOnly = true)
    public Optional<FinanceSummary> summary(UUID initiativeId) {
        return finances.findById(initiativeId).map(f -> new FinanceSummary(f.requested(), f.approved(),
                f.approvedByDecisionReference(), f.spent(), f.forecastOutturn()));
    }

    private InitiativeFinance current(UUID initiativeId) {
        return finances.findById(initiativeId).orElse(InitiativeFinance.none(initiativeId));
    }

    private void save(InitiativeFinance finance) {
        try {
            finances.save(finance);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, finance.initiativeId().toString(), List.of(), clock.instant());
        } catch (DuplicateKeyException | DbActionExecutionException firstSavedTwice) {
            // Both people opened an empty form; the other saved first. The transaction is spent: no queries.
            throw new EditConflict(List.of(), "Another person", clock.instant());
        }
    }

    private static String money(BigDecimal value) {
        return ToleranceSetting.money(value);
    }
}
