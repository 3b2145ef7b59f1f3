package org.ironbridge.assurance.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-deployment reviews. Each records what was observed against every metric of the plan; a value beyond its
 * threshold is a breach, which in the same transaction puts the system under review and announces
 * {@link MonitoringThresholdBreached} so that it is referred back to the Ethics Panel. The next due date moves on.
 */
@Component
public class MonitoringReviews {

    public static final String RECORD_TYPE = "AI monitoring review";

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final MonitoringPlans plans;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonitoringReviews(JdbcClient jdbc, AiSystems systems, MonitoringPlans plans, People people, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.plans = plans;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Result(MonitoringReview review, boolean movedUnderReview, FormErrors errors) {
    }

    /** Every review of the system, latest first. */
    public List<MonitoringReview> of(UUID systemId) {
        return jdbc.sql("select * from ai_monitoring_review where system_id = ? order by reviewed_on desc, recorded_at desc")
                .param(systemId).query(MonitoringReviews::map).list().stream().map(this::complete).toList();
    }

    public Optional<MonitoringReview> latest(UUID systemId) {
        return of(systemId).stream().findFirst();
    }

    @Transactional
    public Result record(Subject subject, UUID systemId, MonitoringReviewForm form) {
        AiSystem system = systems.forRecording(subject, systemId);
        FormErrors errors = new FormErrors();
        MonitoringPlan plan = plans.of(systemId).orElse(null);
        if (plan == null) {
            errors.reject("reviewedOn", "Set up the monitoring plan before recording a review");
            return new Result(null, false, errors);
        }
        if (!system.status().inService()) {
            errors.reject("reviewedOn", "Only a system that is approved or in use is reviewed; this one is "
                    + system.status().label().toLowerCase(java.util.Locale.ROOT));
            return new Result(null, false, errors);
        }
        LocalDate on = FormText.optionalDate("reviewedOn", "Date of the review", form.getReviewedOnDay(),
                form.getReviewedOnMonth(), form.getReviewedOnYear(), errors);
        if (on == null && !errors.has("reviewedOn")) {
            errors.reject("reviewedOn", "Enter the date of the review");
        } else if (on != null && on.isAfter(plans.today())) {
            errors.reject("reviewedOn", "Date of the review must be today or in the past");
        }
        List<Measure> observations = new ArrayList<>();
        for (int i = 0; i < plan.metrics().size(); i++) {
            Measure metric = plan.metrics().get(i);
            BigDecimal observed = Measure.number(form.observedAt(i), "observed-" + i, metric.name(), errors);
            if (observed != null) {
                observations.add(metric.withValue(observed));
            }
        }
        ReviewOutcome outcome = FormText.choice(ReviewOutcome.class, form.getOutcome());
        String notes = FormText.optional(form.getNotes(), 4000, "notes", "Notes", errors);
        List<Measure> breaches = observations.stream().filter(o -> !o.within()).toList();
        if (outcome == null) {
            errors.reject("outcome", "Select the outcome of the review");
        } else if (outcome == ReviewOutcome.CONTINUE && !breaches.isEmpty()) {
            errors.reject("outcome", breaches.getFirst().name() + " is beyond its threshold: select continue with "
                    + "actions, suspend use or refer to the Ethics Panel");
        } else if (outcome != ReviewOutcome.CONTINUE && notes == null && !errors.has("notes")) {
            errors.reject("notes", "Enter the notes: the actions agreed, or why use is suspended or referred");
        }
        if (errors.any()) {
            return new Result(null, false, errors);
        }
        if (!Objects.equals(form.getVersion(), plan.version())) {
            throw audit.conflictOn(MonitoringPlans.RECORD_TYPE, systemId.toString(),
                    List.of(new FieldChange("Next review due", null, Validation.DAY.format(plan.nextDueOn()))),
                    plan.updatedAt());
        }
        LocalDate next = plan.frequency().nextAfter(plan.firstReviewOn(),
                on.isAfter(plan.nextDueOn()) ? on : plan.nextDueOn());
        int updated = jdbc.sql("""
                update ai_monitoring_plan set next_due_on = ?, version = version + 1, updated_at = ?
                where system_id = ? and version = ?
                """).params(Date.valueOf(next), Timestamp.from(clock.instant()), systemId, plan.version()).update();
        if (updated == 0) {
            throw audit.conflictOn(MonitoringPlans.RECORD_TYPE, systemId.toString(), List.of(), plan.updatedAt());
        }
        UUID id = UUID.randomUUID();
        insert(id, systemId, plan.nextDueOn(), on, outcome, notes, subject.personId(), observations, subject.username());
        MonitoringReview review = of(systemId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Recorded the monitoring review of AI system "
                        + system.reference() + " held " + Validation.DAY.format(on) + ": " + outcome.label()
                        + (breaches.isEmpty() ? "" : "; " + breaches.size() + " threshold" + (breaches.size() == 1 ? "" : "s")
                        + " breached") + "; next review due " + Validation.DAY.format(next))
                .withChanges(changes(review)).inForce(subject.forceCode()));
        boolean moved = false;
        if (!breaches.isEmpty() || outcome.putsUnderReview()) {
            moved = systems.moveByDecision(systemId, AiSystemStatus.UNDER_REVIEW, reason(review), null,
                    subject.username(), subject.forceCode());
        }
        if (!breaches.isEmpty()) {
            events.publishEvent(new MonitoringThresholdBreached(systemId, id, join(breaches, Measure::name),
                    join(breaches, Measure::valueText), join(breaches, Measure::thresholdText), subject.username(),
                    subject.forceCode()));
        }
        return new Result(review, moved, errors);
    }

    /** Writes a review as it was held; the demo data uses it for the reviews of the past. */
    void insert(UUID id, UUID systemId, LocalDate due, LocalDate on, ReviewOutcome outcome, String notes, UUID reviewer,
                List<Measure> observations, String recordedBy) {
        boolean breached = observations.stream().anyMatch(o -> !o.within());
        jdbc.sql("""
                insert into ai_monitoring_review (id, system_id, due_on, reviewed_on, outcome, notes, breached, reviewer_id,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, systemId, Date.valueOf(due), Date.valueOf(on), outcome.name(), notes, breached, reviewer,
                recordedBy, Timestamp.from(recordedBy.startsWith("system:") ? on.atTime(15, 0).atZone(AiSystems.LONDON)
                        .toInstant() : clock.instant())).update();
        for (int i = 0; i < observations.size(); i++) {
            Measure o = observations.get(i);
            jdbc.sql("""
                    insert into ai_monitoring_observation (review_id, position, metric, direction, threshold, unit, observed,
                        within) values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, i, o.name(), o.direction().name(), o.threshold(), o.unit(), o.value(), o.within()).update();
        }
    }

    private static String reason(MonitoringReview review) {
        String when = "Monitoring review of " + Validation.DAY.format(review.reviewedOn());
        if (review.breaches().isEmpty()) {
            return when + ": " + review.outcome().label().toLowerCase(java.util.Locale.ROOT);
        }
        return when + ": " + review.breaches().stream().map(b -> b.name() + " " + b.valueText() + " against a threshold of "
                + b.thresholdText()).collect(Collectors.joining("; "));
    }

    private static String join(List<Measure> measures, java.util.function.Function<Measure, String> part) {
        return measures.stream().map(part).collect(Collectors.joining("; "));
    }

    private static List<FieldChange> changes(MonitoringReview review) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Due", null, Validation.DAY.format(review.dueOn())));
        changes.add(new FieldChange("Held", null, Validation.DAY.format(review.reviewedOn())));
        for (Measure o : review.observations()) {
            changes.add(new FieldChange(o.name(), null, o.valueText() + " (" + o.thresholdText() + "): "
                    + (o.within() ? "within" : "beyond") + " threshold"));
        }
        changes.add(new FieldChange("Outcome", null, review.outcome().label()));
        changes.add(new FieldChange("Notes", null, review.notes()));
        return changes;
    }

    private MonitoringReview complete(MonitoringReview review) {
        List<Measure> observations = jdbc.sql("""
                select null::text as characteristic, null::text as group_name, metric as measure, observed as value,
                    direction, threshold, unit from ai_monitoring_observation where review_id = ? order by position
                """).param(review.id()).query((rs, n) -> Validations.measure(rs)).list();
        String reviewer = review.reviewerId() == null ? "Not recorded"
                : people.find(review.reviewerId()).map(PersonSummary::displayName).orElse("Unknown");
        return new MonitoringReview(review.id(), review.systemId(), review.dueOn(), review.reviewedOn(), review.outcome(),
                review.notes(), review.breached(), review.reviewerId(), reviewer, observations, review.recordedBy(), review.recordedAt());
    }

    private static MonitoringReview map(ResultSet rs, int row) throws SQLException {
        return new MonitoringReview(rs.getObject("id", UUID.class), rs.getObject("system_id", UUID.class),
                rs.getDate("due_on").toLocalDate(), rs.getDate("reviewed_on").toLocalDate(),
                ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"), rs.getBoolean("breached"),
                rs.getObject("reviewer_id", UUID.class), null, List.of(), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
