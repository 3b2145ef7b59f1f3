package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The whole-life cost of a business case: one-off costs plus recurring costs for every year costed. */
class WholeLifeCostTests {

    @Test
    void theTotalIsTheOneOffCostsPlusTheRecurringCostsTimesTheYears() {
        WholeLifeCost cost = cost("350000", "0", "60000", "95000", 5);
        assertThat(cost.oneOff()).isEqualByComparingTo("410000");
        assertThat(cost.recurringPerYear()).isEqualByComparingTo("95000");
        assertThat(cost.total()).isEqualByComparingTo("885000");
    }

    @Test
    void capitalAndRevenueEachAddTheirOwnRecurringCostsAndTogetherMakeTheTotal() {
        WholeLifeCost cost = cost("100000", "5000", "20000.50", "10000", 3);
        assertThat(cost.capital()).isEqualByComparingTo("115000");
        assertThat(cost.revenue()).isEqualByComparingTo("50000.50");
        assertThat(cost.total()).isEqualByComparingTo(cost.capital().add(cost.revenue())).isEqualByComparingTo("165000.50");
    }

    @Test
    void oneYearCountsTheRecurringCostsOnceAndTwentyYearsTwentyTimes() {
        assertThat(cost("0", "1", "0", "2", 1).total()).isEqualByComparingTo("3");
        assertThat(cost("0", "1", "0", "2", 20).total()).isEqualByComparingTo("60");
    }

    @Test
    void amountsAreKeptInPoundsAndPenceSoEqualAmountsCompareEqual() {
        WholeLifeCost typed = cost("5", "0", "0.5", "0", 2);
        assertThat(typed).isEqualTo(cost("5.00", "0.00", "0.50", "0", 2));
        assertThat(typed.total().toPlainString()).isEqualTo("5.50");
    }

    @Test
    void theLargestAmountsTheFormAcceptsDoNotOverflow() {
        String most = "999999999999.99";
        assertThat(cost(most, most, most, most, 20).total()).isEqualByComparingTo("41999999999999.58");
    }

    @Test
    void yearsOutsideOneToTwentyAndNegativeOrMissingCostsAreRefused() {
        assertThatThrownBy(() -> cost("1", "1", "1", "1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cost("1", "1", "1", "1", 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cost("-1", "1", "1", "1", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WholeLifeCost(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 5))
                .isInstanceOf(NullPointerException.class);
    }

    private static WholeLifeCost cost(String capitalOneOff, String capitalRecurring, String revenueOneOff,
                                      String revenueRecurring, int years) {
        return new WholeLifeCost(new BigDecimal(capitalOneOff), new BigDecimal(capitalRecurring),
                new BigDecimal(revenueOneOff), new BigDecimal(revenueRecurring), years);
    }
}
