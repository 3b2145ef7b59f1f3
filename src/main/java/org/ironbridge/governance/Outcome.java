package org.ironbridge.governance;

/** What a board decided. */
public enum Outcome {
    APPROVE("Approve"),
    APPROVE_WITH_CONDITIONS("Approve with conditions"),
    DEFER("Defer"),
    REJECT("Reject"),
    STOP("Stop"),
    REBASELINE("Re-baseline"),
    RELEASE_FUNDS("Release funds"),
    CLOSE("Close");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
