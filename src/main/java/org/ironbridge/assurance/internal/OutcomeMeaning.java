package org.ironbridge.assurance.internal;

/**
 * What an Ethics Panel outcome means, whatever the force calls it: the software relies on the meaning (whether
 * the step is complete, whether recommendations are expected), never on the force's wording.
 */
public enum OutcomeMeaning {
    SUPPORTED("Supported", "green", true),
    SUPPORTED_WITH_RECOMMENDATIONS("Supported with recommendations", "green", true),
    RESUBMIT("Resubmit", "orange", false),
    NOT_SUPPORTED("Not supported", "red", true);

    private final String label;
    private final String colour;
    private final boolean complete;

    OutcomeMeaning(String label, String colour, boolean complete) {
        this.label = label;
        this.colour = colour;
        this.complete = complete;
    }

    /** The default wording, and how the meaning is named on the settings page. */
    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    /** Advice the Change Board can act on; a resubmission leaves the step open until the panel advises again. */
    public boolean complete() {
        return complete;
    }
}
