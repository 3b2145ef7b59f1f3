package org.ironbridge.portfolio;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An exception report, for other modules: the breached tolerance, the forecast against the limit,
 * the board it is addressed to, and the reference of the decision that answered it (null while open).
 */
public record ExceptionReportSummary(UUID id, UUID initiativeId, String initiativeReference, String initiativeTitle,
                                     String tolerance, String forecast, String limit, Tier addressedTo,
                                     LocalDate raisedOn, String decisionReference) {
}
