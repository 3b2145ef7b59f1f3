package org.ironbridge;

import org.ironbridge.platform.ProductionGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Ironbridge. {@code java -jar ironbridge.jar audit verify} instead checks the audit trail of
 * the configured database and exits non-zero if the chain is broken.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class IronbridgeApplication {

    public static void main(String[] args) {
        if (args.length >= 2 && "audit".equals(args[0]) && "verify".equals(args[1])) {
            System.exit(auditVerify(args));
        }
        application().run(args);
    }

    /** Runs the audit chain verification without the web server; returns the process exit code. */
    static int auditVerify(String... args) {
        SpringApplication application = application();
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] withCommand = new String[args.length + 2];
        System.arraycopy(args, 0, withCommand, 0, args.length);
        withCommand[args.length] = "--ironbridge.command=audit-verify";
        withCommand[args.length + 1] = "--ironbridge.demo.enabled=false";
        ConfigurableApplicationContext context = application.run(withCommand);
        return SpringApplication.exit(context);
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(IronbridgeApplication.class);
        application.addListeners(new ProductionGuard());
        return application;
    }
}
