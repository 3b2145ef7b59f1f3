package org.ironbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ironbridge.IronbridgeApplication;
import org.ironbridge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The prod profile: an external PostgreSQL or no start at all, and never the demo accounts. */
class ProductionProfileTests {

    @Test
    void prodRefusesToStartWithoutAnExternalDatabaseAndSaysWhatToSet() {
        assertThatThrownBy(() -> production().run())
                .hasStackTraceContaining("The prod profile needs an external PostgreSQL database: set SPRING_DATASOURCE_URL");
    }

    @Test
    void prodRefusesADatabaseThatIsNotPostgresql() {
        assertThatThrownBy(() -> production().properties("spring.datasource.url=jdbc:mysql://localhost/ironbridge").run())
                .hasStackTraceContaining("Ironbridge runs on PostgreSQL only");
    }

    @Test
    void prodRefusesToStartWithoutAnAuditKey() {
        String url = TestDatabase.newDatabase();
        assertThatThrownBy(() -> production().properties("spring.datasource.url=" + url).run())
                .hasStackTraceContaining("The prod profile needs IRONBRIDGE_AUDIT_KEY");
    }

    @Test
    void prodStartsOnAnExternalDatabaseAndLoadsNoDemoAccounts() {
        String url = TestDatabase.newDatabase();
        try (ConfigurableApplicationContext context = production().run("--spring.datasource.url=" + url,
                "--ironbridge.audit.key=prod-test-key-0123456789abcdef0123")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from force", Integer.class)).isZero();
        }
    }

    private static SpringApplicationBuilder production() {
        return new SpringApplicationBuilder(IronbridgeApplication.class)
                .listeners(new ProductionGuard())
                .web(WebApplicationType.NONE)
                .profiles("prod");
    }
}
