package org.ironbridge.audit.internal;

import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code audit verify}: prints the verification of the whole chain; exit code 1 when it is broken. */
@Component
@ConditionalOnProperty(name = "ironbridge.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditTrail trail;
    private int exitCode;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = trail.verify();
        System.out.println("Audit trail: " + result.describe());
        exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
