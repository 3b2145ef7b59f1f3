package org.ironbridge.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: a real PostgreSQL 17 whose data directory is kept under ./data between runs.
 * Used only when no external database is configured and the prod profile is off. A second process
 * (the audit command, say) finds the running server on the port and shares it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(@Value("${ironbridge.data-directory:./data}") String dataDirectory,
                                    @Value("${ironbridge.embedded-database.port:54329}") int port) throws IOException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        if (answers(url)) {
            log.info("Using the embedded PostgreSQL already running on port {}", port);
            return new EmbeddedServer(null, url);
        }
        Path directory = Path.of(dataDirectory, "postgres").toAbsolutePath();
        Files.createDirectories(directory);
        log.info("Starting the embedded PostgreSQL on port {} with its data in {}", port, directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        return new EmbeddedServer(postgres, url);
    }

    @Bean
    DataSource dataSource(EmbeddedServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.url());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("ironbridge-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static boolean answers(String url) {
        try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
            return true;
        } catch (SQLException notRunning) {
            return false;
        }
    }

    /** The server, when this process started it, and where to reach it. */
    record EmbeddedServer(EmbeddedPostgres postgres, String url) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return environment.getProperty("spring.datasource.url", "").isBlank()
                    && !environment.acceptsProfiles(Profiles.of("prod"));
        }
    }
}
