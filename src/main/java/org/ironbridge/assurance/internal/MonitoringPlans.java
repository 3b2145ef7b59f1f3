package org.ironbridge.assurance.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-deployment monitoring plans (seed 000, 2.4.2.5: "regular review of system outcomes"): the metrics a
 * system's outcomes are reviewed against, how often, and by whom. The next due date is computed, never typed:
 * from the first review date, and moved on by each review held.
 */
@Component
public class MonitoringPlans {

    public static final String RECORD_TYPE = "AI monitoring plan";

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringPlans(JdbcClient jdbc, AiSystems systems, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(MonitoringPlan plan, FormErrors errors) {
    }

    public Optional<MonitoringPlan> of(UUID systemId) {
        return jdbc.sql("select * from ai_monitoring_plan where system_id = ?").param(systemId)
                .query(MonitoringPlans::map).optional().map(this::complete);
    }

    /** Every plan of the force, for the review calendar. */
    public List<MonitoringPlan> inForce(UUID forceId) {
        return jdbc.sql("""
                select p.* from ai_monitoring_plan p join ai_system s on s.id = p.system_id where s.force_id = ?
                order by p.next_due_on
                """).param(forceId).query(MonitoringPlans::map).list().stream().map(this::complete).toList();
    }

    /** The people of the force who may own a system's reviews. */
    public List<PersonSummary> owners(UUID forceId) {
        return systems.owners(forceId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(AiSystems.LONDON));
    }

    @Transactional
    public Result save(Subject subject, UUID systemId, MonitoringPlanForm form) {
        AiSystem system = systems.forRecording(subject, systemId);
        MonitoringPlan before = of(systemId).orElse(null);
        FormErrors errors = new FormErrors();
        if (system.status() == AiSystemStatus.DECOMMISSIONED) {
            errors.reject("frequency", "This system has been decommissioned: it is no longer monitored");
            return new Result(null, errors);
        }
        ReviewFrequency frequency = FormText.choice(ReviewFrequency.class, form.getFrequency());
        if (frequency == null) {
            errors.reject("frequency", "Select how often the system is reviewed");
        }
        UUID owner = FormText.uuid(form.getOwnerId());
        if (owner == null || owners(subject.forceId()).stream().noneMatch(p -> p.id().equals(owner))) {
            errors.reject("ownerId", "Select the person who owns the reviews");
        }
        LocalDate first = FormText.optionalDate("firstReview", "First review date", form.getFirstReviewDay(),
                form.getFirstReviewMonth(), form.getFirstReviewYear(), errors);
        if (first == null && !errors.has("firstReview")) {
            errors.reject("firstReview", "Enter the date of the first review");
        }
        List<Measure> metrics = Measure.check(form.getMetrics(), "metric", "Metric", false, false, errors);
        if (metrics.isEmpty() && errors.summary().stream().noneMatch(e -> e.get("href").toString().startsWith("#metric-"))) {
            errors.reject("metric-0-name", "Enter at least one metric and its threshold");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        MonitoringPlan after = new MonitoringPlan(systemId, frequency, owner, name(owner), first,
                frequency.nextAfter(first, lastCovered(systemId)), before == null ? 0 : before.version() + 1, metrics, null);
        List<FieldChange> changes = changes(before, after);
        if (before != null && !Objects.equals(form.getVersion(), before.version())) {
            throw audit.conflictOn(RECORD_TYPE, systemId.toString(), changes, before.updatedAt());
        }
        if (before != null && changes.stream().noneMatch(FieldChange::changed)) {
            return new Result(before, errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (before == null) {
            jdbc.sql("""
                    insert into ai_monitoring_plan (system_id, frequency, owner_id, first_review_on, next_due_on, version,
                        created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)
                    """).params(systemId, frequency.name(), owner, Date.valueOf(first), Date.valueOf(after.nextDueOn()),
                    subject.username(), now, now).update();
        } else {
            int updated = jdbc.sql("""
                    update ai_monitoring_plan set frequency = ?, owner_id = ?, first_review_on = ?, next_due_on = ?,
                        version = version + 1, updated_at = ? where system_id = ? and version = ?
                    """).params(frequency.name(), owner, Date.valueOf(first), Date.valueOf(after.nextDueOn()), now, systemId,
                    before.version()).update();
            if (updated == 0) {
                throw audit.conflictOn(RECORD_TYPE, systemId.toString(), changes, before.updatedAt());
            }
            jdbc.sql("delete from ai_monitoring_metric where system_id = ?").param(systemId).update();
        }
        insertMetrics(systemId, metrics);
        audit.record(AuditEntry.of(RECORD_TYPE, systemId, before == null ? Operation.COLLECTION : Operation.ALTERATION,
                        (before == null ? "Set up the monitoring plan of AI system " : "Changed the monitoring plan of AI system ")
                                + system.reference() + "; next review due " + Validation.DAY.format(after.nextDueOn()))
                .withChanges(changes).inForce(subject.forceCode()));
        return new Result(of(systemId).orElseThrow(), errors);
    }

    void insertMetrics(UUID systemId, List<Measure> metrics) {
        for (int i = 0; i < metrics.size(); i++) {
            Measure m = metrics.get(i);
            jdbc.sql("""
                    insert into ai_monitoring_metric (system_id, position, name, direction, threshold, unit)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(systemId, i, m.name(), m.direction().name(), m.threshold(), m.unit()).update();
        }
    }

    /** The latest day a review held has answered for: its due date, or the day it was held when later. */
    LocalDate lastCovered(UUID systemId) {
        return jdbc.sql("select max(greatest(due_on, reviewed_on)) from ai_monitoring_review where system_id = ?")
                .param(systemId).query((rs, n) -> {
                    Date date = rs.getDate(1);
                    return date == null ? null : date.toLocalDate();
                }).optional().orElse(null);
    }

    private MonitoringPlan complete(MonitoringPlan plan) {
        List<Measure> metrics = jdbc.sql("""
                select null::text as characteristic, null::text as group_name, name as measure, null::numeric as value,
                    direction, threshold, unit from ai_monitoring_metric where system_id = ? order by position
                """).param(plan.systemId()).query((rs, n) -> Validations.measure(rs)).list();
        return new MonitoringPlan(plan.systemId(), plan.frequency(), plan.ownerId(), name(plan.ownerId()),
                plan.firstReviewOn(), plan.nextDueOn(), plan.version(), metrics, plan.updatedAt());
    }

    private String name(UUID person) {
        return people.find(person).map(PersonSummary::displayName).orElse("Unknown");
    }

    private static List<FieldChange> changes(MonitoringPlan before, MonitoringPlan after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Review frequency", before == null ? null : before.frequency().label(),
                after.frequency().label()));
        changes.add(new FieldChange("Owner", before == null ? null : before.ownerName(), after.ownerName()));
        changes.add(new FieldChange("First review", before == null ? null : Validation.DAY.format(before.firstReviewOn()),
                Validation.DAY.format(after.firstReviewOn())));
        changes.add(new FieldChange("Next review due", before == null ? null : Validation.DAY.format(before.nextDueOn()),
                Validation.DAY.format(after.nextDueOn())));
        changes.add(new FieldChange("Metrics", before == null ? null : metrics(before.metrics()), metrics(after.metrics())));
        return changes;
    }

    private static String metrics(List<Measure> metrics) {
        return metrics.stream().map(m -> m.name() + " " + m.thresholdText()).collect(Collectors.joining("; "));
    }

    private static MonitoringPlan map(ResultSet rs, int row) throws SQLException {
        return new MonitoringPlan(rs.getObject("system_id", UUID.class), ReviewFrequency.valueOf(rs.getString("frequency")),
                rs.getObject("owner_id", UUID.class), null, rs.getDate("first_review_on").toLocalDate(),
                rs.getDate("next_due_on").toLocalDate(), rs.getInt("version"), List.of(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
