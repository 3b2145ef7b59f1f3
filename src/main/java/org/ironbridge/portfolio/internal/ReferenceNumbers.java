package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out initiative references such as CHG-2025-014: per force, per year, never reused. */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferenceNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next(UUID forceId) {
        return next(forceId, Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
    }

    String next(UUID forceId, int year) {
        int number = jdbc.sql("""
                insert into initiative_reference_counter (force_id, year, last) values (:f, :y, 1)
                on conflict (force_id, year) do update set last = initiative_reference_counter.last + 1
                returning last
                """).param("f", forceId).param("y", year).query(Integer.class).single();
        return "CHG-%d-%03d".formatted(year, number);
    }
}
