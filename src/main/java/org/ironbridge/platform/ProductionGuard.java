package org.ironbridge.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the prod profile without an external database or with demo data switched on,
 * before anything else is created, with a message an operator can act on.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            throw new IllegalStateException("The prod profile needs an external PostgreSQL database: set "
                    + "SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/ironbridge), SPRING_DATASOURCE_USERNAME "
                    + "and SPRING_DATASOURCE_PASSWORD. The embedded database is for a first run only.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Ironbridge runs on PostgreSQL only; SPRING_DATASOURCE_URL must start "
                    + "with jdbc:postgresql:");
        }
        if (environment.getProperty("ironbridge.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("The prod profile never loads demo accounts: remove "
                    + "IRONBRIDGE_DEMO_ENABLED=true.");
        }
    }
}
