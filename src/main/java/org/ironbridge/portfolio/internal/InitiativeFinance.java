package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An initiative's money: the budget requested, the budget approved and the board decision that
 * approved it (set only by governance, through the facade), spent to date and the forecast outturn.
 */
@Table("initiative_finance")
public class InitiativeFinance {

    @Id
    private final UUID initiativeId;
    private BigDecimal requested;
    private BigDecimal approved;
    private UUID approvedByDecisionId;
    private String approvedByDecisionReference;
    private BigDecimal spent;
    private BigDecimal forecastOutturn;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    InitiativeFinance(UUID initiativeId, BigDecimal requested, BigDecimal approved, UUID approvedByDecisionId,
                      String approvedByDecisionReference, BigDecimal spent, BigDecimal forecastOutturn, Instant updatedAt,
                      Integer version) {
        this.initiativeId = initiativeId;
        this.requested = requested;
        this.approved = approved;
        this.approvedByDecisionId = approvedByDecisionId;
        this.approvedByDecisionReference = approvedByDecisionReference;
        this.spent = spent;
        this.forecastOutturn = forecastOutturn;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** What the finance form may set: never the approved budget. */
    record Figures(BigDecimal requested, BigDecimal spent, BigDecimal forecastOutturn) {
    }

    static InitiativeFinance none(UUID initiativeId) {
        return new InitiativeFinance(initiativeId, null, null, null, null, null, null, null, null);
    }

    void report(Figures figures, Instant now) {
        this.requested = figures.requested();
        this.spent = figures.spent();
        this.forecastOutturn = figures.forecastOutturn();
        this.updatedAt = now;
    }

    void approve(BigDecimal amount, UUID decisionId, String decisionReference, Instant now) {
        this.approved = amount;
        this.approvedByDecisionId = decisionId;
        this.approvedByDecisionReference = decisionReference;
        this.updatedAt = now;
    }

    /** Forecast outturn (never less than spent) minus the approved budget; null until both are known. */
    public BigDecimal variance() {
        BigDecimal outturn = ToleranceRules.outturn(spent, forecastOutturn);
        return approved == null || outturn == null ? null : outturn.subtract(approved);
    }

    public boolean recorded() {
        return version != null;
    }

    public UUID initiativeId() { return initiativeId; }
    public BigDecimal requested() { return requested; }
    public BigDecimal approved() { return approved; }
    public UUID approvedByDecisionId() { return approvedByDecisionId; }
    public String approvedByDecisionReference() { return approvedByDecisionReference; }
    public BigDecimal spent() { return spent; }
    public BigDecimal forecastOutturn() { return forecastOutturn; }
    public Instant updatedAt() { return updatedAt; }
    public Integer version() { return version; }
}
