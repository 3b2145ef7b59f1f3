package org.ironbridge.assurance.internal;

/** The six explanation types of the ICO and Alan Turing Institute guidance "Explaining decisions made with AI". */
public enum ExplanationType {
    RATIONALE("Rationale", "The reasons that led to an outcome, in plain language."),
    RESPONSIBILITY("Responsibility", "Who is involved in developing, managing and using the system, and whom to ask for a human review."),
    DATA("Data", "What data was used, and how, to reach an outcome."),
    FAIRNESS("Fairness", "The steps taken so that outcomes are unbiased and fair, and people are treated equitably."),
    SAFETY_PERFORMANCE("Safety and performance", "The steps taken to make the system accurate, reliable, secure and robust."),
    IMPACT("Impact", "The effect the system and its outcomes have, or may have, on a person and on society.");

    private final String label;
    private final String hint;

    ExplanationType(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
