package org.ironbridge.portfolio;

/** The kinds of change the Design and Delivery Board coordinates (WMP Change Strategy). */
public enum InitiativeType {
    PROJECT("Project"),
    PILOT("Pilot"),
    APPLICATION_CHANGE("Application change"),
    PROCESS_CHANGE("Process change"),
    FUNDING_BID("Funding bid"),
    SUPPORTING_ACTIVITY("Supporting activity");

    private final String label;

    InitiativeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Application and process changes and pilots take the light-touch route. */
    public boolean lightTouch() {
        return this == APPLICATION_CHANGE || this == PROCESS_CHANGE || this == PILOT;
    }
}
