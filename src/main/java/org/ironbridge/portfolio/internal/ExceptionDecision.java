package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Which board decision answered an exception report. Append-only, one per report. */
@Table("exception_report_decision")
public record ExceptionDecision(@Id UUID exceptionReportId, UUID decisionId, String decisionReference, String recordedBy,
                                Instant recordedAt) {
}
