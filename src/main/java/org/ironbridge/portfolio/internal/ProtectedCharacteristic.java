package org.ironbridge.portfolio.internal;

import java.util.Locale;

/** The nine protected characteristics of the Equality Act 2010, in the Act's order. */
public enum ProtectedCharacteristic {
    AGE("Age"),
    DISABILITY("Disability"),
    GENDER_REASSIGNMENT("Gender reassignment"),
    MARRIAGE_AND_CIVIL_PARTNERSHIP("Marriage and civil partnership"),
    PREGNANCY_AND_MATERNITY("Pregnancy and maternity"),
    RACE("Race"),
    RELIGION_OR_BELIEF("Religion or belief"),
    SEX("Sex"),
    SEXUAL_ORIENTATION("Sexual orientation");

    private final String label;

    ProtectedCharacteristic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The characteristic in a sentence: "the impact on age". */
    public String inSentence() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** The stem of its form fields' ids, such as "gender-reassignment". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
