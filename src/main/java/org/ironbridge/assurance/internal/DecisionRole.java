package org.ironbridge.assurance.internal;

/** Whether the system's output informs or makes decisions about people. */
public enum DecisionRole {
    NONE("Neither: it does not inform decisions about people"),
    INFORMS("Informs decisions about people: a person decides"),
    MAKES("Makes decisions about people");

    private final String label;

    DecisionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
