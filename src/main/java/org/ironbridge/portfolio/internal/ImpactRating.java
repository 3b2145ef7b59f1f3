package org.ironbridge.portfolio.internal;

/** How an initiative affects people who share a protected characteristic, as far as is known. */
public enum ImpactRating {
    POSITIVE("Positive", "govuk-tag--green"),
    NEUTRAL("Neutral", "govuk-tag--grey"),
    NEGATIVE("Negative", "govuk-tag--red"),
    UNKNOWN("Unknown", "govuk-tag--yellow");

    private final String label;
    private final String tagClass;

    ImpactRating(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour it is shown in. */
    public String tagClass() {
        return tagClass;
    }
}
