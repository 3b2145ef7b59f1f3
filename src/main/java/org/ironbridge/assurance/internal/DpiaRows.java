package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The DPIA versions and their risks as the database keeps them; no access checks here. */
@Component
class DpiaRows {

    private final JdbcClient jdbc;

    DpiaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the system's DPIA, latest first. */
    List<Dpia> versions(UUID systemId) {
        return jdbc.sql(SELECT + " where system_id = ? order by number desc").param(systemId).query(this::map).list();
    }

    Optional<Dpia> latest(UUID systemId) {
        return jdbc.sql(SELECT + " where system_id = ? order by number desc limit 1").param(systemId).query(this::map)
                .optional();
    }

    Optional<Dpia> version(UUID systemId, int number) {
        return jdbc.sql(SELECT + " where system_id = ? and number = ?").params(systemId, number).query(this::map).optional();
    }

    /** Holds the system for the rest of the transaction, so two people cannot start the same version at once. */
    void lock(UUID systemId) {
        jdbc.sql("select id from ai_system where id = ? for update").param(systemId).query(UUID.class).single();
    }

    UUID insert(UUID systemId, int number, UUID basedOn, Dpia.Content content, String by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dpia (id, system_id, number, status, based_on, need, nature, scope, context, purposes,
                    consultation, necessity, lawful_bases, sensitive_conditions, version, created_by, created_at, updated_at)
                values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), 0, ?, ?, ?)
                """).params(id, systemId, number, basedOn, content.need(), content.nature(), content.scope(),
                content.context(), content.purposes(), content.consultation(), content.necessity(),
                join(content.lawfulBases()), join(content.conditions()), by, Timestamp.from(now), Timestamp.from(now))
                .update();
        insertRisks(id, content.risks());
        return id;
    }

    /** Saves a draft if it is still at the version the person opened; false when someone saved it since. */
    boolean updateDraft(UUID id, int version, Dpia.Content content, Instant now) {
        int updated = jdbc.sql("""
                update dpia set need = ?, nature = ?, scope = ?, context = ?, purposes = ?, consultation = ?, necessity = ?,
                    lawful_bases = string_to_array(?, ','), sensitive_conditions = string_to_array(?, ','),
                    version = version + 1, updated_at = ?
                where id = ? and version = ? and status = 'DRAFT'
                """).params(content.need(), content.nature(), content.scope(), content.context(), content.purposes(),
                content.consultation(), content.necessity(), join(content.lawfulBases()), join(content.conditions()),
                Timestamp.from(now), id, version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from dpia_risk where dpia_id = ?").param(id).update();
        insertRisks(id, content.risks());
        return true;
    }

    boolean signOff(UUID id, int version, Dpia.SignOff s, Instant now) {
        return jdbc.sql("""
                update dpia set status = 'SIGNED_OFF', measures_approved_by = ?, residual_risks_approved_by = ?,
                    dpo_advice = ?, advice_followed = ?, overruled_reasons = ?, review_date = ?, signed_off_by = ?,
                    signed_off_name = ?, signed_off_at = ?, version = version + 1, updated_at = ?
                where id = ? and version = ? and status = 'DRAFT'
                """).params(s.measuresApprovedBy(), s.residualRisksApprovedBy(), s.dpoAdvice(), s.adviceFollowed(),
                s.overruledReasons(), Date.valueOf(s.reviewDate()), s.signedOffBy(), s.signedOffName(),
                Timestamp.from(s.signedOffAt()), Timestamp.from(now), id, version).update() == 1;
    }

    private void insertRisks(UUID dpiaId, List<DpiaRisk> risks) {
        for (DpiaRisk r : risks) {
            jdbc.sql("""
                    insert into dpia_risk (id, dpia_id, position, description, likelihood, severity, overall, measure,
                        effect, residual, measure_approved)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(UUID.randomUUID(), dpiaId, r.position(), r.description(), r.likelihood().name(),
                    r.severity().name(), r.overall().name(), r.measure(), name(r.effect()), name(r.residual()),
                    r.measureApproved()).update();
        }
    }

    private static final String SELECT = """
            select id, system_id, number, status, based_on, need, nature, scope, context, purposes, consultation, necessity,
                array_to_string(lawful_bases, ',') as bases, array_to_string(sensitive_conditions, ',') as conditions,
                measures_approved_by, residual_risks_approved_by, dpo_advice, advice_followed, overruled_reasons,
                review_date, signed_off_by, signed_off_name, signed_off_at, version, created_by, created_at, updated_at
            from dpia""";

    private Dpia map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Dpia.Content content = new Dpia.Content(rs.getString("need"), rs.getString("nature"), rs.getString("scope"),
                rs.getString("context"), rs.getString("purposes"), rs.getString("consultation"), rs.getString("necessity"),
                split(rs.getString("bases"), LawfulBasis::valueOf), split(rs.getString("conditions"), SensitiveCondition::valueOf),
                risks(id));
        boolean signedOff = "SIGNED_OFF".equals(rs.getString("status"));
        Dpia.SignOff signOff = signedOff ? new Dpia.SignOff(rs.getString("measures_approved_by"),
                rs.getString("residual_risks_approved_by"), rs.getString("dpo_advice"), rs.getBoolean("advice_followed"),
                rs.getString("overruled_reasons"), rs.getDate("review_date").toLocalDate(), rs.getString("signed_off_by"),
                rs.getString("signed_off_name"), rs.getTimestamp("signed_off_at").toInstant()) : null;
        return new Dpia(id, rs.getObject("system_id", UUID.class), rs.getInt("number"), signedOff,
                rs.getObject("based_on", UUID.class), content, signOff, rs.getInt("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private List<DpiaRisk> risks(UUID dpiaId) {
        return jdbc.sql("select * from dpia_risk where dpia_id = ? order by position").param(dpiaId).query((rs, n) -> {
            String effect = rs.getString("effect");
            String residual = rs.getString("residual");
            Object approved = rs.getObject("measure_approved");
            return new DpiaRisk(rs.getInt("position"), rs.getString("description"),
                    DpiaRisk.Likelihood.valueOf(rs.getString("likelihood")), DpiaRisk.Severity.valueOf(rs.getString("severity")),
                    DpiaRisk.RiskLevel.valueOf(rs.getString("overall")), rs.getString("measure"),
                    effect == null ? null : DpiaRisk.Effect.valueOf(effect),
                    residual == null ? null : DpiaRisk.RiskLevel.valueOf(residual), (Boolean) approved);
        }).list();
    }

    private static <E extends Enum<E>> String join(List<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> split(String joined, Function<String, E> parse) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(parse).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
