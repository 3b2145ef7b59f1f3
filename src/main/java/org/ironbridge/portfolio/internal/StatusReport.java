package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.portfolio.DeliveryConfidence;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The project manager's monthly snapshot of an initiative. Append-only (the database refuses
 * changes): a correction is a new version for the same period, and every version is kept.
 */
@Table("status_report")
public record StatusReport(@Id UUID id, UUID initiativeId, LocalDate period, int versionNumber,
                           DeliveryConfidence deliveryConfidence,
                           @Embedded.Empty(prefix = "rag_") Initiative.RagStatus rag, String narrative, String keyRisks,
                           String decisionsNeeded, ToleranceForecast scopeForecast, ToleranceForecast qualityForecast,
                           ToleranceForecast benefitsForecast, Integer riskScoreForecast, String submittedBy,
                           Instant submittedAt) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public YearMonth month() {
        return YearMonth.from(period);
    }

    /** "March 2025", as people name a reporting period. */
    public String periodName() {
        return MONTH.format(period);
    }

    /** "March 2025, version 2": which report a forecast came from. */
    public String name() {
        return periodName() + ", version " + versionNumber;
    }

    Map<Tolerance, ToleranceForecast> declared() {
        return Map.of(Tolerance.SCOPE, scopeForecast, Tolerance.QUALITY, qualityForecast,
                Tolerance.BENEFITS, benefitsForecast);
    }
}
