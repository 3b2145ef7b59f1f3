package org.ironbridge.governance.internal;

/** Where a Change Paper is: drafted, returned by the automatic checks, ready, submitted, decided. */
public enum PaperStatus {
    DRAFT("Draft"),
    RETURNED("Returned to the author"),
    READY("Checked and ready to submit"),
    SUBMITTED("Submitted to a meeting"),
    DECIDED("Decided");

    private final String label;

    PaperStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == READY;
    }
}
