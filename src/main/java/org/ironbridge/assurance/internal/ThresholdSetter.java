package org.ironbridge.assurance.internal;

/** Who set the thresholds a system is validated against: the Ethics Panel's advice or the Change Board's decision. */
public enum ThresholdSetter {
    ETHICS_PANEL("Ethics Panel", "the Ethics Panel"),
    CHANGE_BOARD("Change Board", "the Change Board");

    private final String label;
    private final String inSentence;

    ThresholdSetter(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    public String label() {
        return label;
    }

    /** As it reads inside a sentence: "thresholds set by the Ethics Panel". */
    public String inSentence() {
        return inSentence;
    }
}
