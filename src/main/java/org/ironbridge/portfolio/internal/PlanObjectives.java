package org.ironbridge.portfolio.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The force's Police and Crime Plan objectives that initiatives can serve (reference data). */
@Component
public class PlanObjectives {

    private final JdbcClient jdbc;

    PlanObjectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Objective id to its wording, in code order. */
    public Map<UUID, String> of(UUID forceId) {
        Map<UUID, String> objectives = new LinkedHashMap<>();
        jdbc.sql("select id, wording from police_crime_plan_objective where force_id = :f order by code")
                .param("f", forceId)
                .query(rs -> {
                    objectives.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return objectives;
    }

    /** Objective code to id. */
    Map<String, UUID> codes(UUID forceId) {
        Map<String, UUID> codes = new LinkedHashMap<>();
        jdbc.sql("select code, id from police_crime_plan_objective where force_id = :f order by code")
                .param("f", forceId)
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return codes;
    }

    void add(UUID forceId, String code, String plan, String wording) {
        jdbc.sql("insert into police_crime_plan_objective (id, force_id, code, plan, wording) values (:id, :f, :c, :p, :w)")
                .param("id", UUID.randomUUID()).param("f", forceId).param("c", code).param("p", plan)
                .param("w", wording).update();
    }
}
