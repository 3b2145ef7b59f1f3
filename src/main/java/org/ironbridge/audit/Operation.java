package org.ironbridge.audit;

/** The categories of processing that DPA 2018 s62 requires a law-enforcement log to record. */
public enum Operation {
    COLLECTION("Collection"),
    ALTERATION("Alteration"),
    CONSULTATION("Consultation"),
    DISCLOSURE("Disclosure"),
    COMBINATION("Combination"),
    ERASURE("Erasure");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
