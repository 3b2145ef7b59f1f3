package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A dated commitment of an initiative: the date agreed at baseline, the date now forecast, and the date achieved. */
@Table("milestone")
public class Milestone {

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private String title;
    private LocalDate baselineDate;
    private LocalDate forecastDate;
    private LocalDate actualDate;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Milestone(UUID id, UUID initiativeId, String title, LocalDate baselineDate, LocalDate forecastDate,
              LocalDate actualDate, Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.title = title;
        this.baselineDate = baselineDate;
        this.forecastDate = forecastDate;
        this.actualDate = actualDate;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** What a milestone form sets. */
    record Details(String title, LocalDate baseline, LocalDate forecast, LocalDate actual) {
    }

    static Milestone plan(UUID initiativeId, Details details, Instant now) {
        return new Milestone(UUID.randomUUID(), initiativeId, details.title(), details.baseline(), details.forecast(),
                details.actual(), now, now, null);
    }

    void revise(Details details, Instant now) {
        this.title = details.title();
        this.baselineDate = details.baseline();
        this.forecastDate = details.forecast();
        this.actualDate = details.actual();
        this.updatedAt = now;
    }

    Details details() {
        return new Details(title, baselineDate, forecastDate, actualDate);
    }

    /** Days late (positive) or early (negative): the actual date once achieved, else the forecast, against the baseline. */
    public long slippage() {
        return ToleranceRules.slippage(baselineDate, latest());
    }

    public LocalDate latest() {
        return actualDate != null ? actualDate : forecastDate;
    }

    ToleranceRules.Slip slip() {
        return new ToleranceRules.Slip("Milestone ‘" + title + "’", baselineDate, latest(), actualDate != null);
    }

    public UUID id() { return id; }
    public UUID initiativeId() { return initiativeId; }
    public String title() { return title; }
    public LocalDate baselineDate() { return baselineDate; }
    public LocalDate forecastDate() { return forecastDate; }
    public LocalDate actualDate() { return actualDate; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Integer version() { return version; }
}
