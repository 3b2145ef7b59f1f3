package org.ironbridge.governance.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out decision references such as DEC-2025-007: per force, per year of the meeting, never reused. */
@Component
class DecisionReferences {

    private final JdbcClient jdbc;

    DecisionReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(UUID forceId, int year) {
        int number = jdbc.sql("""
                insert into decision_reference_counter (force_id, year, last) values (:f, :y, 1)
                on conflict (force_id, year) do update set last = decision_reference_counter.last + 1
                returning last
                """).param("f", forceId).param("y", year).query(Integer.class).single();
        return "DEC-%d-%03d".formatted(year, number);
    }
}
