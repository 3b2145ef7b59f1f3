package org.ironbridge.prioritisation.internal;

/** The scoring models an assessor may fill in, in the order the pages show them. */
public enum Model {
    MATRIX("Weighted scoring matrix"),
    RICE("RICE"),
    ICE("ICE"),
    WSJF("WSJF"),
    MOSCOW("MoSCoW");

    private final String label;

    Model(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
