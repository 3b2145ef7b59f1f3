package org.ironbridge.portfolio.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** One dependency with the initiative waiting on it, what it waits on, and whether that makes it late. */
public record DependencyRow(UUID id, String reference, UUID waitingId, String waitingReference, String waitingTitle,
                            UUID providerId, String providerReference, String providerTitle, String externalProgramme,
                            String needed, LocalDate neededBy, Raid.DependencyStatus status,
                            LocalDate providerForecastEnd, Lateness lateness) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What is waited on: the initiative, or the external programme. */
    public String provider() {
        return externalProgramme != null ? externalProgramme : providerReference + " " + providerTitle;
    }

    public boolean external() {
        return externalProgramme != null;
    }

    /** Why it is late, or null when it is not. */
    public String why() {
        return switch (lateness) {
            case PAST_NEEDED_BY -> "needed by " + DAY.format(neededBy) + " and not yet met";
            case PROVIDER_FINISHES_AFTER -> providerReference + " is forecast to finish on "
                    + DAY.format(providerForecastEnd) + ", after the " + DAY.format(neededBy) + " it is needed by";
            case DECLARED_LATE -> "marked late by the initiative's team";
            case MET, ON_TRACK -> null;
        };
    }

    /** For example "Late because of D-001 on the National Law Enforcement Data Service: needed by ..." */
    public String lateBecause() {
        return lateness.late() ? "Late because of " + reference + " on " + provider() + ": " + why() : null;
    }

    public String neededByText() {
        return DAY.format(neededBy);
    }
}
