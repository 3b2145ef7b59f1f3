package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.EqualityAnalysisSummary;
import org.ironbridge.portfolio.EqualityStatus;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives' live equality analyses: every save and every sign-off a new version, sign-off by the
 * SRO alone under {@link EqualityRules}, Staff Associations Network feedback kept beside them, and all
 * of it audited in the same transaction.
 */
@Component
public class EqualityAnalyses {

    static final String RECORD_TYPE = "EqualityAnalysis";
    private static final java.util.Set<String> SIGN_OFF_FIELDS = java.util.Set.of("Status", "Review due", "Signed off by");

    private final EqualityAnalysisRepository analyses;
    private final StaffAssociationFeedbackRepository feedback;
    private final JdbcAggregateTemplate aggregates;
    private final VersionNumbers versions;
    private final InitiativeEditing editing;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    EqualityAnalyses(EqualityAnalysisRepository analyses, StaffAssociationFeedbackRepository feedback,
                     JdbcAggregateTemplate aggregates, VersionNumbers versions, InitiativeEditing editing, People people,
                     AuditTrail audit, Clock clock) {
        this.analyses = analyses;
        this.feedback = feedback;
        this.aggregates = aggregates;
        this.versions = versions;
        this.editing = editing;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** An equality analysis page: the version asked for (else the latest, or none yet), every version, feedback. */
    public record View(Initiative initiative, EqualityAnalysis shown, List<EqualityAnalysis> history,
                       List<StaffAssociationFeedback> feedback, String sroName, boolean mayEdit, boolean maySignOff,
                       LocalDate today) {

        public EqualityAnalysis latest() {
            return history.isEmpty() ? null : history.getFirst();
        }
    }

    /** A save, sign-off or feedback: what to tell the person, or the errors to show with the input kept. */
    public record Outcome(String notice, FormErrors errors) {
    }

    /** The page for a version; {@code version} blank for the latest. An unknown version is not found. */
    @Transactional
    public View view(Subject subject, UUID initiativeId, String version) {
        Initiative initiative = editing.open(subject, initiativeId);
        List<EqualityAnalysis> history = analyses.findByInitiativeIdOrderByVersionDesc(initiativeId);
        EqualityAnalysis shown = VersionNumbers.pick(history, EqualityAnalysis::version, version, initiativeId, RECORD_TYPE);
        boolean mayEdit = editing.mayEdit(subject, initiative);
        return new View(initiative, shown, history,
                feedback.findByInitiativeIdOrderByReceivedOnDescRecordedAtDesc(initiativeId), sroName(initiative),
                mayEdit, initiative.sroId() != null && initiative.sroId().equals(subject.personId()), today());
    }

    @Transactional(readOnly = true)
    public View forEditing(Subject subject, UUID initiativeId) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        EqualityAnalysis latest = analyses.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).orElse(null);
        return new View(initiative, latest, latest == null ? List.of() : List.of(latest), List.of(),
                sroName(initiative), true, false, today());
    }

    @Transactional
    public Outcome save(Subject subject, UUID initiativeId, EqualityAnalysisForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        EqualityAnalysis latest = lockedLatest(initiativeId);
        FormErrors errors = new FormErrors();
        EqualityAnalysisForm.Content content = form.validate(latest, errors);
        if (content == null) {
            return new Outcome(null, errors);
        }
        staleCheck(initiativeId, form.basedOnVersion(), latest);
        EqualityAnalysis next = new EqualityAnalysis(UUID.randomUUID(), initiative.forceId(), initiativeId,
                latest == null ? 1 : latest.version() + 1, content.status(), content.eliminateDiscrimination(),
                content.advanceEquality(), content.fosterGoodRelations(), content.impacts(), null, null, null, null,
                subject.displayName(), clock.instant());
        List<FieldChange> changes = describe(latest, next);
        // Saving a signed-off analysis unchanged keeps its sign-off: only a real change starts a new version.
        if (latest != null && changes.stream().filter(FieldChange::changed)
                .allMatch(change -> latest.signedOff() && SIGN_OFF_FIELDS.contains(change.field()))) {
            return new Outcome("There were no changes to save", errors);
        }
        aggregates.insert(next);
        String summary = "Saved version " + next.version() + " of the equality analysis for " + initiative.reference()
                + " (" + next.status().label().toLowerCase(java.util.Locale.ROOT) + ")"
                + (latest != null && latest.signedOff() ? "; the sign-off of version " + latest.version()
                + " no longer applies" : "");
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, latest == null ? Operation.COLLECTION : Operation.ALTERATION,
                summary).withChanges(changes).inForce(subject.forceCode()));
        return new Outcome("Version " + next.version() + " of the equality analysis saved"
                + (latest != null && latest.signedOff() ? ". It needs the SRO's sign-off again" : ""), errors);
    }

    @Transactional
    public Outcome signOff(Subject subject, UUID initiativeId, SignOffForm form) {
        // The SRO signs off whatever their roles; EqualityRules refuses anyone else.
        Initiative initiative = editing.open(subject, initiativeId);
        EqualityAnalysis latest = lockedLatest(initiativeId);
        FormErrors errors = new FormErrors();
        LocalDate due = EqualityRules.signOff(latest, initiative.sroId(), subject.personId(), sroName(initiative),
                form.reviewDue(), today(), errors);
        if (due == null) {
            return new Outcome(null, errors);
        }
        staleCheck(initiativeId, form.signedVersion(), latest);
        EqualityAnalysis signed = latest.signOff(subject.personId(), subject.displayName(), due, subject.displayName(),
                clock.instant());
        aggregates.insert(signed);
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, Operation.ALTERATION, "Signed off the equality analysis for "
                        + initiative.reference() + " as version " + signed.version() + ", due for review " + due)
                .withChanges(describe(latest, signed)).inForce(subject.forceCode()));
        return new Outcome("Equality analysis signed off as version " + signed.version(), errors);
    }

    @Transactional
    public Outcome recordFeedback(Subject subject, UUID initiativeId, FeedbackForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        FormErrors errors = new FormErrors();
        EqualityAnalysis latest = analyses.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).orElse(null);
        if (latest == null) {
            return new Outcome(null, errors.reject("staff-associations", "Save the equality analysis before recording "
                    + "feedback on it"));
        }
        FeedbackForm.Content content = form.validate(today(), errors);
        if (errors.any()) {
            return new Outcome(null, errors);
        }
        StaffAssociationFeedback entry = new StaffAssociationFeedback(UUID.randomUUID(), initiative.forceId(),
                initiativeId, latest.version(), content.association(), content.receivedOn(), content.feedback(),
                subject.displayName(), clock.instant());
        aggregates.insert(entry);
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, Operation.COLLECTION, "Recorded feedback from the "
                        + content.association() + " on version " + latest.version() + " of the equality analysis for "
                        + initiative.reference())
                .withChanges(List.of(new FieldChange("Staff association", null, content.association()),
                        new FieldChange("Received", null, content.receivedOn().toString()),
                        new FieldChange("Feedback", null, content.feedback())))
                .inForce(subject.forceCode()));
        return new Outcome("Feedback from the " + content.association() + " recorded", errors);
    }

    /** The latest version as other modules see it; read without a person, inside their own checks. */
    @Transactional(readOnly = true)
    public Optional<EqualityAnalysisSummary> summary(UUID initiativeId) {
        return analyses.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).map(latest -> new EqualityAnalysisSummary(
                initiativeId, latest.version(), latest.status(), latest.reviewDue(),
                latest.rated(ImpactRating.NEGATIVE).size(), latest.rated(ImpactRating.UNKNOWN).size(),
                feedback.countByInitiativeId(initiativeId)));
    }

    /** The latest version, once any other save of this analysis has finished; null when there is none. */
    private EqualityAnalysis lockedLatest(UUID initiativeId) {
        versions.lock(RECORD_TYPE, initiativeId);
        return analyses.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).orElse(null);
    }

    private void staleCheck(UUID initiativeId, int basedOn, EqualityAnalysis latest) {
        int current = latest == null ? 0 : latest.version();
        if (basedOn != current) {
            EqualityAnalysis opened = analyses.findByInitiativeIdAndVersion(initiativeId, basedOn).orElse(null);
            throw audit.conflictOn(RECORD_TYPE, initiativeId.toString(), describe(opened, latest),
                    latest == null ? clock.instant() : latest.savedAt());
        }
    }

    private String sroName(Initiative initiative) {
        return initiative.sroId() == null ? null
                : people.find(initiative.sroId()).map(PersonSummary::displayName).orElse("the named SRO");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Field by field, what changed from one version to another; either may be null. */
    static List<FieldChange> describe(EqualityAnalysis before, EqualityAnalysis after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(change("Status", before, after, a -> a.status().label()));
        changes.add(change("Eliminate discrimination, harassment and victimisation", before, after,
                EqualityAnalysis::eliminateDiscrimination));
        changes.add(change("Advance equality of opportunity", before, after, EqualityAnalysis::advanceEquality));
        changes.add(change("Foster good relations", before, after, EqualityAnalysis::fosterGoodRelations));
        for (ProtectedCharacteristic characteristic : ProtectedCharacteristic.values()) {
            changes.add(change(characteristic.label(), before, after, a -> impact(a.impactOn(characteristic))));
        }
        changes.add(change("Review due", before, after, a -> a.reviewDue() == null ? null : a.reviewDue().toString()));
        changes.add(change("Signed off by", before, after, EqualityAnalysis::signedOffBy));
        return changes;
    }

    private static String impact(EqualityAnalysis.Impact impact) {
        return impact.rating().label() + (impact.evidence() == null ? "" : ". Evidence: " + impact.evidence())
                + (impact.mitigation() == null ? "" : ". Mitigation: " + impact.mitigation());
    }

    private static FieldChange change(String field, EqualityAnalysis before, EqualityAnalysis after,
                                      java.util.function.Function<EqualityAnalysis, String> value) {
        return new FieldChange(field, before == null ? null : value.apply(before), after == null ? null : value.apply(after));
    }
}
