package org.ironbridge.assurance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system's DPIA, version by version: read (each read a logged consultation), drafted under optimistic locking,
 * signed off by the Data Protection Officer alone, and superseded by a new version once signed off.
 */
@Component
public class Dpias {

    private final DpiaRows rows;
    private final DpiaScreenings screenings;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final DpiaDocument document;
    private final Clock clock;

    Dpias(DpiaRows rows, DpiaScreenings screenings, AiSystems systems, AssuranceMaterial material, AccessPolicy policy,
          AuditTrail audit, DpiaDocument document, Clock clock) {
        this.rows = rows;
        this.screenings = screenings;
        this.systems = systems;
        this.material = material;
        this.policy = policy;
        this.audit = audit;
        this.document = document;
        this.clock = clock;
    }

    /** What the DPIA page shows: the screenings, every version, and the version asked for (else the latest). */
    public record Overview(AiSystem system, List<DpiaScreening> screenings, List<Dpia> versions, Dpia shown,
                           boolean mayRecord, boolean maySignOff) {

        public Optional<DpiaScreening> screening() {
            return screenings.stream().findFirst();
        }

        public Optional<Dpia> latest() {
            return versions.stream().findFirst();
        }
    }

    public record Result(Dpia dpia, FormErrors errors) {
    }

    public record Export(String filename, byte[] content) {
    }

    /** The version asked for is signed off (or there is no draft): it cannot be changed, only superseded. */
    public static class NotADraft extends RuntimeException {
        NotADraft(String message) {
            super(message);
        }
    }

    /** Without any access check: for the step on the system page and the other parts of this module. */
    public Optional<Dpia> latest(UUID systemId) {
        return rows.latest(systemId);
    }

    @Transactional
    public Overview overview(Subject subject, UUID systemId, Integer number, String justification) {
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        List<DpiaScreening> screened = screenings.history(systemId);
        List<Dpia> versions = rows.versions(systemId);
        Dpia shown = number == null ? versions.stream().findFirst().orElse(null)
                : versions.stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(Dpia.RECORD_TYPE, systemId + " version " + number));
        if (screened.isEmpty() && shown == null) {
            material.consult(subject, system, AiSystems.RECORD_TYPE, systemId, "the DPIA page (nothing recorded yet)",
                    justification);
        }
        if (!screened.isEmpty()) {
            material.consult(subject, system, DpiaScreenings.RECORD_TYPE, screened.getFirst().id(),
                    "DPIA screening " + screened.getFirst().number(), justification);
        }
        if (shown != null) {
            material.consult(subject, system, Dpia.RECORD_TYPE, shown.id(), "DPIA version " + shown.number(), justification);
        }
        return new Overview(system, screened, versions, shown, systems.mayRecord(subject, system), maySignOff(subject, system));
    }

    /** The draft to change, read as a consultation; {@link NotADraft} when the latest version is signed off. */
    @Transactional
    public Dpia draft(Subject subject, UUID systemId, String justification) {
        AiSystem system = screenings.writable(subject, systemId);
        Dpia draft = currentDraft(systemId);
        material.consult(subject, system, Dpia.RECORD_TYPE, draft.id(), "DPIA version " + draft.number(), justification);
        return draft;
    }

    /** The draft for the DPO to sign off, read as a consultation. */
    @Transactional
    public Dpia draftToSignOff(Subject subject, UUID systemId, String justification) {
        AiSystem system = signer(subject, systemId);
        Dpia draft = currentDraft(systemId);
        material.consult(subject, system, Dpia.RECORD_TYPE, draft.id(), "DPIA version " + draft.number()
                + " to sign it off", justification);
        return draft;
    }

    @Transactional
    public Result save(Subject subject, UUID systemId, DpiaForm form) {
        AiSystem system = screenings.writable(subject, systemId);
        Dpia draft = currentDraft(systemId);
        FormErrors errors = new FormErrors();
        Dpia.Content content = DpiaDraftCheck.read(form, screenings.latest(systemId).orElse(null), errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        var changes = DpiaChanges.between(draft.content(), content);
        if (!Objects.equals(form.getVersion(), draft.version())) {
            throw audit.conflictOn(Dpia.RECORD_TYPE, draft.id().toString(), changes, draft.updatedAt());
        }
        if (changes.stream().noneMatch(org.ironbridge.audit.FieldChange::changed)) {
            return new Result(draft, errors);
        }
        if (!rows.updateDraft(draft.id(), draft.version(), content, clock.instant())) {
            throw audit.conflictOn(Dpia.RECORD_TYPE, draft.id().toString(), changes, draft.updatedAt());
        }
        audit.record(AuditEntry.of(Dpia.RECORD_TYPE, draft.id(), Operation.ALTERATION, "Changed DPIA version "
                + draft.number() + " of AI system " + system.reference()).withChanges(changes).inForce(subject.forceCode()));
        return new Result(rows.latest(systemId).orElseThrow(), errors);
    }

    /**
     * Starts version 1 once the system is screened, or the next version from the signed-off one, copying it.
     * {@code from} is the number of the latest version the person saw (0 for none), so a second click or a stale
     * page starts nothing.
     */
    @Transactional
    public Result newVersion(Subject subject, UUID systemId, Integer from) {
        AiSystem system = screenings.writable(subject, systemId);
        rows.lock(systemId);
        FormErrors errors = new FormErrors();
        Optional<Dpia> latest = rows.latest(systemId);
        Optional<DpiaScreening> screening = screenings.latest(systemId);
        int seen = latest.map(Dpia::number).orElse(0);
        if (latest.isEmpty() && screening.isEmpty()) {
            errors.reject("dpia", "Screen the system first: the screening decides whether a full DPIA is needed");
        } else if (latest.isPresent() && !latest.get().signedOff()) {
            errors.reject("dpia", "Version " + seen + " is still a draft: change it rather than starting another");
        } else if (!Objects.equals(from, seen)) {
            errors.reject("dpia", "The DPIA has changed since you opened the page: check the latest version, then try again");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        Dpia.Content content = latest.map(Dpia::content).orElseGet(() -> firstContent(screening.orElseThrow()));
        Instant now = clock.instant();
        UUID id = rows.insert(systemId, seen + 1, latest.map(Dpia::id).orElse(null), content, subject.username(), now);
        audit.record(AuditEntry.of(Dpia.RECORD_TYPE, id, Operation.COLLECTION, "Started DPIA version " + (seen + 1)
                + " of AI system " + system.reference() + (seen == 0 ? "" : ", superseding version " + seen))
                .withChanges(DpiaChanges.between(null, content)).inForce(subject.forceCode()));
        return new Result(rows.latest(systemId).orElseThrow(), errors);
    }

    /** Only the Data Protection Officer signs off, and only a complete draft; the signed-off version is final. */
    @Transactional
    public Result signOff(Subject subject, UUID systemId, SignOffForm form) {
        AiSystem system = signer(subject, systemId);
        Dpia draft = currentDraft(systemId);
        FormErrors errors = new FormErrors();
        List<String> missing = draft.missingForSignOff();
        if (!missing.isEmpty()) {
            errors.reject("dpia-incomplete", "Version " + draft.number() + " cannot be signed off until it has: "
                    + String.join("; ", missing));
        }
        String measuresBy = FormText.required(form.getMeasuresApprovedBy(), 300, "measuresApprovedBy",
                "Enter the name and role of the person who approved the measures", "Measures approved by", errors);
        String residualBy = FormText.required(form.getResidualRisksApprovedBy(), 300, "residualRisksApprovedBy",
                "Enter the name and role of the person who approved the residual risks", "Residual risks approved by", errors);
        String advice = FormText.required(form.getDpoAdvice(), DpiaDraftCheck.STEP_LIMIT, "dpoAdvice",
                "Enter the DPO's advice", "DPO advice", errors);
        String followed = FormText.clean(form.getAdvice());
        if (!"FOLLOWED".equals(followed) && !"OVERRULED".equals(followed)) {
            errors.reject("advice", "Select whether the DPO's advice was followed or overruled");
        }
        String reasons = "OVERRULED".equals(followed)
                ? FormText.required(form.getOverruledReasons(), 4000, "overruledReasons",
                "Enter the reasons the DPO's advice was overruled", "Reasons", errors)
                : FormText.optional(form.getOverruledReasons(), 4000, "overruledReasons", "Reasons", errors);
        LocalDate review = FormText.optionalDate("reviewDate", "Review date", form.getReviewDay(), form.getReviewMonth(),
                form.getReviewYear(), errors);
        if (review == null && !errors.has("reviewDate")) {
            errors.reject("reviewDate", "Enter the date the DPIA will be reviewed");
        } else if (review != null && !review.isAfter(LocalDate.now(clock.withZone(AiSystems.LONDON)))) {
            errors.reject("reviewDate", "Review date must be in the future");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        Instant now = clock.instant();
        Dpia.SignOff signOff = new Dpia.SignOff(measuresBy, residualBy, advice, "FOLLOWED".equals(followed),
                "OVERRULED".equals(followed) ? reasons : null, review, subject.username(),
                subject.displayName() + ", Data Protection Officer", now);
        var changes = DpiaChanges.signOff(signOff);
        if (!Objects.equals(form.getVersion(), draft.version()) || !rows.signOff(draft.id(), draft.version(), signOff, now)) {
            throw audit.conflictOn(Dpia.RECORD_TYPE, draft.id().toString(), changes, draft.updatedAt());
        }
        audit.record(AuditEntry.of(Dpia.RECORD_TYPE, draft.id(), Operation.ALTERATION, "Signed off DPIA version "
                + draft.number() + " of AI system " + system.reference() + "; DPO advice "
                + (signOff.adviceFollowed() ? "followed" : "overruled")
                + (draft.needsPriorConsultation() ? "; " + Dpia.PRIOR_CONSULTATION : ""))
                .withChanges(changes).inForce(subject.forceCode()));
        return new Result(rows.latest(systemId).orElseThrow(), errors);
    }

    /** The DPIA (the latest version, or the one asked for) as a Word document, logged as a disclosure. */
    @Transactional
    public Export export(Subject subject, UUID systemId, Integer number, String justification) {
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        if (justification == null || justification.isBlank()) {
            throw new AssuranceMaterial.JustificationNeeded(system);
        }
        Dpia dpia = (number == null ? rows.latest(systemId) : rows.version(systemId, number))
                .orElseThrow(() -> new RecordNotFoundException(Dpia.RECORD_TYPE, systemId));
        byte[] content = document.write(system, screenings.latest(systemId).orElse(null), dpia);
        material.disclose(subject, system, Dpia.RECORD_TYPE, dpia.id(), "DPIA version " + dpia.number()
                + " as a Word document", justification);
        return new Export(system.reference() + "-DPIA-v" + dpia.number() + ".docx", content);
    }

    public boolean maySignOff(Subject subject, AiSystem system) {
        return policy.decide(subject, Permission.SIGN_OFF_DPIA, sensitive(system)).allowed();
    }

    private AiSystem signer(Subject subject, UUID systemId) {
        AiSystem system = systems.find(systemId).filter(s -> s.forceId().equals(subject.forceId()))
                .orElseThrow(() -> new RecordNotFoundException(AiSystems.RECORD_TYPE, systemId));
        RecordDecision decision = policy.decide(subject, Permission.SIGN_OFF_DPIA, sensitive(system));
        if (decision.outcome() == RecordDecision.Outcome.NOT_FOUND) {
            throw new RecordNotFoundException(AiSystems.RECORD_TYPE, systemId);
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("Only the Data Protection Officer may sign off a DPIA");
        }
        material.require(subject, system);
        return system;
    }

    private Dpia currentDraft(UUID systemId) {
        Dpia latest = rows.latest(systemId).orElseThrow(() -> new NotADraft("There is no DPIA draft yet: start version 1"));
        if (latest.signedOff()) {
            throw new NotADraft("Version " + latest.number() + " is signed off and cannot be changed. Start a new "
                    + "version to change it; the signed-off version stays on record");
        }
        return latest;
    }

    private static Dpia.Content firstContent(DpiaScreening screening) {
        String need = !screening.fullDpiaRequired()
                ? "Screening " + screening.number() + " concluded that no full DPIA was needed (" + screening.reason()
                        + "); this DPIA is done as good practice."
                : "Screening " + screening.number() + " concluded that a full DPIA is required"
                        + (screening.whyRequired().isEmpty() ? "." : ": " + String.join("; ", screening.whyRequired()) + ".");
        return new Dpia.Content(need, null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    private static ProtectedRecord sensitive(AiSystem system) {
        return ProtectedRecord.of(AiSystems.RECORD_TYPE, system.id(), system.forceId(), Classification.OFFICIAL_SENSITIVE);
    }
}
