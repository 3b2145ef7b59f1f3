package org.ironbridge.portfolio;

import java.math.BigDecimal;

/**
 * An initiative's money, for other modules: each figure is null where it has not been recorded.
 * {@code approvedByDecision} is the reference of the board decision that approved the budget.
 */
public record FinanceSummary(BigDecimal requested, BigDecimal approved, String approvedByDecision, BigDecimal spent,
                             BigDecimal forecast) {
}
