package org.ironbridge.portfolio.internal;

/** Where the money for a business case comes from. */
public enum FundingSource {
    FORCE_BUDGET("Force budget"),
    RESERVES("Reserves"),
    NATIONAL_FUND("Home Office or national fund (for example STAR)"),
    POLICE_AND_CRIME_COMMISSIONER("Police and Crime Commissioner"),
    PARTNERSHIP("Partnership"),
    OTHER("Other");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
