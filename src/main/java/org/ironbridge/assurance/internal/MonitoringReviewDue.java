package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A review owner has been told in Ironbridge that a review is due; an email follows once that is committed. */
public record MonitoringReviewDue(UUID systemId, UUID personId, LocalDate dueOn, String title, String text, String link) {
}
