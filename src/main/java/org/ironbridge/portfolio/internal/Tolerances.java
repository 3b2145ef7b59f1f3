package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The tolerances an initiative's board delegated to it; see {@link ToleranceRules} for when they are breached. */
@Table("initiative_tolerance")
public class Tolerances {

    @Id
    private final UUID initiativeId;
    private Integer timeDays;
    private BigDecimal costAmount;
    private Integer costPercent;
    private Integer maximumRisk;
    private String scope;
    private String quality;
    private String benefits;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Tolerances(UUID initiativeId, Integer timeDays, BigDecimal costAmount, Integer costPercent, Integer maximumRisk,
               String scope, String quality, String benefits, Instant updatedAt, Integer version) {
        this.initiativeId = initiativeId;
        this.timeDays = timeDays;
        this.costAmount = costAmount;
        this.costPercent = costPercent;
        this.maximumRisk = maximumRisk;
        this.scope = scope;
        this.quality = quality;
        this.benefits = benefits;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** An initiative whose board has set no tolerances yet. */
    static Tolerances none(UUID initiativeId) {
        return new Tolerances(initiativeId, null, null, null, null, null, null, null, null, null);
    }

    void set(ToleranceRules.Limits limits, Instant now) {
        this.timeDays = limits.timeDays();
        this.costAmount = limits.costAmount();
        this.costPercent = limits.costPercent();
        this.maximumRisk = limits.maximumRisk();
        this.scope = limits.scope();
        this.quality = limits.quality();
        this.benefits = limits.benefits();
        this.updatedAt = now;
    }

    public ToleranceRules.Limits limits() {
        return new ToleranceRules.Limits(timeDays, costAmount, costPercent, maximumRisk, scope, quality, benefits);
    }

    /** Whether any tolerance has ever been saved. */
    public boolean recorded() {
        return version != null;
    }

    public UUID initiativeId() { return initiativeId; }
    public Instant updatedAt() { return updatedAt; }
    public Integer version() { return version; }
}
