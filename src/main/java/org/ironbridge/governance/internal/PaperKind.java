package org.ironbridge.governance.internal;

/** What a Change Paper asks a board for. */
public enum PaperKind {
    COMMISSIONING("Commissioning"),
    GATE("Gate review"),
    EXCEPTION("Exception report"),
    FINANCIAL_REQUEST("Financial request"),
    CLOSURE("Closure");

    private final String label;

    PaperKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Papers whose approval moves the initiative to its next stage. */
    boolean passesGate() {
        return this == COMMISSIONING || this == GATE;
    }
}
