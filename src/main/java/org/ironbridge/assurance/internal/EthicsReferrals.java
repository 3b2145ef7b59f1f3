package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to the Ethics Panel: the force refers a system with its questions and the meeting it is for, and the
 * pack is copied at that moment. A breached monitoring threshold refers the system back by itself. Everything
 * the panel is shown is OFFICIAL-SENSITIVE: every read is logged with its justification, every export as a
 * disclosure.
 */
@Component
public class EthicsReferrals {

    public static final String RECORD_TYPE = "Ethics referral";
    static final String MONITORING = "system:monitoring";

    public record Result(EthicsRecords.Referral referral, FormErrors errors) {
    }

    /** One referral as a reader sees it: the advice once given (or the panel's own draft), and its recommendations. */
    public record ReferralView(EthicsRecords.Referral referral, EthicsRecords.Advice advice,
                               EthicsOutcomes.EthicsOutcome outcome, List<EthicsRecords.Recommendation> recommendations) {

        public boolean given() {
            return advice != null && advice.given();
        }

        public long answered() {
            return recommendations.stream().filter(r -> r.response() != null).count();
        }
    }

    public record SystemEthics(AiSystem system, List<ReferralView> referrals) {
    }

    public record Pack(AiSystem system, EthicsRecords.Referral referral, List<EthicsRecords.PackEntry> entries) {
    }

    private final JdbcClient jdbc;
    private final AssuranceReferences references;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final EthicsRecords records;
    private final EthicsOutcomes outcomes;
    private final ReferralPack packs;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    EthicsReferrals(JdbcClient jdbc, AiSystems systems, AssuranceMaterial material, EthicsRecords records,
                    EthicsOutcomes outcomes, ReferralPack packs, AccessPolicy policy, AuditTrail audit, Clock clock,
                    AssuranceReferences references) {
        this.references = references;
        this.jdbc = jdbc;
        this.systems = systems;
        this.material = material;
        this.records = records;
        this.outcomes = outcomes;
        this.packs = packs;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The system's referrals and advice; logged as a consultation with the reader's justification. */
    @Transactional
    public SystemEthics read(Subject subject, UUID systemId, String justification) {
        AiSystem system = systems.open(subject, systemId);
        material.consult(subject, system, RECORD_TYPE, systemId, "the Ethics Panel referrals and advice", justification);
        boolean panel = policy.permits(subject, Permission.GIVE_ETHICS_ADVICE);
        List<ReferralView> views = new ArrayList<>();
        for (EthicsRecords.Referral referral : records.ofSystem(systemId)) {
            views.add(view(referral, panel));
        }
        return new SystemEthics(system, views);
    }

    /** The pack of one referral (the latest when none is named), or empty when the system has never been referred. */
    @Transactional
    public Optional<Pack> pack(Subject subject, UUID systemId, UUID referralId, String justification) {
        AiSystem system = systems.open(subject, systemId);
        Optional<EthicsRecords.Referral> referral = chosen(system, referralId);
        if (referral.isEmpty()) {
            material.require(subject, system);
            return Optional.empty();
        }
        material.consult(subject, system, RECORD_TYPE, referral.get().id(), "the Ethics Panel referral pack "
                + referral.get().reference(), justification);
        return Optional.of(new Pack(system, referral.get(), records.pack(referral.get().id())));
    }

    /** The pack to download: logged as a disclosure, with the justification the reader gave. */
    @Transactional
    public Optional<Pack> export(Subject subject, UUID systemId, UUID referralId, String justification) {
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        if (justification == null || justification.isBlank()) {
            throw new AssuranceMaterial.JustificationNeeded(system);
        }
        Optional<EthicsRecords.Referral> referral = chosen(system, referralId);
        referral.ifPresent(r -> material.disclose(subject, system, RECORD_TYPE, r.id(),
                "the Ethics Panel referral pack " + r.reference(), justification));
        return referral.map(r -> new Pack(system, r, records.pack(r.id())));
    }

    /** One referral with its advice, for the panel's and the force's forms; the caller has checked access. */
    public ReferralView view(EthicsRecords.Referral referral, boolean panel) {
        EthicsRecords.Advice advice = records.advice(referral.id()).filter(a -> a.given() || panel).orElse(null);
        EthicsOutcomes.EthicsOutcome outcome = advice == null ? null : outcomes.find(advice.outcomeId()).orElse(null);
        List<EthicsRecords.Recommendation> recommendations = advice == null ? List.of() : records.recommendations(referral.id());
        return new ReferralView(referral, advice, outcome, recommendations);
    }

    /** The system for a referral form: the person must record assurance for it and be able to read its material. */
    @Transactional(readOnly = true)
    public AiSystem forReferral(Subject subject, UUID systemId) {
        AiSystem system = systems.forRecording(subject, systemId);
        material.require(subject, system);
        return system;
    }

    @Transactional
    public Result refer(Subject subject, UUID systemId, String question, String day, String month, String year) {
        AiSystem system = forReferral(subject, systemId);
        FormErrors errors = new FormErrors();
        String asked = FormText.required(question, 4000, "question",
                "Enter the questions the force asks the Ethics Panel", "Questions for the panel", errors);
        LocalDate meeting = meetingDate(day, month, year, errors);
        records.latest(systemId).filter(r -> records.givenAdvice(r.id()).isEmpty()).ifPresent(waiting ->
                errors.reject("question", "The panel has not yet advised on referral " + waiting.reference()
                        + ". Add these questions to that referral's meeting, or wait for its advice"));
        if (errors.any()) {
            return new Result(null, errors);
        }
        EthicsRecords.Referral referral = insert(system, ReferralKind.REFERRAL, asked, meeting, null, subject.username());
        audit.record(AuditEntry.of(RECORD_TYPE, referral.id(), Operation.COLLECTION, "Referred AI system "
                        + system.reference() + " " + system.name() + " to the Ethics Panel as " + referral.reference())
                .withChanges(List.of(new FieldChange("Questions", null, asked),
                        new FieldChange("Meeting", null, meeting.toString())))
                .inForce(subject.forceCode()));
        return new Result(referral, errors);
    }

    /** A referral the panel has not yet advised on, whose meeting may still move: the one named, or the latest. */
    @Transactional(readOnly = true)
    public Optional<EthicsRecords.Referral> awaitingAdvice(Subject subject, UUID systemId, UUID referralId) {
        AiSystem system = forReferral(subject, systemId);
        return chosen(system, referralId).filter(r -> records.givenAdvice(r.id()).isEmpty());
    }

    /**
     * Moves the panel meeting a referral awaiting advice is for. The date the person saw is the lock: if someone
     * has moved it since, nothing is saved and they are told what it is now.
     */
    @Transactional
    public FormErrors moveMeeting(Subject subject, UUID systemId, UUID referralId, String seen, String day, String month,
                                  String year) {
        AiSystem system = forReferral(subject, systemId);
        EthicsRecords.Referral referral = chosen(system, referralId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, String.valueOf(referralId)));
        FormErrors errors = new FormErrors();
        if (records.givenAdvice(referral.id()).isPresent()) {
            return errors.reject("meetingOn", "The panel has given its advice on " + referral.reference()
                    + ": the date it met is part of that advice");
        }
        LocalDate meeting = meetingDate(day, month, year, errors);
        if (errors.any()) {
            return errors;
        }
        String now = referral.meetingOn() == null ? null : referral.meetingOn().toString();
        String saw = FormText.clean(seen);
        int moved = Objects.equals(saw, now) ? jdbc.sql("""
                update ethics_referral set meeting_on = ? where id = ? and meeting_on is not distinct from ?
                """).params(Date.valueOf(meeting), referral.id(), now == null ? null : Date.valueOf(referral.meetingOn()))
                .update() : 0;
        if (moved == 0) {
            throw audit.conflictOn(RECORD_TYPE, referral.id().toString(),
                    List.of(new FieldChange("Meeting", saw, now)), clock.instant());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, referral.id(), Operation.ALTERATION, "Moved the Ethics Panel meeting for "
                        + referral.reference() + " (" + system.reference() + " " + system.name() + ")")
                .withChanges(List.of(new FieldChange("Meeting", now, meeting.toString()))).inForce(subject.forceCode()));
        return errors;
    }

    /**
     * A breached monitoring threshold refers the system back to the panel, in the transaction that records the
     * review, with the measure, the value seen and the threshold as its question.
     */
    @EventListener
    @Transactional
    public void referBack(MonitoringThresholdBreached breach) {
        AiSystem system = systems.find(breach.systemId()).orElse(null);
        if (system == null) {
            return;
        }
        String actor = FormText.clean(breach.recordedBy()) == null ? MONITORING : FormText.clean(breach.recordedBy());
        String question = "Post-deployment monitoring found " + text(breach.measure()) + " at " + text(breach.observed())
                + ", beyond its threshold of " + text(breach.threshold()) + ". Is continued use of " + system.name()
                + " still lawful, ethical and proportionate, and what should the force change?";
        if (question.length() > 4000) {
            question = question.substring(0, 3999) + "…";
        }
        EthicsRecords.Referral referral = insert(system, ReferralKind.RE_REFERRAL, question, null, breach.reviewId(), actor);
        audit.record(AuditEntry.of(RECORD_TYPE, referral.id(), Operation.COLLECTION, "Referred AI system "
                        + system.reference() + " " + system.name() + " back to the Ethics Panel as " + referral.reference()
                        + " after a monitoring threshold was breached")
                .withChanges(List.of(new FieldChange("Questions", null, question))).by(actor).inForce(breach.forceCode()));
    }

    private EthicsRecords.Referral insert(AiSystem system, ReferralKind kind, String question, LocalDate meeting,
                                          UUID reviewId, String by) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ethics_referral (id, force_id, system_id, reference, kind, question, meeting_on,
                    monitoring_review_id, referred_by, referred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, system.forceId(), system.id(), references.referral(system.forceId(),
                        LocalDate.ofInstant(now, AiSystems.LONDON).getYear()), kind.name(), question,
                meeting == null ? null : Date.valueOf(meeting), reviewId, by, Timestamp.from(now)).update();
        packs.snapshot(id, system);
        return records.referral(id).orElseThrow();
    }

    /** The date of the panel meeting a referral is for, which every referral made by a person has. */
    private static LocalDate meetingDate(String day, String month, String year, FormErrors errors) {
        LocalDate meeting = FormText.optionalDate("meetingOn", "Date of the panel meeting", day, month, year, errors);
        if (meeting == null && !errors.has("meetingOn")) {
            errors.reject("meetingOn", "Enter the date of the panel meeting the referral is for");
        }
        return meeting;
    }

    /** The named referral of this system, or its latest; another system's referral is not found. */
    private Optional<EthicsRecords.Referral> chosen(AiSystem system, UUID referralId) {
        if (referralId == null) {
            return records.latest(system.id());
        }
        return Optional.of(records.referral(referralId).filter(r -> r.systemId().equals(system.id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, referralId)));
    }

    private static String text(String value) {
        String cleaned = FormText.clean(value);
        return cleaned == null ? "(not stated)" : cleaned;
    }
}
