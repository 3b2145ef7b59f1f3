package org.ironbridge.assurance.internal;

/** The impact the system is expected to have on people who share a protected characteristic. */
public enum ExpectedImpact {
    NONE("None", "grey"),
    POSITIVE("Positive", "green"),
    NEGATIVE("Negative", "red"),
    UNKNOWN("Unknown", "yellow");

    private final String label;
    private final String colour;

    ExpectedImpact(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
