package org.ironbridge.audit;

import java.time.LocalDate;

/** Filters an auditor can apply; blank filters are ignored. Dates are inclusive, in UTC. */
public record AuditQuery(String actor, String record, LocalDate from, LocalDate to, int page, int pageSize) {

    public AuditQuery {
        actor = blankToNull(actor);
        record = blankToNull(record);
        page = Math.max(page, 1);
        pageSize = Math.clamp(pageSize, 1, 500);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
