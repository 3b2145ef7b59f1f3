package org.ironbridge.prioritisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where scorings are kept: one row per assessor and idea, the matrix's ratings beside it. */
@Repository
class Scorecards {

    private static final String COLUMNS = "id, force_id, idea_id, assessor_id, rice_reach, rice_impact, rice_confidence, "
            + "rice_effort, ice_impact, ice_confidence, ice_ease, wsjf_value, wsjf_time, wsjf_risk, wsjf_size, moscow, "
            + "rationale, created_at, updated_at, version";

    private final JdbcClient jdbc;

    Scorecards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Scoring> ofIdea(UUID forceId, UUID ideaId) {
        return withRatings(jdbc.sql("select " + COLUMNS + " from idea_score where force_id = ? and idea_id = ? "
                + "order by created_at, id").params(forceId, ideaId).query(this::row).list());
    }

    /** Every scoring of the force's ideas, by idea. */
    Map<UUID, List<Scoring>> ofForce(UUID forceId) {
        Map<UUID, List<Scoring>> byIdea = new LinkedHashMap<>();
        for (Scoring scoring : withRatings(jdbc.sql("select " + COLUMNS + " from idea_score where force_id = ? "
                + "order by created_at, id").param(forceId).query(this::row).list())) {
            byIdea.computeIfAbsent(scoring.ideaId(), id -> new ArrayList<>()).add(scoring);
        }
        return byIdea;
    }

    Optional<Scoring> of(UUID ideaId, UUID assessorId) {
        return withRatings(jdbc.sql("select " + COLUMNS + " from idea_score where idea_id = ? and assessor_id = ?")
                .params(ideaId, assessorId).query(this::row).list()).stream().findFirst();
    }

    boolean anyFor(UUID ideaId) {
        return jdbc.sql("select exists (select 1 from idea_score where idea_id = ?)").param(ideaId)
                .query(Boolean.class).single();
    }

    /** Inserts a first scoring; false when the assessor already has one (a second window got there first). */
    boolean insert(Scoring s) {
        int rows = jdbc.sql("insert into idea_score (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?) on conflict (idea_id, assessor_id) do nothing")
                .params(values(s)).update();
        if (rows == 1) {
            insertRatings(s);
        }
        return rows == 1;
    }

    /** Replaces a scoring at the version it was read; false when someone saved it in between. */
    boolean update(Scoring s) {
        // The models, rationale, updated_at and version: every column but the keys and created_at.
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(values(s)).subList(4, 20));
        values.remove(13);
        values.add(s.id());
        values.add(s.version() - 1);
        int rows = jdbc.sql("update idea_score set rice_reach = ?, rice_impact = ?, rice_confidence = ?, rice_effort = ?, "
                        + "ice_impact = ?, ice_confidence = ?, ice_ease = ?, wsjf_value = ?, wsjf_time = ?, wsjf_risk = ?, "
                        + "wsjf_size = ?, moscow = ?, rationale = ?, updated_at = ?, version = ? "
                        + "where id = ? and version = ?")
                .params(values).update();
        if (rows == 1) {
            jdbc.sql("delete from idea_score_rating where score_id = ?").param(s.id()).update();
            insertRatings(s);
        }
        return rows == 1;
    }

    private void insertRatings(Scoring s) {
        if (s.matrix() == null) {
            return;
        }
        int position = 0;
        for (WeightedMatrix.Rating rating : s.matrix().ratings()) {
            jdbc.sql("insert into idea_score_rating (score_id, position, criterion, weight, rating) values (?, ?, ?, ?, ?)")
                    .params(s.id(), position++, rating.criterion(), rating.weight(), rating.rating()).update();
        }
    }

    private static Object[] values(Scoring s) {
        Rice rice = s.rice();
        Ice ice = s.ice();
        Wsjf wsjf = s.wsjf();
        return new Object[] {s.id(), s.forceId(), s.ideaId(), s.assessorId(),
                rice == null ? null : rice.reach(), rice == null ? null : rice.impact(),
                rice == null ? null : rice.confidence(), rice == null ? null : rice.effort(),
                ice == null ? null : ice.impact(), ice == null ? null : ice.confidence(), ice == null ? null : ice.ease(),
                wsjf == null ? null : wsjf.businessValue(), wsjf == null ? null : wsjf.timeCriticality(),
                wsjf == null ? null : wsjf.riskReduction(), wsjf == null ? null : wsjf.jobSize(),
                s.moscow() == null ? null : s.moscow().name(), s.rationale(),
                Timestamp.from(s.createdAt()), Timestamp.from(s.updatedAt()), s.version()};
    }

    private List<Scoring> withRatings(List<Scoring> scorings) {
        if (scorings.isEmpty()) {
            return scorings;
        }
        Map<UUID, List<WeightedMatrix.Rating>> ratings = new LinkedHashMap<>();
        jdbc.sql("select score_id, criterion, weight, rating from idea_score_rating where score_id = any(?) "
                        + "order by score_id, position")
                .param(scorings.stream().map(Scoring::id).toArray(UUID[]::new))
                .query(rs -> {
                    ratings.computeIfAbsent(rs.getObject("score_id", UUID.class), id -> new ArrayList<>())
                            .add(new WeightedMatrix.Rating(rs.getString("criterion"), rs.getInt("weight"), rs.getInt("rating")));
                });
        return scorings.stream().map(s -> ratings.containsKey(s.id()) ? new Scoring(s.id(), s.forceId(), s.ideaId(),
                s.assessorId(), s.rice(), s.ice(), s.wsjf(), s.moscow(), new WeightedMatrix(ratings.get(s.id())),
                s.rationale(), s.createdAt(), s.updatedAt(), s.version()) : s).toList();
    }

    private Scoring row(ResultSet rs, int n) throws SQLException {
        Rice rice = rs.getObject("rice_reach") == null ? null : new Rice(rs.getInt("rice_reach"),
                rs.getBigDecimal("rice_impact").stripTrailingZeros(), rs.getInt("rice_confidence"),
                rs.getBigDecimal("rice_effort").stripTrailingZeros());
        Ice ice = rs.getObject("ice_impact") == null ? null : new Ice(rs.getInt("ice_impact"), rs.getInt("ice_confidence"),
                rs.getInt("ice_ease"));
        Wsjf wsjf = rs.getObject("wsjf_value") == null ? null : new Wsjf(rs.getInt("wsjf_value"), rs.getInt("wsjf_time"),
                rs.getInt("wsjf_risk"), rs.getInt("wsjf_size"));
        String moscow = rs.getString("moscow");
        return new Scoring(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class),
                rs.getObject("idea_id", UUID.class), rs.getObject("assessor_id", UUID.class), rice, ice, wsjf,
                moscow == null ? null : Moscow.valueOf(moscow), null, rs.getString("rationale"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
