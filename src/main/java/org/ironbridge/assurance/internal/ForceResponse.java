package org.ironbridge.assurance.internal;

/** The force's answer to one of the Ethics Panel's recommendations. */
public enum ForceResponse {
    ACCEPTED("Accepted"),
    PARTLY_ACCEPTED("Partly accepted"),
    NOT_ACCEPTED("Not accepted");

    private final String label;

    ForceResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
