package org.ironbridge.portfolio;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** A monthly status report, for other modules: the latest version for its period. */
public record StatusReportSummary(UUID id, YearMonth period, int version, DeliveryConfidence confidence,
                                  String narrative, String decisionsNeeded, String submittedBy, Instant submittedAt) {
}
