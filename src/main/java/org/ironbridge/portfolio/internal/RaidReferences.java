package org.ironbridge.portfolio.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out RAID references such as R-001 or D-003: per initiative and kind, never reused. */
@Component
class RaidReferences {

    private final JdbcClient jdbc;

    RaidReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind R for risks, I issues, A assumptions, D dependencies */
    String next(UUID initiativeId, char kind) {
        int number = jdbc.sql("""
                insert into raid_reference_counter (initiative_id, kind, last) values (:i, :k, 1)
                on conflict (initiative_id, kind) do update set last = raid_reference_counter.last + 1
                returning last
                """).param("i", initiativeId).param("k", String.valueOf(kind)).query(Integer.class).single();
        return "%c-%03d".formatted(kind, number);
    }
}
