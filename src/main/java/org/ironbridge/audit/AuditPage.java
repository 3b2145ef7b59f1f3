package org.ironbridge.audit;

import java.util.List;

/** One page of audit events, newest first, with the total that matched. */
public record AuditPage(List<AuditEvent> events, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
