package org.ironbridge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at a real PostgreSQL: the server named by IRONBRIDGE_TEST_DATABASE_URL
 * (CI: the machine's PostgreSQL), else an embedded one. Each JVM gets its own new database, dropped
 * at exit, so runs never see each other's data; a context that sets
 * {@code ironbridge.test.fresh-database=true} gets a database of its own.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String serverUrl;
    private static String sharedUrl;
    private static final List<String> created = new ArrayList<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            return;
        }
        boolean fresh = environment.getProperty("ironbridge.test.fresh-database", Boolean.class, false);
        String url = fresh ? newDatabase() : shared();
        environment.getPropertySources().addFirst(new MapPropertySource("ironbridge-test-database",
                Map.of("spring.datasource.url", url)));
    }

    /** The URL of the JVM's shared test database, for tests that talk to it over plain JDBC. */
    public static synchronized String shared() {
        if (sharedUrl == null) {
            sharedUrl = newDatabase();
        }
        return sharedUrl;
    }

    public static synchronized String newDatabase() {
        String server = server();
        String name = "ironbridge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        created.add(name);
        return withDatabase(server, name);
    }

    private static String server() {
        if (serverUrl != null) {
            return serverUrl;
        }
        String configured = System.getenv("IRONBRIDGE_TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            serverUrl = configured.contains("user=") ? configured
                    : configured + (configured.contains("?") ? "&" : "?") + "user=postgres";
        } else {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory("ironbridge-test-pg"))
                        .setCleanDataDirectory(true)
                        .start();
                serverUrl = postgres.getJdbcUrl("postgres", "postgres");
                // After the test contexts have closed: they still use the database while closing.
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                });
                return serverUrl;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the embedded test PostgreSQL", e);
            }
        }
        // After the test contexts have closed: a context closing on a dropped database waits 30 s for a connection.
        SpringApplication.getShutdownHandlers().add(TestDatabase::dropCreated);
        return serverUrl;
    }

    private static void dropCreated() {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException ignored) {
            // best effort: a leftover test database holds nothing of value
        }
    }

    /** Replaces the database name in a JDBC URL, keeping host, port and parameters. */
    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
