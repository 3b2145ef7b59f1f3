package org.ironbridge.portfolio.internal;

/** The six tolerances a board delegates to the level below it (PRINCE2's time, cost, scope, quality, benefits, risk). */
public enum Tolerance {
    TIME("Time"),
    COST("Cost"),
    SCOPE("Scope"),
    QUALITY("Quality"),
    BENEFITS("Benefits"),
    RISK("Risk");

    private final String label;

    Tolerance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
