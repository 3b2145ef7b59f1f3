package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each system's Algorithmic Impact Assessment: OFFICIAL-SENSITIVE, so every read is a consultation logged with
 * the reader's justification. It is saved as a draft, under optimistic locking, and marked complete only when
 * every section it needs is answered; a change after completion returns it to draft, because completion is a
 * statement about what was there when it was made.
 */
@Component
public class ImpactAssessments {

    public static final String RECORD_TYPE = "Impact assessment";
    private static final String WHAT = "the Algorithmic Impact Assessment";

    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final ImpactAssessmentStore store;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ImpactAssessments(AiSystems systems, AssuranceMaterial material, ImpactAssessmentStore store, AuditTrail audit,
                      java.time.Clock clock) {
        this.systems = systems;
        this.material = material;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The system and its assessment (null when none is started), for someone who may read it. */
    public record Opened(AiSystem system, ImpactAssessment assessment) {
    }

    public record Result(ImpactAssessment assessment, FormErrors errors) {
    }

    /** Opens the assessment to read: refused without the permission, and logged with the justification. */
    @Transactional
    public Opened read(Subject subject, UUID systemId, String justification) {
        AiSystem system = systems.open(subject, systemId);
        return consulted(subject, system, justification);
    }

    /** Opens the assessment to change it: the person must record assurance and read the material. */
    @Transactional
    public Opened forEditing(Subject subject, UUID systemId, String justification) {
        AiSystem system = systems.forRecording(subject, systemId);
        return consulted(subject, system, justification);
    }

    /**
     * What is there now, shown beside a refused save. The person is part-way through an edit they were allowed to
     * open: the read is logged with their justification when they still have one, and refused only by the policy.
     */
    @Transactional
    public Opened current(Subject subject, UUID systemId, String justification) {
        AiSystem system = systems.forRecording(subject, systemId);
        if (justification == null) {
            material.require(subject, system);
            return new Opened(system, store.find(systemId).orElse(null));
        }
        return consulted(subject, system, justification);
    }

    /** Without any access check: for the assurance step and the demo data. */
    public Optional<ImpactAssessment> find(UUID systemId) {
        return store.find(systemId);
    }

    /** Saves the assessment as a draft. Nothing is saved when anything is wrong; a stale version is a conflict. */
    @Transactional
    public Result save(Subject subject, UUID systemId, ImpactAssessmentForm form) {
        AiSystem system = writable(subject, systemId);
        FormErrors errors = new FormErrors();
        ImpactAssessment typed = ImpactAssessmentRules.validate(system, form, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        ImpactAssessment existing = store.find(systemId).orElse(null);
        Instant now = clock.instant();
        if (existing == null) {
            if (form.getVersion() != null) {
                throw audit.conflictOn(RECORD_TYPE, systemId.toString(), List.of(), now);
            }
            UUID id = UUID.randomUUID();
            try {
                store.insert(id, typed, subject.username(), now);
            } catch (DuplicateKeyException startedByAnother) {
                ImpactAssessment theirs = store.find(systemId).orElseThrow();
                throw audit.conflictOn(RECORD_TYPE, theirs.id().toString(), List.of(), theirs.updatedAt());
            }
            audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Started the impact assessment of AI system "
                    + system.reference() + " " + system.name()).withChanges(ImpactAssessmentRules.changes(null, typed))
                    .inForce(subject.forceCode()));
            return new Result(store.find(systemId).orElseThrow(), errors);
        }
        List<FieldChange> changes = ImpactAssessmentRules.changes(existing, typed);
        if (!Objects.equals(form.getVersion(), existing.version())) {
            throw audit.conflictOn(RECORD_TYPE, existing.id().toString(), changes, existing.updatedAt());
        }
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Result(existing, errors);
        }
        if (!store.update(existing, typed, subject.username(), now)) {
            throw audit.conflictOn(RECORD_TYPE, existing.id().toString(), changes, existing.updatedAt());
        }
        List<FieldChange> recorded = new ArrayList<>(changes);
        if (existing.complete()) {
            recorded.add(new FieldChange("Status", "Complete", "Draft"));
        }
        audit.record(AuditEntry.of(RECORD_TYPE, existing.id(), Operation.ALTERATION, "Changed the impact assessment of AI "
                + "system " + system.reference() + (existing.complete() ? ", returning it to draft" : ""))
                .withChanges(recorded).inForce(subject.forceCode()));
        return new Result(store.find(systemId).orElseThrow(), errors);
    }

    /** Marks the assessment complete; refused, with the sections still to answer, while any is missing. */
    @Transactional
    public FormErrors complete(Subject subject, UUID systemId, Integer version) {
        AiSystem system = writable(subject, systemId);
        FormErrors errors = new FormErrors();
        ImpactAssessment existing = store.find(systemId).orElse(null);
        if (existing == null) {
            return errors.reject("completion", "Answer the impact assessment before marking it as complete");
        }
        List<FieldChange> change = List.of(new FieldChange("Status", existing.complete() ? "Complete" : "Draft", "Complete"));
        if (!Objects.equals(version, existing.version())) {
            throw audit.conflictOn(RECORD_TYPE, existing.id().toString(), change, existing.updatedAt());
        }
        if (existing.complete()) {
            return errors;
        }
        for (ImpactAssessment.Section section : existing.missing(system)) {
            errors.reject(section.anchor(), section.missingMessage());
        }
        if (errors.any()) {
            return errors;
        }
        if (!store.markComplete(existing, subject.username(), clock.instant())) {
            throw audit.conflictOn(RECORD_TYPE, existing.id().toString(), change, existing.updatedAt());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, existing.id(), Operation.ALTERATION, "Marked the impact assessment of AI "
                + "system " + system.reference() + " as complete" + (existing.lightFor(system) ? " (light assessment)" : ""))
                .withChanges(change).inForce(subject.forceCode()));
        return errors;
    }

    private AiSystem writable(Subject subject, UUID systemId) {
        AiSystem system = systems.forRecording(subject, systemId);
        material.require(subject, system);
        return system;
    }

    private Opened consulted(Subject subject, AiSystem system, String justification) {
        Optional<UUID> id = store.idOf(system.id());
        material.consult(subject, system, id.isPresent() ? RECORD_TYPE : AiSystems.RECORD_TYPE,
                id.map(UUID::toString).orElse(system.id().toString()), WHAT, justification);
        return new Opened(system, store.find(system.id()).orElse(null));
    }
}
