package org.ironbridge.assurance.internal;

/** What kind of AI or algorithm the system is. */
public enum AiSystemType {
    GENERATIVE_ASSISTANT("Generative assistant"),
    CLASSIFIER("Classifier"),
    VOICE_ASSISTANT("Voice assistant"),
    COMPUTER_VISION("Computer vision"),
    DECISION_SUPPORT("Decision support"),
    PREDICTIVE_ANALYTICS("Predictive analytics"),
    RPA_WITH_RULES("Robotic process automation with rules");

    private final String label;

    AiSystemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A rules-based robot makes no inference of its own: it takes the light assessment. */
    public boolean rulesBased() {
        return this == RPA_WITH_RULES;
    }
}
