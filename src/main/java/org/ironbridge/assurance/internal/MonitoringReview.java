package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One post-deployment review: the due date it answered, what was observed against each metric, and the outcome. */
public record MonitoringReview(UUID id, UUID systemId, LocalDate dueOn, LocalDate reviewedOn, ReviewOutcome outcome,
                               String notes, boolean breached, UUID reviewerId, String reviewerName, List<Measure> observations,
                               String recordedBy, Instant recordedAt) {

    public List<Measure> breaches() {
        return observations.stream().filter(o -> !o.within()).toList();
    }
}
