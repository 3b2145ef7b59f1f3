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

    /**
     * The version asked for by number from a history listed newest first: the latest when none is asked
     * for (null when there is no version yet); not found when the number is not one of them.
     */
    static <T> T pick(java.util.List<T> history, java.util.function.ToIntFunction<T> version, String asked,
                      java.util.UUID initiativeId, String recordType) {
        if (asked == null || asked.isBlank()) {
            return history.isEmpty() ? null : history.getFirst();
        }
        int number = parse(asked);
        return history.stream().filter(saved -> version.applyAsInt(saved) == number).findFirst()
                .orElseThrow(() -> new org.ironbridge.access.RecordNotFoundException(recordType, initiativeId));
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
