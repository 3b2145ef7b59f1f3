package org.ironbridge.prioritisation.internal;

/** MoSCoW: how much the force needs the idea, from Must have (rank 4) to Won't have this time (rank 1). */
public enum Moscow {
    MUST("Must have", 4),
    SHOULD("Should have", 3),
    COULD("Could have", 2),
    WONT("Won't have this time", 1);

    private final String label;
    private final int rank;

    Moscow(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public int rank() {
        return rank;
    }
}
