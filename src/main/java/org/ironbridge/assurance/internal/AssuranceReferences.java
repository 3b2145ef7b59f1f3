package org.ironbridge.assurance.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out references such as AI-2025-003 for register entries and EP-2025-002 for Ethics Panel referrals: per
 * force, per year, never reused, counted in the same transaction as the record that takes them.
 */
@Component
class AssuranceReferences {

    private final JdbcClient jdbc;

    AssuranceReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String system(UUID forceId, int year) {
        return "AI-%d-%03d".formatted(year, count("ai_reference_counter", forceId, year));
    }

    String referral(UUID forceId, int year) {
        return "EP-%d-%03d".formatted(year, count("ethics_reference_counter", forceId, year));
    }

    private int count(String table, UUID forceId, int year) {
        return jdbc.sql("""
                insert into %1$s (force_id, year, last) values (?, ?, 1)
                on conflict (force_id, year) do update set last = %1$s.last + 1 returning last
                """.formatted(table)).params(forceId, year).query(Integer.class).single();
    }
}
