package org.ironbridge.assurance.internal;

/** Where the system came from: requested by the force's own people, or suggested by a supplier. */
public enum Origin {
    FORCE_REQUEST("Requested by the force"),
    SUPPLIER_SUGGESTION("Suggested by a supplier");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
