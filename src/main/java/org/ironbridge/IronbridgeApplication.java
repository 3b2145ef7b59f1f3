package org.ironbridge;

import org.ironbridge.platform.ProductionGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Ironbridge. {@code java -jar ironbridge.jar audit verify} instead checks the audit trail of
 * the configured database and exits non-zero if the chain is broken.
 */
@SpringBootApplication
@EnableScheduling
public class IronbridgeApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IronbridgeApplication.class);
        application.addListeners(new ProductionGuard());
        if (args.length >= 2 && "audit".equals(args[0]) && "verify".equals(args[1])) {
            System.setProperty("ironbridge.command", "audit-verify");
            System.setProperty("ironbridge.demo.enabled", "false");
            application.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
