package org.ironbridge.access;

/** Government Security Classifications used for the material Ironbridge holds. */
public enum Classification {
    OFFICIAL("OFFICIAL", VettingLevel.RV),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE", VettingLevel.MV);

    private final String marking;
    private final VettingLevel minimumVetting;

    Classification(String marking, VettingLevel minimumVetting) {
        this.marking = marking;
        this.minimumVetting = minimumVetting;
    }

    public String marking() {
        return marking;
    }

    public VettingLevel minimumVetting() {
        return minimumVetting;
    }
}
