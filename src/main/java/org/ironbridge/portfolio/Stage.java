package org.ironbridge.portfolio;

/** Lifecycle stages; the gate named is the review that admits an initiative to the stage. */
public enum Stage {
    MANDATE("Mandate", null),
    STRATEGIC_OUTLINE_CASE("Strategic Outline Case", "G0/G1"),
    OUTLINE_BUSINESS_CASE("Outline Business Case", "G2"),
    FULL_BUSINESS_CASE("Full Business Case", "G3"),
    DELIVERY("Delivery", null),
    TRANSITION("Transition and readiness", "G4"),
    CLOSURE("Closure", null),
    BENEFITS_REVIEW("Benefits review", "G5"),
    CLOSED("Closed", null);

    private final String label;
    private final String gate;

    Stage(String label, String gate) {
        this.label = label;
        this.gate = gate;
    }

    public String label() {
        return label;
    }

    /** The gate review that admits an initiative to this stage, or null. */
    public String gate() {
        return gate;
    }
}
