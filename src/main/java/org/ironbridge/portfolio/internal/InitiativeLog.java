package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and changing one kind of item kept against an initiative (a risk, an issue, a change impact):
 * only by those who may edit the initiative, validated, audited field by field in the same
 * transaction, and never saved over someone else's newer edit.
 *
 * @param <T> the item
 * @param <F> its form
 * @param <D> its validated details
 */
public abstract class InitiativeLog<T extends LoggedItem, F extends ItemForm, D> {

    /** The outcome of a form: the saved item, or the errors to show with the input kept. */
    public record Outcome<T>(T saved, FormErrors errors) {
    }

    private final LogRepository<T> items;
    private final InitiativeEditing initiatives;
    private final AuditTrail audit;
    private final Clock clock;

    InitiativeLog(LogRepository<T> items, InitiativeEditing initiatives, AuditTrail audit, Clock clock) {
        this.items = items;
        this.initiatives = initiatives;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record type in the audit trail, such as "Risk". */
    public abstract String recordType();

    /** The item in words, such as "risk R-001". */
    public abstract String name(Initiative initiative, T item);

    /** The details from the form, or null with the errors recorded. */
    abstract D validate(Subject subject, Initiative initiative, F form, FormErrors errors);

    abstract T create(Initiative initiative, D details, Instant now);

    abstract void apply(Initiative initiative, T item, D details, Instant now);

    /** Every field in words, before (null for a new item) and after. */
    abstract List<FieldChange> fields(Initiative initiative, T before, T after);

    /** The order items are listed in. */
    abstract Comparator<T> order();

    /** The form filled with the item as it is now. */
    public abstract F formOf(T item);

    @Transactional
    public Outcome<T> add(Subject subject, UUID initiativeId, F form) {
        Initiative initiative = initiatives.forEditing(subject, initiativeId);
        FormErrors errors = new FormErrors();
        D details = validate(subject, initiative, form, errors);
        if (details == null || errors.any()) {
            return new Outcome<>(null, errors);
        }
        T item = create(initiative, details, clock.instant());
        items.save(item);
        audit.record(AuditEntry.of(recordType(), item.id(), Operation.COLLECTION,
                        "Added " + name(initiative, item) + " to " + initiative.reference())
                .withChanges(fields(initiative, null, item)).inForce(subject.forceCode()));
        return new Outcome<>(item, errors);
    }

    @Transactional
    public Outcome<T> edit(Subject subject, UUID initiativeId, UUID itemId, F form) {
        Initiative initiative = initiatives.forEditing(subject, initiativeId);
        T item = belonging(initiative, itemId);
        FormErrors errors = new FormErrors();
        D details = validate(subject, initiative, form, errors);
        if (details == null || errors.any()) {
            return new Outcome<>(null, errors);
        }
        if (!Objects.equals(form.getVersion(), item.version())) {
            throw audit.conflictOn(recordType(), itemId.toString(), List.of(), item.updatedAt());
        }
        T before = belonging(initiative, itemId);
        apply(initiative, item, details, clock.instant());
        List<FieldChange> changes = fields(initiative, before, item);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Outcome<>(before, errors);
        }
        try {
            items.save(item);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(recordType(), itemId.toString(), List.of(), clock.instant());
        }
        audit.record(AuditEntry.of(recordType(), itemId, Operation.ALTERATION,
                        "Changed " + name(initiative, item) + " of " + initiative.reference())
                .withChanges(changes).inForce(subject.forceCode()));
        return new Outcome<>(item, errors);
    }

    /** The initiative, opened for editing its items, or refused (another force's is not found). */
    @Transactional(readOnly = true)
    public Initiative initiativeForEditing(Subject subject, UUID initiativeId) {
        return initiatives.forEditing(subject, initiativeId);
    }

    /** One item, for a person who may edit its initiative; an item of another initiative is not found. */
    @Transactional(readOnly = true)
    public T forEditing(Subject subject, UUID initiativeId, UUID itemId) {
        return belonging(initiatives.forEditing(subject, initiativeId), itemId);
    }

    /** The initiative's items, in order. The caller has opened the initiative under the policy. */
    @Transactional(readOnly = true)
    public List<T> of(UUID initiativeId) {
        return items.findByInitiativeId(initiativeId).stream().sorted(order()).toList();
    }

    private T belonging(Initiative initiative, UUID itemId) {
        return items.findById(itemId).filter(item -> item.initiativeId().equals(initiative.id()))
                .orElseThrow(() -> new RecordNotFoundException(recordType(), itemId));
    }
}
