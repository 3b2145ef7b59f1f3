package org.ironbridge.assurance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal assessment on the force's five criteria and the four design principles: each rated with its
 * evidence by a named assessor. A rules-based robot takes the light assessment: the five criteria only.
 */
@Component
public class SystemAssessment implements AssuranceStep {

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    SystemAssessment(JdbcClient jdbc, AiSystems systems, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    public record Entry(AssessmentCriterion criterion, Rating rating, String evidence, UUID assessorId, String assessor,
                        Instant assessedAt) {

        /** What the form sends back to show which rating it was opened on. */
        public String stamp() {
            return String.valueOf(assessedAt.toEpochMilli());
        }
    }

    public Map<AssessmentCriterion, Entry> ratings(UUID systemId) {
        return jdbc.sql("""
                select r.criterion, r.rating, r.evidence, r.assessor_id, p.display_name, r.assessed_at
                from ai_assessment_rating r join person p on p.id = r.assessor_id where r.system_id = ?
                """).param(systemId).query((rs, n) -> new Entry(AssessmentCriterion.valueOf(rs.getString(1)),
                Rating.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getTimestamp(6).toInstant())).list().stream()
                .collect(Collectors.toMap(Entry::criterion, e -> e, (a, b) -> a, () -> new java.util.EnumMap<>(AssessmentCriterion.class)));
    }

    /** The criteria this system must be rated on. */
    public static List<AssessmentCriterion> required(AiSystem system) {
        return system.type().rulesBased() ? AssessmentCriterion.of(AssessmentCriterion.Group.FORMAL)
                : List.of(AssessmentCriterion.values());
    }

    /**
     * Records the ratings given in the form. A criterion left with neither rating nor evidence is left as it was;
     * one changed by someone else since the form was opened is refused with the whole form.
     */
    @Transactional
    public FormErrors rate(Subject subject, UUID systemId, Map<String, String> form) {
        AiSystem system = systems.forRecording(subject, systemId);
        Map<AssessmentCriterion, Entry> current = ratings(systemId);
        FormErrors errors = new FormErrors();
        List<Entry> given = new ArrayList<>();
        for (AssessmentCriterion criterion : AssessmentCriterion.values()) {
            String field = criterion.name();
            String ratingText = form.get("rating" + field);
            String evidence = FormText.optional(form.get("evidence" + field), 4000, "evidence" + field,
                    "Evidence for " + criterion.label().toLowerCase(java.util.Locale.ROOT), errors);
            if (FormText.clean(ratingText) == null && evidence == null) {
                continue;
            }
            Rating rating = FormText.choice(Rating.class, ratingText);
            if (rating == null) {
                errors.reject("rating" + field, "Select a rating for " + criterion.label().toLowerCase(java.util.Locale.ROOT));
            }
            if (evidence == null && !errors.has("evidence" + field)) {
                errors.reject("evidence" + field, "Enter the evidence for the " + criterion.label().toLowerCase(java.util.Locale.ROOT)
                        + " rating");
            }
            if (rating != null && evidence != null) {
                given.add(new Entry(criterion, rating, evidence, subject.personId(), subject.displayName(), null));
            }
        }
        if (errors.any()) {
            return errors;
        }
        List<FieldChange> changes = new ArrayList<>();
        for (Entry entry : given) {
            Entry before = current.get(entry.criterion());
            String stamp = FormText.clean(form.get("stamp" + entry.criterion().name()));
            if (!Objects.equals(stamp, before == null ? null : before.stamp())) {
                throw audit.conflictOn(AiSystems.RECORD_TYPE, systemId.toString(), List.of(new FieldChange(
                        entry.criterion().label(), before == null ? null : before.rating().label() + ": " + before.evidence(),
                        entry.rating().label() + ": " + entry.evidence())), before == null ? system.updatedAt() : before.assessedAt());
            }
            if (before != null && before.rating() == entry.rating() && before.evidence().equals(entry.evidence())) {
                continue;
            }
            jdbc.sql("""
                    insert into ai_assessment_rating (system_id, criterion, rating, evidence, assessor_id, assessed_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (system_id, criterion) do update set rating = excluded.rating, evidence = excluded.evidence,
                        assessor_id = excluded.assessor_id, assessed_at = excluded.assessed_at
                    """).params(systemId, entry.criterion().name(), entry.rating().name(), entry.evidence(), subject.personId(),
                    Timestamp.from(clock.instant())).update();
            changes.add(new FieldChange(entry.criterion().label(), before == null ? null
                    : before.rating().label() + ": " + before.evidence(), entry.rating().label() + ": " + entry.evidence()));
        }
        if (!changes.isEmpty()) {
            audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, systemId, Operation.ALTERATION, "Assessed AI system "
                    + system.reference() + " on " + changes.size() + " criteria").withChanges(changes).inForce(subject.forceCode()));
        }
        return errors;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "Formal assessment";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/assessment";
        Map<AssessmentCriterion, Entry> ratings = ratings(system.id());
        List<AssessmentCriterion> required = required(system);
        long formal = AssessmentCriterion.of(AssessmentCriterion.Group.FORMAL).stream().filter(ratings::containsKey).count();
        long design = AssessmentCriterion.of(AssessmentCriterion.Group.DESIGN).stream().filter(ratings::containsKey).count();
        String counted = formal + " of 5 criteria" + (system.type().rulesBased() && design == 0
                ? " rated (light assessment: rules-based, design principles not required)"
                : " and " + design + " of 4 design principles rated");
        String unacceptable = ratings.values().stream().filter(e -> e.rating() == Rating.UNACCEPTABLE)
                .map(e -> e.criterion().label()).collect(Collectors.joining(", "));
        String weak = ratings.values().stream().filter(e -> e.rating() == Rating.WEAK)
                .map(e -> e.criterion().label()).collect(Collectors.joining(", "));
        String concerns = (unacceptable.isEmpty() ? "" : "; unacceptable: " + unacceptable)
                + (weak.isEmpty() ? "" : "; weak: " + weak);
        if (ratings.isEmpty()) {
            return Progress.notStarted(href, "Rate security, credibility, reliability, usability and business benefit"
                    + (system.type().rulesBased() ? "" : ", and the four design principles"));
        }
        if (!ratings.keySet().containsAll(required)) {
            return Progress.inProgress(href, "In progress", counted + concerns);
        }
        if (!unacceptable.isEmpty()) {
            return new Progress(href, "Unacceptable", "red", true, counted + concerns);
        }
        return Progress.done(href, "Complete", counted + (concerns.isEmpty() ? "; none weak or unacceptable" : concerns));
    }
}
