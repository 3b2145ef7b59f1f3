package org.ironbridge.assurance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each system's compliance test against the force's checklists: OFFICIAL-SENSITIVE, so every read is logged with
 * the reader's justification. A framework is answered against one checklist version and keeps it; a framework
 * that applies only to cameras and biometrics is not applicable, without anyone answering it, to other systems.
 */
@Component
public class ComplianceTests {

    public static final String RECORD_TYPE = "Compliance test";
    private static final String WHAT = "the compliance test";

    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final Checklists checklists;
    private final ComplianceTestStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ComplianceTests(AiSystems systems, AssuranceMaterial material, Checklists checklists, ComplianceTestStore store,
                    AuditTrail audit, Clock clock) {
        this.systems = systems;
        this.material = material;
        this.checklists = checklists;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A system's test as it reads: null when nothing is answered yet, and every framework's part. */
    public record Opened(AiSystem system, ComplianceTest test, List<ComplianceTest.Part> parts) {

        public ComplianceTest.Totals totals() {
            return ComplianceTest.Totals.of(parts);
        }

        public ComplianceTest.Part part(String frameworkCode) {
            return parts.stream().filter(p -> p.framework().code().equals(frameworkCode)).findFirst()
                    .orElseGet(() -> parts.getFirst());
        }
    }

    /** The answers to one framework as they were typed: {@code outcome-CODE} and {@code evidence-CODE} by item. */
    public record Answers(String framework, String checklist, Integer version, Map<String, String> fields) {
    }

    @Transactional
    public Opened read(Subject subject, UUID systemId, String justification) {
        return consulted(subject, systems.open(subject, systemId), justification);
    }

    @Transactional
    public Opened forEditing(Subject subject, UUID systemId, String justification) {
        return consulted(subject, systems.forRecording(subject, systemId), justification);
    }

    /** What is there now, beside a refused save; logged when the person still has a justification. */
    @Transactional
    public Opened current(Subject subject, UUID systemId, String justification) {
        AiSystem system = systems.forRecording(subject, systemId);
        if (justification == null) {
            material.require(subject, system);
            return opened(system);
        }
        return consulted(subject, system, justification);
    }

    /** Without any access check: for the assurance step. */
    public Opened of(AiSystem system) {
        return opened(system);
    }

    /**
     * The checklist version to answer a framework against: the one it was answered against, or (when the person
     * chose to move on, or it was never answered) the force's current one.
     */
    public ChecklistVersion toAnswer(Opened opened, String frameworkCode, boolean moveToCurrent) {
        ComplianceTest.Part part = opened.part(frameworkCode);
        return moveToCurrent ? part.current() : part.checklist();
    }

    /** Saves one framework's answers; the errors when nothing was saved. A stale version is a conflict. */
    @Transactional
    public FormErrors save(Subject subject, UUID systemId, Answers typed) {
        AiSystem system = systems.forRecording(subject, systemId);
        material.require(subject, system);
        ComplianceFramework framework = checklists.framework(typed.framework())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, typed.framework()));
        Opened opened = opened(system);
        ComplianceTest.Part part = opened.part(framework.code());
        FormErrors errors = new FormErrors();
        if (!framework.appliesTo(system)) {
            return errors.reject("framework-notice", framework.name() + " does not apply to this system. "
                    + framework.whyNotApplicable());
        }
        ChecklistVersion checklist = checklists.version(subject.forceId(), FormText.uuid(typed.checklist()))
                .filter(v -> v.frameworkCode().equals(framework.code()))
                .filter(v -> v.id().equals(part.checklist().id()) || v.id().equals(part.current().id()))
                .orElse(null);
        if (checklist == null) {
            return errors.reject("framework-notice", "These answers were for a version of the checklist that this test "
                    + "cannot use. Nothing has been saved: open the checklist again");
        }
        Map<String, ComplianceTest.Answer> before = checklist.id().equals(part.checklist().id()) ? part.answers() : Map.of();
        LocalDate today = LocalDate.now(clock.withZone(AiSystems.LONDON));
        List<ComplianceTest.Answer> answers = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        for (ChecklistVersion.Item item : checklist.items()) {
            ComplianceTest.Answer answer = answer(item, typed.fields(), errors, subject.personId(), today);
            ComplianceTest.Answer was = before.get(item.code());
            if (answer == null) {
                if (was != null) {
                    cleared.add(item.code());
                }
            } else if (was != null && was.outcome() == answer.outcome() && was.evidence().equals(answer.evidence())) {
                answers.add(was);
            } else {
                answers.add(answer);
            }
        }
        if (errors.any()) {
            return errors;
        }
        List<FieldChange> changes = changes(framework, checklist, part, before, answers);
        ComplianceTest test = opened.test();
        Instant now = clock.instant();
        if (test == null ? typed.version() != null : !Objects.equals(typed.version(), test.version())) {
            throw audit.conflictOn(RECORD_TYPE, test == null ? systemId.toString() : test.id().toString(), changes,
                    test == null ? now : test.updatedAt());
        }
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return errors;
        }
        UUID id = test == null ? UUID.randomUUID() : test.id();
        if (test == null) {
            store.insert(id, systemId, subject.username(), now);
        } else if (!store.touch(id, test.version(), subject.username(), now)) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), changes, test.updatedAt());
        }
        store.pin(id, framework.code(), checklist.id());
        cleared.forEach(code -> store.clear(id, framework.code(), code));
        answers.stream().filter(a -> !a.equals(before.get(a.itemCode())))
                .forEach(a -> store.answer(id, framework.code(), checklist.id(), a));
        audit.record(AuditEntry.of(RECORD_TYPE, id, test == null ? Operation.COLLECTION : Operation.ALTERATION,
                "Answered " + framework.name() + " in the compliance test of AI system " + system.reference() + " "
                        + system.name()).withChanges(changes).inForce(subject.forceCode()));
        return errors;
    }

    private static ComplianceTest.Answer answer(ChecklistVersion.Item item, Map<String, String> fields, FormErrors errors,
                                                UUID reviewer, LocalDate today) {
        String chosen = fields.get("outcome-" + item.code());
        Conformity outcome = FormText.choice(Conformity.class, chosen);
        String label = short_(item.text());
        if (FormText.clean(chosen) != null && outcome == null) {
            errors.reject("outcome-" + item.code(), "Select whether " + label + " is met, partly met, not met or not applicable");
        }
        String evidence = FormText.optional(fields.get("evidence-" + item.code()), 4000, "evidence-" + item.code(),
                "Evidence for " + label, errors);
        if (outcome == null && evidence != null && FormText.clean(chosen) == null) {
            errors.reject("outcome-" + item.code(), "Select whether " + label + " is met, partly met, not met or not "
                    + "applicable, or clear its evidence");
        }
        if (outcome != null && evidence == null) {
            errors.reject("evidence-" + item.code(), outcome == Conformity.NOT_APPLICABLE ? "Enter why " + label
                    + " does not apply" : "Enter the evidence for " + label);
        }
        return outcome == null || evidence == null ? null : new ComplianceTest.Answer(item.code(), outcome, evidence,
                reviewer, today);
    }

    private static List<FieldChange> changes(ComplianceFramework framework, ChecklistVersion checklist,
                                             ComplianceTest.Part part, Map<String, ComplianceTest.Answer> before,
                                             List<ComplianceTest.Answer> after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!checklist.id().equals(part.checklist().id())) {
            changes.add(new FieldChange(framework.name() + ": checklist version", part.answers().isEmpty() ? null
                    : String.valueOf(part.checklist().number()), String.valueOf(checklist.number())));
        }
        for (ChecklistVersion.Item item : checklist.items()) {
            ComplianceTest.Answer was = before.get(item.code());
            ComplianceTest.Answer now = after.stream().filter(a -> a.itemCode().equals(item.code())).findFirst().orElse(null);
            changes.add(new FieldChange(framework.code() + " " + item.code() + " " + short_(item.text()), described(was),
                    described(now)));
        }
        return changes;
    }

    private static String described(ComplianceTest.Answer answer) {
        return answer == null ? null : answer.outcome().label() + ": " + answer.evidence();
    }

    /** An item's words, short enough for an error message or the audit trail. */
    static String short_(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }

    private Opened consulted(Subject subject, AiSystem system, String justification) {
        Optional<ComplianceTest> test = store.find(system.id());
        material.consult(subject, system, test.isPresent() ? RECORD_TYPE : AiSystems.RECORD_TYPE,
                test.map(t -> t.id().toString()).orElse(system.id().toString()), WHAT, justification);
        return opened(system);
    }

    private Opened opened(AiSystem system) {
        ComplianceTest test = store.find(system.id()).orElse(null);
        List<ComplianceTest.Part> parts = new ArrayList<>();
        for (ComplianceFramework framework : checklists.frameworks()) {
            ChecklistVersion current = checklists.current(system.forceId(), framework.code());
            UUID pinned = test == null ? null : test.pinned().get(framework.code());
            ChecklistVersion checklist = pinned == null ? current
                    : checklists.version(system.forceId(), pinned).orElse(current);
            parts.add(new ComplianceTest.Part(framework, framework.appliesTo(system), checklist, current,
                    test == null ? Map.of() : test.answersTo(framework.code())));
        }
        return new Opened(system, test, parts);
    }
}
