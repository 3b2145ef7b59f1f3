package org.ironbridge.portfolio;

/** Which board governs an initiative: the Change Board for the largest, then Design and Delivery, then its own Project Board. */
public enum Tier {
    CHANGE_BOARD("Change Board"),
    DESIGN_AND_DELIVERY_BOARD("Design and Delivery Board"),
    PROJECT_BOARD("Project Board");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
