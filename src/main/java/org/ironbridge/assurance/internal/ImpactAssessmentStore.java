package org.ironbridge.assurance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The impact assessment's tables: the assessment, and its fairness, explanation and ALGO-CARE rows. */
@Component
class ImpactAssessmentStore {

    private final JdbcClient jdbc;

    ImpactAssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> idOf(UUID systemId) {
        return jdbc.sql("select id from impact_assessment where system_id = ?").param(systemId).query(UUID.class).optional();
    }

    Optional<ImpactAssessment> find(UUID systemId) {
        return jdbc.sql("select * from impact_assessment where system_id = ?").param(systemId)
                .query(ImpactAssessmentStore::map).optional().map(this::withChildren);
    }

    void insert(UUID id, ImpactAssessment a, String by, Instant at) {
        jdbc.sql("""
                insert into impact_assessment (id, system_id, status, light, affected_groups, automation_level,
                    human_oversight, challenge, accuracy, false_positives, false_positive_cost, false_negatives,
                    false_negative_cost, explainability_limits, version, created_by, created_at, updated_by, updated_at)
                values (:id, :system, 'DRAFT', :light, :affected, :level, :oversight, :challenge, :accuracy, :fp, :fpCost,
                    :fn, :fnCost, :limits, 0, :by, :at, :by, :at)
                """).paramSource(params(a).addValue("id", id).addValue("system", a.systemId()).addValue("by", by)
                .addValue("at", Timestamp.from(at))).update();
        children(id, a);
    }

    /** Saves the new content at the version it was read; false when someone else saved first. */
    boolean update(ImpactAssessment existing, ImpactAssessment a, String by, Instant at) {
        int updated = jdbc.sql("""
                update impact_assessment set status = 'DRAFT', light = :light, affected_groups = :affected,
                    automation_level = :level, human_oversight = :oversight, challenge = :challenge, accuracy = :accuracy,
                    false_positives = :fp, false_positive_cost = :fpCost, false_negatives = :fn, false_negative_cost = :fnCost,
                    explainability_limits = :limits, completed_by = null, completed_at = null, version = version + 1,
                    updated_by = :by, updated_at = :at
                where id = :id and version = :version
                """).paramSource(params(a).addValue("id", existing.id()).addValue("version", existing.version())
                .addValue("by", by).addValue("at", Timestamp.from(at))).update();
        if (updated == 0) {
            return false;
        }
        for (String table : new String[] {"impact_assessment_fairness", "impact_assessment_explanation",
                "impact_assessment_algo_care"}) {
            jdbc.sql("delete from " + table + " where assessment_id = ?").param(existing.id()).update();
        }
        children(existing.id(), a);
        return true;
    }

    boolean markComplete(ImpactAssessment existing, String by, Instant at) {
        return jdbc.sql("""
                update impact_assessment set status = 'COMPLETE', completed_by = :by, completed_at = :at,
                    version = version + 1, updated_by = :by, updated_at = :at
                where id = :id and version = :version
                """).param("by", by).param("at", Timestamp.from(at)).param("id", existing.id())
                .param("version", existing.version()).update() == 1;
    }

    private void children(UUID id, ImpactAssessment a) {
        a.fairness().forEach((c, f) -> jdbc.sql("""
                insert into impact_assessment_fairness (assessment_id, characteristic, impact, evidence) values (?, ?, ?, ?)
                """).params(id, c.name(), f.impact() == null ? null : f.impact().name(), f.evidence()).update());
        a.explanations().forEach((type, how) -> jdbc.sql("""
                insert into impact_assessment_explanation (assessment_id, explanation_type, how) values (?, ?, ?)
                """).params(id, type.name(), how).update());
        a.algoCare().forEach((item, r) -> jdbc.sql("""
                insert into impact_assessment_algo_care (assessment_id, item, rating, evidence) values (?, ?, ?, ?)
                """).params(id, item.name(), r.rating() == null ? null : r.rating().name(), r.evidence()).update());
    }

    private static MapSqlParameterSource params(ImpactAssessment a) {
        return new MapSqlParameterSource().addValue("light", a.light()).addValue("affected", a.affectedGroups())
                .addValue("level", a.automationLevel() == null ? null : a.automationLevel().level())
                .addValue("oversight", a.humanOversight()).addValue("challenge", a.challenge())
                .addValue("accuracy", a.accuracy()).addValue("fp", a.falsePositives())
                .addValue("fpCost", a.falsePositiveCost()).addValue("fn", a.falseNegatives())
                .addValue("fnCost", a.falseNegativeCost()).addValue("limits", a.explainabilityLimits());
    }

    private ImpactAssessment withChildren(ImpactAssessment a) {
        Map<ProtectedCharacteristic, ImpactAssessment.Fairness> fairness = new EnumMap<>(ProtectedCharacteristic.class);
        jdbc.sql("select characteristic, impact, evidence from impact_assessment_fairness where assessment_id = ?")
                .param(a.id()).query((r, n) -> fairness.put(ProtectedCharacteristic.valueOf(r.getString(1)),
                        new ImpactAssessment.Fairness(r.getString(2) == null ? null : ExpectedImpact.valueOf(r.getString(2)),
                                r.getString(3)))).list();
        Map<ExplanationType, String> explanations = new EnumMap<>(ExplanationType.class);
        jdbc.sql("select explanation_type, how from impact_assessment_explanation where assessment_id = ?").param(a.id())
                .query((r, n) -> explanations.put(ExplanationType.valueOf(r.getString(1)), r.getString(2))).list();
        Map<AlgoCareItem, ImpactAssessment.AlgoCare> algoCare = new EnumMap<>(AlgoCareItem.class);
        jdbc.sql("select item, rating, evidence from impact_assessment_algo_care where assessment_id = ?").param(a.id())
                .query((r, n) -> algoCare.put(AlgoCareItem.valueOf(r.getString(1)), new ImpactAssessment.AlgoCare(
                        r.getString(2) == null ? null : Conformity.valueOf(r.getString(2)), r.getString(3)))).list();
        return new ImpactAssessment(a.id(), a.systemId(), a.complete(), a.light(), a.affectedGroups(), a.automationLevel(),
                a.humanOversight(), a.challenge(), a.accuracy(), a.falsePositives(), a.falsePositiveCost(),
                a.falseNegatives(), a.falseNegativeCost(), a.explainabilityLimits(), fairness, explanations, algoCare,
                a.version(), a.updatedBy(), a.updatedAt(), a.completedBy(), a.completedAt());
    }

    private static ImpactAssessment map(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new ImpactAssessment(rs.getObject("id", UUID.class), rs.getObject("system_id", UUID.class),
                "COMPLETE".equals(rs.getString("status")), rs.getBoolean("light"), rs.getString("affected_groups"),
                AutomationLevel.of(rs.getObject("automation_level", Integer.class)), rs.getString("human_oversight"),
                rs.getString("challenge"), rs.getString("accuracy"), rs.getString("false_positives"),
                rs.getString("false_positive_cost"), rs.getString("false_negatives"), rs.getString("false_negative_cost"),
                rs.getString("explainability_limits"), Map.of(), Map.of(), Map.of(), rs.getInt("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("completed_by"),
                completed == null ? null : completed.toInstant());
    }
}
