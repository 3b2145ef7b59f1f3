package org.ironbridge.portfolio.internal;

import java.util.Map;

import org.ironbridge.govuk.FormText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next version of a versioned record of an initiative (business case, equality analysis): saves of
 * the same record are taken one at a time, so two people saving at once cannot both make version n+1.
 */
@Component
class VersionNumbers {

    private final JdbcClient jdbc;

    VersionNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for any other save of this record of this initiative to finish; held to the end of the
     * caller's transaction. Call before reading the latest version that a save is checked against.
     */
    void lock(String recordType, java.util.UUID initiativeId) {
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .params(Map.of("key", recordType + ":" + initiativeId)).query(Long.class).single();
    }

    /** A version number from a form's hidden field: 0 or more, or -1 when missing or not a number. */
    static int parse(String value) {
        String cleaned = FormText.clean(value);
        if (cleaned == null || !cleaned.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(cleaned);
    }
}
