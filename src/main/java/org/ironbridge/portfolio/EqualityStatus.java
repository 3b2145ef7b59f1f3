package org.ironbridge.portfolio;

/** Where an initiative's equality analysis stands: screened, analysed in full, or signed off by its SRO. */
public enum EqualityStatus {
    SCREENING("Screening"),
    FULL_ANALYSIS("Full analysis"),
    SIGNED_OFF("Signed off");

    private final String label;

    EqualityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
