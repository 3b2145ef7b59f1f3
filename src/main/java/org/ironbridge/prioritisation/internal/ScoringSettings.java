package org.ironbridge.prioritisation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A force's weighted scoring matrix (criteria and whole-percentage weights adding up to exactly 100%) and its
 * disagreement thresholds. A force without any gets the defaults the first time they are needed.
 */
@Service
public class ScoringSettings {

    static final String RECORD_TYPE = "ScoringSettings";

    /** The criteria the seeds name, weighted towards the public and the officers' time. */
    public static final List<Criterion> DEFAULT_CRITERIA = List.of(
            new Criterion("Public benefit", 25),
            new Criterion("Officer time released", 20),
            new Criterion("Cost saving", 15),
            new Criterion("Risk reduction", 15),
            new Criterion("Strategic fit with the Police and Crime Plan", 15),
            new Criterion("Deliverability", 10));

    public record Criterion(String name, int weight) {
        @Override
        public String toString() {
            return name + " " + weight + "%";
        }
    }

    public record Settings(UUID forceId, List<Criterion> criteria, Thresholds thresholds, Instant updatedAt, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Clock clock;

    ScoringSettings(JdbcClient jdbc, AuditTrail audit, AccessPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** The force's settings, created with the defaults if it has none yet. */
    @Transactional
    public Settings of(UUID forceId) {
        int created = jdbc.sql("insert into prioritisation_setting (force_id, matrix_points, ice_points, rice_percent, "
                        + "wsjf_percent, moscow_steps, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0) "
                        + "on conflict (force_id) do nothing")
                .params(forceId, Thresholds.DEFAULTS.matrixPoints(), Thresholds.DEFAULTS.icePoints(),
                        Thresholds.DEFAULTS.ricePercent(), Thresholds.DEFAULTS.wsjfPercent(),
                        Thresholds.DEFAULTS.moscowSteps(), Timestamp.from(clock.instant())).update();
        if (created == 1) {
            insertCriteria(forceId, DEFAULT_CRITERIA);
        }
        return read(forceId);
    }

    /** Saves new settings made by an administrator, at the version their form was opened. */
    @Transactional
    public void save(Subject subject, List<Criterion> criteria, Thresholds thresholds, Integer openedVersion) {
        if (!policy.permits(subject, Permission.CONFIGURE_IDEAS)) {
            throw new AccessDeniedException("Only an administrator configures the scoring");
        }
        Settings before = of(subject.forceId());
        List<FieldChange> changes = changes(before.criteria(), before.thresholds(), criteria, thresholds);
        if (!Objects.equals(openedVersion, before.version())) {
            throw audit.conflictOn(RECORD_TYPE, subject.forceId().toString(), changes, before.updatedAt());
        }
        if (changes.isEmpty()) {
            return;
        }
        int rows = jdbc.sql("update prioritisation_setting set matrix_points = ?, ice_points = ?, rice_percent = ?, "
                        + "wsjf_percent = ?, moscow_steps = ?, updated_at = ?, version = version + 1 "
                        + "where force_id = ? and version = ?")
                .params(thresholds.matrixPoints(), thresholds.icePoints(), thresholds.ricePercent(),
                        thresholds.wsjfPercent(), thresholds.moscowSteps(), Timestamp.from(clock.instant()),
                        subject.forceId(), before.version()).update();
        if (rows != 1) {
            throw audit.conflictOn(RECORD_TYPE, subject.forceId().toString(), changes, clock.instant());
        }
        jdbc.sql("delete from scoring_criterion where force_id = ?").param(subject.forceId()).update();
        insertCriteria(subject.forceId(), criteria);
        audit.record(AuditEntry.of(RECORD_TYPE, subject.forceId(), Operation.ALTERATION,
                "Changed the scoring criteria, weights and disagreement thresholds").withChanges(changes)
                .inForce(subject.forceCode()));
    }

    /** Checks criteria typed into the settings form: names, whole weights from 1 to 100 that add up to 100. */
    public static void check(List<Criterion> criteria, FormErrors errors, String totalField) {
        if (criteria.isEmpty()) {
            errors.reject(totalField, "Enter at least one criterion with its weight");
            return;
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != 100) {
            errors.reject(totalField, "The weights add up to " + total + "%. They must add up to exactly 100%");
        }
        long distinct = criteria.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        if (distinct != criteria.size()) {
            errors.reject(totalField, "Give each criterion a different name");
        }
    }

    private Settings read(UUID forceId) {
        List<Criterion> criteria = jdbc.sql("select name, weight from scoring_criterion where force_id = ? order by position")
                .param(forceId).query((rs, n) -> new Criterion(rs.getString("name"), rs.getInt("weight"))).list();
        return jdbc.sql("select * from prioritisation_setting where force_id = ?").param(forceId)
                .query((rs, n) -> new Settings(forceId, criteria, new Thresholds(rs.getInt("matrix_points"),
                        rs.getInt("ice_points"), rs.getInt("rice_percent"), rs.getInt("wsjf_percent"),
                        rs.getInt("moscow_steps")), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .single();
    }

    private void insertCriteria(UUID forceId, List<Criterion> criteria) {
        int position = 0;
        for (Criterion criterion : criteria) {
            try {
                jdbc.sql("insert into scoring_criterion (force_id, position, name, weight) values (?, ?, ?, ?)")
                        .params(forceId, position++, criterion.name(), criterion.weight()).update();
            } catch (DuplicateKeyException impossible) {
                throw new IllegalStateException("criteria written twice for force " + forceId, impossible);
            }
        }
    }

    private static List<FieldChange> changes(List<Criterion> criteriaBefore, Thresholds before, List<Criterion> criteria,
                                             Thresholds after) {
        return List.of(
                        new FieldChange("Criteria and weights", join(criteriaBefore), join(criteria)),
                        new FieldChange("Matrix disagreement (percentage points)", "" + before.matrixPoints(), "" + after.matrixPoints()),
                        new FieldChange("ICE disagreement (points)", "" + before.icePoints(), "" + after.icePoints()),
                        new FieldChange("RICE disagreement (% of the mean)", "" + before.ricePercent(), "" + after.ricePercent()),
                        new FieldChange("WSJF disagreement (% of the mean)", "" + before.wsjfPercent(), "" + after.wsjfPercent()),
                        new FieldChange("MoSCoW disagreement (steps)", "" + before.moscowSteps(), "" + after.moscowSteps()))
                .stream().filter(FieldChange::changed).toList();
    }

    private static String join(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::toString).collect(Collectors.joining(", "));
    }
}
