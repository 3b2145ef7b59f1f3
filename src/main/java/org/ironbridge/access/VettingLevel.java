package org.ironbridge.access;

/** Police and national security vetting levels, lowest first. */
public enum VettingLevel {
    RV("Recruitment Vetting (RV)"),
    MV("Management Vetting (MV)"),
    CTC("Counter-Terrorist Check (CTC)"),
    SC("Security Check (SC)"),
    DV("Developed Vetting (DV)");

    private final String label;

    VettingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(VettingLevel other) {
        return compareTo(other) >= 0;
    }
}
