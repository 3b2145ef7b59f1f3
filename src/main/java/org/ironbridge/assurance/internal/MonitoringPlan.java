package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How a system in use is watched: the metrics and their thresholds, how often it is reviewed, who owns the
 * reviews, and when the next one is due (computed from the first review date and the reviews held).
 */
public record MonitoringPlan(UUID systemId, ReviewFrequency frequency, UUID ownerId, String ownerName,
                             LocalDate firstReviewOn, LocalDate nextDueOn, int version, List<Measure> metrics,
                             Instant updatedAt) {

    public DueState state(LocalDate today) {
        return DueState.of(nextDueOn, today);
    }

    public String describeDue(LocalDate today) {
        return DueState.describe(nextDueOn, today);
    }

    /** The due dates from the next one up to and including {@code until}. */
    public List<LocalDate> dueDatesUntil(LocalDate until) {
        java.util.ArrayList<LocalDate> dates = new java.util.ArrayList<>();
        LocalDate due = nextDueOn;
        while (!due.isAfter(until) && dates.size() < 60) {
            dates.add(due);
            due = frequency.nextAfter(firstReviewOn, due);
        }
        return dates;
    }
}
