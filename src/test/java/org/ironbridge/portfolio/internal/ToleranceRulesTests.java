package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.ToleranceRules.Breach;
import org.ironbridge.portfolio.internal.ToleranceRules.Limits;
import org.ironbridge.portfolio.internal.ToleranceRules.Position;
import org.ironbridge.portfolio.internal.ToleranceRules.Slip;
import org.junit.jupiter.api.Test;

/** The tolerance rules, worked by hand. */
class ToleranceRulesTests {

    private static final LocalDate BASELINE = LocalDate.of(2025, 6, 30);

    @Test
    void aSlipOfExactlyTheTimeToleranceIsWithinItAndOneDayMoreBreachesIt() {
        Limits fourteenDays = limits(14, null, null, null);
        assertThat(ToleranceRules.breaches(fourteenDays, slips(slip("Go-live", BASELINE.plusDays(14), false)))).isEmpty();
        List<Breach> late = ToleranceRules.breaches(fourteenDays, slips(slip("Go-live", BASELINE.plusDays(15), false)));
        assertThat(late).singleElement().satisfies(breach -> {
            assertThat(breach.tolerance()).isEqualTo(Tolerance.TIME);
            assertThat(breach.forecast()).isEqualTo("Go-live forecast 15 July 2025, 15 days after its baseline of 30 June 2025");
            assertThat(breach.limit()).isEqualTo("No more than 14 days late");
        });
    }

    @Test
    void theWorstSlipIsReportedAndAnAchievedMilestoneCountsByItsActualDate() {
        List<Breach> breaches = ToleranceRules.breaches(limits(10, null, null, null), slips(
                slip("Design signed off", BASELINE.plusDays(20), true),
                slip("Contract award", BASELINE.plusDays(45), false),
                slip("Initiative end", BASELINE.minusDays(30), false)));
        assertThat(breaches).singleElement().extracting(Breach::forecast)
                .isEqualTo("Contract award forecast 14 August 2025, 45 days after its baseline of 30 June 2025");
        assertThat(ToleranceRules.breaches(limits(10, null, null, null), slips(slip("Design signed off",
                BASELINE.plusDays(11), true)))).singleElement().extracting(Breach::forecast).asString().contains("achieved");
    }

    @Test
    void finishingEarlyOrHavingNoTimeToleranceNeverBreaches() {
        assertThat(ToleranceRules.breaches(limits(0, null, null, null), slips(slip("End", BASELINE.minusDays(90), false))))
                .isEmpty();
        assertThat(ToleranceRules.breaches(Limits.NONE, slips(slip("End", BASELINE.plusDays(900), false)))).isEmpty();
        assertThat(ToleranceRules.slippage(BASELINE, BASELINE.plusDays(3))).isEqualTo(3);
        assertThat(ToleranceRules.slippage(null, BASELINE)).isZero();
    }

    @Test
    void costIsMeasuredAgainstTheApprovedBudgetWithTheSmallerOfThePoundAndPercentAllowance() {
        Limits both = limits(null, new BigDecimal("25000"), 10, null);
        // 10% of £100,000 is £10,000, less than £25,000: £10,000 applies.
        assertThat(ToleranceRules.costAllowance(both, new BigDecimal("100000"))).isEqualByComparingTo("10000");
        assertThat(ToleranceRules.breaches(both, money("100000", null, "110000"))).isEmpty();
        List<Breach> over = ToleranceRules.breaches(both, money("100000", null, "110000.01"));
        assertThat(over).singleElement().satisfies(breach -> {
            assertThat(breach.tolerance()).isEqualTo(Tolerance.COST);
            assertThat(breach.forecast()).isEqualTo("Forecast outturn £110,000.01: £10,000.01 over the approved budget of £100,000");
            assertThat(breach.limit()).isEqualTo("No more than £25,000 or 10% over the approved budget of £100,000, "
                    + "whichever is less (£10,000)");
        });
        // 10% of £1,000,000 is £100,000, more than £25,000: £25,000 applies.
        assertThat(ToleranceRules.costAllowance(both, new BigDecimal("1000000"))).isEqualByComparingTo("25000");
    }

    @Test
    void moneyAlreadySpentCountsEvenWhenTheForecastIsLower() {
        Limits pounds = limits(null, new BigDecimal("5000"), null, null);
        assertThat(ToleranceRules.outturn(new BigDecimal("120000"), new BigDecimal("90000"))).isEqualByComparingTo("120000");
        assertThat(ToleranceRules.breaches(pounds, money("100000", "120000", "90000")))
                .singleElement().extracting(Breach::forecast).asString().startsWith("Forecast outturn £120,000");
    }

    @Test
    void withNothingApprovedThereIsNoCostToBreach() {
        Limits percent = limits(null, null, 5, null);
        assertThat(ToleranceRules.breaches(percent, money(null, "900000", "900000"))).isEmpty();
        assertThat(ToleranceRules.costAllowance(percent, null)).isNull();
        assertThat(ToleranceRules.breaches(percent, money("1000", null, null))).isEmpty();
    }

    @Test
    void riskIsTheHigherOfTheCurrentScoreAndTheReportedForecast() {
        Limits fifteen = limits(null, null, null, 15);
        assertThat(ToleranceRules.breaches(fifteen, risk(15, null))).isEmpty();
        assertThat(ToleranceRules.breaches(fifteen, risk(16, 4))).singleElement()
                .extracting(Breach::forecast).isEqualTo("Risk score 16");
        assertThat(ToleranceRules.breaches(fifteen, risk(12, 20))).singleElement().satisfies(breach -> {
            assertThat(breach.forecast()).isEqualTo("Risk score 20, forecast in the status report for March 2025, version 1");
            assertThat(breach.limit()).isEqualTo("A risk score of no more than 15");
        });
        assertThat(ToleranceRules.breaches(Limits.NONE, risk(25, 25))).isEmpty();
    }

    @Test
    void aDeclaredBreachOfScopeQualityOrBenefitsIsABreachWithOrWithoutAWrittenTolerance() {
        Limits written = new Limits(null, null, null, null, "All nine capabilities", null, "Wait times down 20%");
        Position position = new Position(List.of(), null, null, null, null, null, Map.of(
                Tolerance.SCOPE, ToleranceForecast.WITHIN, Tolerance.QUALITY, ToleranceForecast.WILL_BREACH,
                Tolerance.BENEFITS, ToleranceForecast.WILL_BREACH), "March 2025, version 1");
        List<Breach> breaches = ToleranceRules.breaches(written, position);
        assertThat(breaches).extracting(Breach::tolerance).containsExactly(Tolerance.QUALITY, Tolerance.BENEFITS);
        assertThat(breaches.get(0).limit()).isEqualTo("No quality tolerance has been recorded");
        assertThat(breaches.get(1).limit()).isEqualTo("Wait times down 20%");
        assertThat(breaches.get(1).forecast()).isEqualTo("Declared as will breach in the status report for March 2025, version 1");
    }

    @Test
    void anExceptionGoesToTheBoardAboveAndTheChangeBoardAnswersItsOwn() {
        assertThat(ToleranceRules.escalatesTo(Tier.PROJECT_BOARD)).isEqualTo(Tier.DESIGN_AND_DELIVERY_BOARD);
        assertThat(ToleranceRules.escalatesTo(Tier.DESIGN_AND_DELIVERY_BOARD)).isEqualTo(Tier.CHANGE_BOARD);
        assertThat(ToleranceRules.escalatesTo(Tier.CHANGE_BOARD)).isEqualTo(Tier.CHANGE_BOARD);
    }

    private static Limits limits(Integer days, BigDecimal pounds, Integer percent, Integer risk) {
        return new Limits(days, pounds, percent, risk, null, null, null);
    }

    private static Slip slip(String what, LocalDate latest, boolean achieved) {
        return new Slip(what, BASELINE, latest, achieved);
    }

    private static Position slips(Slip... slips) {
        return new Position(List.of(slips), null, null, null, null, null, Map.of(), null);
    }

    private static Position money(String approved, String spent, String forecast) {
        return new Position(List.of(), amount(approved), amount(spent), amount(forecast), null, null, Map.of(), null);
    }

    private static Position risk(Integer score, Integer forecast) {
        return new Position(List.of(), null, null, null, score, forecast, Map.of(), "March 2025, version 1");
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
