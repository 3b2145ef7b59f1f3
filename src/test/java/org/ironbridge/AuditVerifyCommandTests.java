package org.ironbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.ironbridge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code java -jar ironbridge.jar audit verify}, run against a database of its own. */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandTests {

    private static final String KEY = "--ironbridge.audit.key=command-test-key-0123456789abcdef";

    @Test
    void theCommandPrintsIntactAndExitsZeroForAnUntouchedTrail(CapturedOutput output) {
        String url = TestDatabase.newDatabase();
        int exitCode = IronbridgeApplication.auditVerify("audit", "verify", "--spring.datasource.url=" + url, KEY);
        assertThat(exitCode).isZero();
        assertThat(output).contains("Audit trail: 0 events checked: intact");
    }

    @Test
    void theCommandNamesTheFirstBrokenEventAndExitsNonZeroWhenARowWasInserted(CapturedOutput output) throws Exception {
        String url = TestDatabase.newDatabase();
        assertThat(IronbridgeApplication.auditVerify("audit", "verify", "--spring.datasource.url=" + url, KEY)).isZero();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into audit_event (seq, id, occurred_at, actor, record_type, record_id, operation, summary,
                                             prev_hash, hash)
                    values (1, gen_random_uuid(), now(), 'intruder', 'Person', 'x', 'ALTERATION', 'Forged', 'GENESIS',
                            encode(sha256('forged'::bytea), 'hex'))
                    """);
        }
        int exitCode = IronbridgeApplication.auditVerify("audit", "verify", "--spring.datasource.url=" + url, KEY);
        assertThat(exitCode).isEqualTo(1);
        assertThat(output).contains("Audit trail: 1 events checked: BROKEN at event 1")
                .contains("inserted");
    }
}
