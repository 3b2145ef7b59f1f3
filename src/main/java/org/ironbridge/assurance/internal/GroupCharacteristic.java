package org.ironbridge.assurance.internal;

/**
 * The characteristic a group result is broken down by: the protected characteristics of the Equality Act 2010
 * that a system is most often tested against, and accent or first language for anything that listens.
 */
public enum GroupCharacteristic {
    SEX("Sex"),
    AGE("Age band"),
    ETHNICITY("Ethnicity"),
    DISABILITY("Disability"),
    LANGUAGE("Accent or first language"),
    OTHER("Other");

    private final String label;

    GroupCharacteristic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
