package org.ironbridge.governance.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out references such as DEC-2025-007 and PAP-2025-012: per force, per year, never reused, counted
 * in the same transaction as the record that takes them.
 */
@Component
class DecisionReferences {

    private final JdbcClient jdbc;

    DecisionReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(UUID forceId, int year) {
        return "DEC-%d-%03d".formatted(year, count("decision_reference_counter", forceId, year));
    }

    String nextPaper(UUID forceId, int year) {
        return "PAP-%d-%03d".formatted(year, count("paper_reference_counter", forceId, year));
    }

    private int count(String table, UUID forceId, int year) {
        return jdbc.sql("""
                insert into %1$s (force_id, year, last) values (:f, :y, 1)
                on conflict (force_id, year) do update set last = %1$s.last + 1
                returning last
                """.formatted(table)).param("f", forceId).param("y", year).query(Integer.class).single();
    }
}
