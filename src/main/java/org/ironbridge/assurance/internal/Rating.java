package org.ironbridge.assurance.internal;

/** How well a system meets a criterion, on the evidence. */
public enum Rating {
    STRONG("Strong", "green"),
    ADEQUATE("Adequate", "blue"),
    WEAK("Weak", "orange"),
    UNACCEPTABLE("Unacceptable", "red");

    private final String label;
    private final String colour;

    Rating(String label, String colour) {
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
