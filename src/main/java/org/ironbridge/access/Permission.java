package org.ironbridge.access;

/** What a person may do. Roles grant permissions in {@link AccessPolicy}; routes and records require them. */
public enum Permission {
    /** Any active, signed-in person: the home page, their own account. */
    USE_SERVICE,
    VIEW_USERS,
    CHANGE_USER_ACCESS,
    VIEW_AUDIT_TRAIL,
    EXPORT_AUDIT_TRAIL,
    /** Operational metrics (Prometheus); a scraper may instead present ironbridge.metrics.token. */
    VIEW_OPERATIONS
}
