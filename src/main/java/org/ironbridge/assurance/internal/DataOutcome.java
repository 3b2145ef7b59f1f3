package org.ironbridge.assurance.internal;

/** What happened to a decommissioned system's data. */
public enum DataOutcome {
    DELETED("Deleted"),
    ARCHIVED("Archived"),
    RETAINED("Retained under the retention schedule"),
    TRANSFERRED("Transferred to another system or organisation");

    private final String label;

    DataOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
