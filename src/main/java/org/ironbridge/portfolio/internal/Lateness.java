package org.ironbridge.portfolio.internal;

import java.time.LocalDate;

/**
 * Whether a dependency holds up the initiative waiting on it. It is late when its needed-by date has
 * passed and it is not met, when the initiative it depends on is forecast to finish after the date it
 * is needed by, or when the team has said it is late. A met dependency is never late.
 */
public enum Lateness {
    MET(false),
    ON_TRACK(false),
    PAST_NEEDED_BY(true),
    PROVIDER_FINISHES_AFTER(true),
    DECLARED_LATE(true);

    private final boolean late;

    Lateness(boolean late) {
        this.late = late;
    }

    public boolean late() {
        return late;
    }

    /**
     * @param providerForecastEnd the forecast end of the initiative depended on; null for an external
     *                            programme, or when no forecast is recorded
     */
    public static Lateness of(Raid.DependencyStatus status, LocalDate neededBy, LocalDate providerForecastEnd,
                              LocalDate today) {
        if (status == Raid.DependencyStatus.MET) {
            return MET;
        }
        if (neededBy.isBefore(today)) {
            return PAST_NEEDED_BY;
        }
        if (providerForecastEnd != null && providerForecastEnd.isAfter(neededBy)) {
            return PROVIDER_FINISHES_AFTER;
        }
        return status == Raid.DependencyStatus.LATE ? DECLARED_LATE : ON_TRACK;
    }
}
