package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The routes a force has chosen (table lifecycle_route); a route the force has not chosen follows its
 * default. The rules that use them are in {@link Lifecycle}.
 */
@Component
public class LifecycleRoutes {

    /** The version of a route no one has saved yet, as the edit form carries it. */
    public static final int NEVER_SAVED = -1;

    /** The force's routes, with the version each was saved at. */
    public record Saved(Lifecycle.Routes routes, Map<Route, Integer> versions) {

        public int versionOf(Route route) {
            return versions.getOrDefault(route, NEVER_SAVED);
        }
    }

    private final JdbcClient jdbc;

    LifecycleRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Lifecycle.Routes of(UUID forceId) {
        return saved(forceId).routes();
    }

    public Saved saved(UUID forceId) {
        Map<Route, List<Stage>> stages = new EnumMap<>(Route.class);
        Map<Route, Integer> versions = new EnumMap<>(Route.class);
        jdbc.sql("select route, array_to_string(stages, ','), version from lifecycle_route where force_id = :f")
                .param("f", forceId)
                .query(rs -> {
                    Route route = Route.valueOf(rs.getString(1));
                    stages.put(route, Arrays.stream(rs.getString(2).split(",")).map(Stage::valueOf).toList());
                    versions.put(route, rs.getInt(3));
                });
        return new Saved(new Lifecycle.Routes(stages), Map.copyOf(versions));
    }

    /**
     * Saves a route if it is still at the version the person saw ({@link #NEVER_SAVED} for one not yet saved);
     * false when someone else saved it first.
     */
    boolean save(UUID forceId, Route route, List<Stage> stages, int expectedVersion, Instant now) {
        String sql = expectedVersion == NEVER_SAVED ? """
                insert into lifecycle_route (force_id, route, stages, updated_at, version)
                values (:f, :r, string_to_array(:s, ','), :now, 0) on conflict (force_id, route) do nothing
                """ : """
                update lifecycle_route set stages = string_to_array(:s, ','), updated_at = :now, version = version + 1
                where force_id = :f and route = :r and version = :v
                """;
        return jdbc.sql(sql).param("f", forceId).param("r", route.name())
                .param("s", Lifecycle.route(stages).stream().map(Stage::name).collect(Collectors.joining(",")))
                .param("now", java.sql.Timestamp.from(now)).param("v", expectedVersion).update() == 1;
    }
}
