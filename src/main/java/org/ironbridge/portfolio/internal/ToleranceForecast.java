package org.ironbridge.portfolio.internal;

/** The project manager's forecast, in a status report, for a tolerance that is judged rather than measured. */
public enum ToleranceForecast {
    WITHIN("Within tolerance"),
    WILL_BREACH("Will breach tolerance");

    private final String label;

    ToleranceForecast(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
