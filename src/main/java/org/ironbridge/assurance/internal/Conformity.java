package org.ironbridge.assurance.internal;

/** How far an ALGO-CARE item, or a checklist item, is met. */
public enum Conformity {
    MET("Met", "green"),
    PARTLY_MET("Partly met", "yellow"),
    NOT_MET("Not met", "red"),
    NOT_APPLICABLE("Not applicable", "grey");

    private final String label;
    private final String colour;

    Conformity(String label, String colour) {
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
