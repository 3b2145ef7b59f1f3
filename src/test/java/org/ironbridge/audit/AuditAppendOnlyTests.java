package org.ironbridge.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** With its triggers in place, the audit table refuses every way of changing what was written. */
@IronbridgeTest
class AuditAppendOnlyTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void updatingAnAuditEventIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'rewritten'"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void deletingAnAuditEventIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void truncatingTheAuditTrailIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .rootCause().hasMessageContaining("append-only");
    }
}
