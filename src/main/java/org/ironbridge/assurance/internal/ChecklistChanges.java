package org.ironbridge.assurance.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes a checklist because the law or the guidance changed: adds an item, changes its wording,
 * or withdraws it. Every change writes the force's next version of the checklist, with a note of why; earlier
 * versions are never changed, so a compliance test answered against one keeps showing it.
 */
@Component
public class ChecklistChanges {

    public static final String RECORD_TYPE = "Compliance checklist";

    private final Checklists checklists;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ChecklistChanges(Checklists checklists, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.checklists = checklists;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the administrator typed; {@code item} is null when adding, {@code basedOn} the version they saw. */
    public record Change(String framework, String basedOn, String item, String text, String guidance, String note) {
    }

    public void require(Subject subject) {
        if (!policy.permits(subject, Permission.CONFIGURE_ASSURANCE)) {
            throw new AccessDeniedException("Not allowed to configure the compliance checklists");
        }
    }

    public ComplianceFramework framework(Subject subject, String code) {
        require(subject);
        return checklists.framework(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
    }

    /** Adds an item, or changes one's wording; the errors when nothing was saved. */
    @Transactional
    public FormErrors save(Subject subject, Change change) {
        ComplianceFramework framework = framework(subject, change.framework());
        ChecklistVersion current = checklists.current(subject.forceId(), framework.code());
        ChecklistVersion.Item existing = change.item() == null ? null : current.item(change.item())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, change.item()));
        FormErrors errors = new FormErrors();
        String text = FormText.required(change.text(), 500, "text", "Enter the item as the checklist asks it", "Item", errors);
        String guidance = FormText.optional(change.guidance(), 4000, "guidance", "Guidance", errors);
        String note = note(change.note(), "note", errors);
        if (existing != null && !errors.any() && existing.text().equals(text) && Objects.equals(existing.guidance(), guidance)) {
            errors.reject("text", "Change the wording or the guidance, or go back to the checklist without saving");
        }
        if (errors.any()) {
            return errors;
        }
        List<FieldChange> changes = existing == null
                ? List.of(new FieldChange("Added item", null, text), new FieldChange("Guidance", null, guidance))
                : List.of(new FieldChange("Item " + existing.code(), existing.text(), text),
                        new FieldChange("Guidance of item " + existing.code(), existing.guidance(), guidance));
        stale(subject, framework, current, change.basedOn(), changes);
        List<ChecklistVersion.Item> items = new ArrayList<>();
        for (ChecklistVersion.Item item : current.items()) {
            items.add(existing != null && item.code().equals(existing.code())
                    ? new ChecklistVersion.Item(item.code(), text, guidance, item.position()) : item);
        }
        if (existing == null) {
            int position = current.items().stream().mapToInt(ChecklistVersion.Item::position).max().orElse(0) + 1;
            items.add(new ChecklistVersion.Item(checklists.nextLocalCode(subject.forceId(), framework.code()), text,
                    guidance, position));
        }
        publish(subject, framework, note, items, changes, existing == null ? "added an item" : "changed the wording of "
                + existing.code());
        return errors;
    }

    /** Withdraws an item: later tests no longer ask it; tests already answered keep it in their version. */
    @Transactional
    public FormErrors withdraw(Subject subject, Change change) {
        ComplianceFramework framework = framework(subject, change.framework());
        ChecklistVersion current = checklists.current(subject.forceId(), framework.code());
        ChecklistVersion.Item existing = current.item(Objects.requireNonNullElse(change.item(), ""))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, change.item()));
        FormErrors errors = new FormErrors();
        String note = note(change.note(), "withdrawNote", errors);
        if (current.items().size() == 1) {
            errors.reject("withdrawNote", "A checklist must keep at least one item: add its replacement first");
        }
        if (errors.any()) {
            return errors;
        }
        List<FieldChange> changes = List.of(new FieldChange("Withdrawn item " + existing.code(), existing.text(), null));
        stale(subject, framework, current, change.basedOn(), changes);
        publish(subject, framework, note, current.items().stream().filter(i -> !i.code().equals(existing.code())).toList(),
                changes, "withdrew " + existing.code());
        return errors;
    }

    private static String note(String value, String field, FormErrors errors) {
        return FormText.required(value, 1000, field, "Enter why the checklist is changing, for its version history",
                "Why the checklist is changing", errors);
    }

    /** Someone else changed the checklist after this administrator opened it: nothing is saved. */
    private void stale(Subject subject, ComplianceFramework framework, ChecklistVersion current, String basedOn,
                       List<FieldChange> changes) {
        if (!current.id().equals(FormText.uuid(basedOn))) {
            throw audit.conflictOn(RECORD_TYPE, recordId(subject, framework), changes, current.createdAt());
        }
    }

    private void publish(Subject subject, ComplianceFramework framework, String note, List<ChecklistVersion.Item> items,
                         List<FieldChange> changes, String what) {
        int number = checklists.nextNumber(subject.forceId(), framework.code());
        UUID id = checklists.write(subject.forceId(), framework.code(), number, note, items, subject.username(),
                clock.instant());
        List<FieldChange> recorded = new ArrayList<>(changes);
        recorded.add(new FieldChange("Why", null, note));
        audit.record(AuditEntry.of(RECORD_TYPE, recordId(subject, framework), Operation.ALTERATION, "Checklist "
                + framework.name() + ": " + what + ", making version " + number + " (" + id + ")")
                .withChanges(recorded).inForce(subject.forceCode()));
    }

    /** One force's checklist of one framework: the conflict check reads only that force's changes. */
    static String recordId(Subject subject, ComplianceFramework framework) {
        return subject.forceCode() + "/" + framework.code();
    }
}
