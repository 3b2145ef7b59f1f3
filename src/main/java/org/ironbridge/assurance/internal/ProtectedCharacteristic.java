package org.ironbridge.assurance.internal;

/** The nine protected characteristics of the Equality Act 2010 (section 4). */
public enum ProtectedCharacteristic {
    AGE("Age"),
    DISABILITY("Disability"),
    GENDER_REASSIGNMENT("Gender reassignment"),
    MARRIAGE_CIVIL_PARTNERSHIP("Marriage and civil partnership"),
    PREGNANCY_MATERNITY("Pregnancy and maternity"),
    RACE("Race"),
    RELIGION_BELIEF("Religion or belief"),
    SEX("Sex"),
    SEXUAL_ORIENTATION("Sexual orientation");

    private final String label;

    ProtectedCharacteristic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
