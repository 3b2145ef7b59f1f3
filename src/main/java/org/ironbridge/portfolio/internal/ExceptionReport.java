package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.portfolio.Tier;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A breached tolerance put to the board above: the forecast against the limit, the cause, the
 * options and the recommendation. Append-only; the board's answer is an {@link ExceptionDecision}.
 */
@Table("exception_report")
public record ExceptionReport(@Id UUID id, UUID initiativeId, Tolerance tolerance, String forecast,
                              String toleranceLimit, String cause, String options, String recommendation,
                              Tier addressedTo, String raisedBy, LocalDate raisedOn, Instant raisedAt) {
}
