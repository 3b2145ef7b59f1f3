package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A business case's whole-life cost: capital and revenue, each one-off and recurring (per year), over a
 * number of years. The total is the one-off costs plus the recurring costs for every year costed.
 */
public record WholeLifeCost(BigDecimal capitalOneOff, BigDecimal capitalRecurring, BigDecimal revenueOneOff,
                            BigDecimal revenueRecurring, int years) {

    public static final int MAX_YEARS = 20;

    public WholeLifeCost {
        for (BigDecimal amount : new BigDecimal[] {capitalOneOff, capitalRecurring, revenueOneOff, revenueRecurring}) {
            if (Objects.requireNonNull(amount, "every cost is needed, zero when there is none").signum() < 0) {
                throw new IllegalArgumentException("Costs cannot be negative");
            }
        }
        capitalOneOff = pounds(capitalOneOff);
        capitalRecurring = pounds(capitalRecurring);
        revenueOneOff = pounds(revenueOneOff);
        revenueRecurring = pounds(revenueRecurring);
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("A whole-life cost covers 1 to " + MAX_YEARS + " years, not " + years);
        }
    }

    public BigDecimal oneOff() {
        return pounds(capitalOneOff.add(revenueOneOff));
    }

    public BigDecimal recurringPerYear() {
        return pounds(capitalRecurring.add(revenueRecurring));
    }

    /** Capital over the whole life: the one-off spend and every year's recurring spend. */
    public BigDecimal capital() {
        return pounds(capitalOneOff.add(over(capitalRecurring)));
    }

    public BigDecimal revenue() {
        return pounds(revenueOneOff.add(over(revenueRecurring)));
    }

    public BigDecimal total() {
        return pounds(oneOff().add(over(recurringPerYear())));
    }

    private BigDecimal over(BigDecimal perYear) {
        return perYear.multiply(BigDecimal.valueOf(years));
    }

    /** Pounds and pence, so that £5 and £5.00 are the same amount. */
    static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
