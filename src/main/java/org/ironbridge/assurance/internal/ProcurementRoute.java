package org.ironbridge.assurance.internal;

/** How the force would buy, or has bought, the system. */
public enum ProcurementRoute {
    NATIONAL_FRAMEWORK("National framework (for example Crown Commercial Service)"),
    NATIONAL_PROGRAMME("Provided through a national policing programme"),
    OPEN_TENDER("Open tender"),
    DIRECT_AWARD("Direct award"),
    EXISTING_LICENCE("Existing licence or enterprise agreement"),
    GRANT_FUNDED("Grant funded (for example the STAR fund)"),
    IN_HOUSE("Built in house"),
    NOT_YET_DECIDED("Not yet decided");

    private final String label;

    ProcurementRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
