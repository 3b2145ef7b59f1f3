package org.ironbridge.prioritisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scoring models against figures worked out by hand. */
class ScoringModelsTests {

    @Test
    void riceIsReachTimesImpactTimesConfidenceOverEffort() {
        Rice rice = new Rice(2000, new BigDecimal("2"), 80, new BigDecimal("4"));
        assertThat(rice.score()).isEqualByComparingTo("800");
        assertThat(rice.why()).isEqualTo("2,000 reach × 2 impact × 80% confidence ÷ 4 person-months = 800");
        // 150 × 0.25 × 0.5 ÷ 0.5 = 37.5
        assertThat(new Rice(150, new BigDecimal("0.25"), 50, new BigDecimal("0.5")).score()).isEqualByComparingTo("37.5");
        // 1000 × 3 × 1 ÷ 1 person-month
        assertThat(new Rice(1000, new BigDecimal("3"), 100, BigDecimal.ONE).why())
                .isEqualTo("1,000 reach × 3 impact × 100% confidence ÷ 1 person-month = 3,000");
    }

    @Test
    void riceRefusesValuesOutsideItsScales() {
        assertThatThrownBy(() -> new Rice(100, new BigDecimal("0.3"), 80, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rice(100, BigDecimal.ONE, 90, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rice(-1, BigDecimal.ONE, 80, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rice(100, BigDecimal.ONE, 80, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rice(100, BigDecimal.ONE, 80, new BigDecimal("1.25"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iceIsTheMeanOfItsThreePartsNotTheirProduct() {
        assertThat(new Ice(7, 5, 9).score()).isEqualByComparingTo("7");
        assertThat(new Ice(7, 5, 9).why()).isEqualTo("(7 impact + 5 confidence + 9 ease) ÷ 3 = 7");
        // (7 + 5 + 8) ÷ 3 = 6.666… shown to two places
        assertThat(new Ice(7, 5, 8).score()).isEqualByComparingTo("6.67");
        assertThatThrownBy(() -> new Ice(0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ice(5, 11, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wsjfIsTheCostOfDelayOverJobSizeOnTheFibonacciScale() {
        Wsjf wsjf = new Wsjf(8, 5, 3, 5);
        assertThat(wsjf.score()).isEqualByComparingTo("3.2");
        assertThat(wsjf.why()).isEqualTo("(8 business value + 5 time criticality + 3 risk reduction) ÷ 5 job size = 16 ÷ 5 = 3.2");
        // (20 + 13 + 1) ÷ 3 = 11.333…
        assertThat(new Wsjf(20, 13, 1, 3).score()).isEqualByComparingTo("11.33");
        assertThatThrownBy(() -> new Wsjf(4, 5, 3, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMatrixIsTheWeightedSumAsAPercentageOfTheMost() {
        // 25×4 + 20×3 + 15×5 + 15×2 + 15×4 + 10×3 = 100 + 60 + 75 + 30 + 60 + 30 = 355 of 500 = 71%
        WeightedMatrix matrix = new WeightedMatrix(List.of(
                new WeightedMatrix.Rating("Public benefit", 25, 4),
                new WeightedMatrix.Rating("Officer time released", 20, 3),
                new WeightedMatrix.Rating("Cost saving", 15, 5),
                new WeightedMatrix.Rating("Risk reduction", 15, 2),
                new WeightedMatrix.Rating("Strategic fit", 15, 4),
                new WeightedMatrix.Rating("Deliverability", 10, 3)));
        assertThat(matrix.weightedSum()).isEqualTo(355);
        assertThat(matrix.score()).isEqualByComparingTo("71");
        assertThat(matrix.why()).startsWith("Public benefit 4 of 5 × 25% + Officer time released 3 of 5 × 20%")
                .endsWith("= 355 of 500 = 71%");
        // every criterion rated 5 is 100%; every one rated 1 is 20%
        assertThat(new WeightedMatrix(List.of(new WeightedMatrix.Rating("A", 60, 5), new WeightedMatrix.Rating("B", 40, 5)))
                .score()).isEqualByComparingTo("100");
        assertThat(new WeightedMatrix(List.of(new WeightedMatrix.Rating("A", 60, 1), new WeightedMatrix.Rating("B", 40, 1)))
                .score()).isEqualByComparingTo("20");
        // 70×4 + 30×3 = 370 of 500 = 74%
        assertThat(new WeightedMatrix(List.of(new WeightedMatrix.Rating("A", 70, 4), new WeightedMatrix.Rating("B", 30, 3)))
                .score()).isEqualByComparingTo("74");
    }

    @Test
    void theMatrixRefusesWeightsThatDoNotAddUpTo100() {
        assertThatThrownBy(() -> new WeightedMatrix(List.of(new WeightedMatrix.Rating("A", 60, 3),
                new WeightedMatrix.Rating("B", 39, 3)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedMatrix.Rating("A", 50, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assessorsDisagreeWhenTheirSpreadIsMoreThanTheForceAllows() {
        Thresholds defaults = Thresholds.DEFAULTS;
        // matrix 71% and 50%: spread 21 points > 20
        Comparison matrix = Comparison.of(Model.MATRIX, List.of(new BigDecimal("71"), new BigDecimal("50")), defaults);
        assertThat(matrix.mean()).isEqualByComparingTo("60.5");
        assertThat(matrix.spread()).isEqualByComparingTo("21");
        assertThat(matrix.disagreement()).isTrue();
        // exactly 20 points apart is still agreement
        assertThat(Comparison.of(Model.MATRIX, List.of(new BigDecimal("70"), new BigDecimal("50")), defaults)
                .disagreement()).isFalse();
        // ICE 7 and 3.67: spread 3.33 > 3
        assertThat(Comparison.of(Model.ICE, List.of(new BigDecimal("7"), new BigDecimal("3.67")), defaults)
                .disagreement()).isTrue();
        // RICE 800 and 400: mean 600, 50% of it is 300, spread 400 > 300
        Comparison rice = Comparison.of(Model.RICE, List.of(new BigDecimal("800"), new BigDecimal("400")), defaults);
        assertThat(rice.mean()).isEqualByComparingTo("600");
        assertThat(rice.disagreement()).isTrue();
        // RICE 800 and 600: mean 700, allowed 350, spread 200
        assertThat(Comparison.of(Model.RICE, List.of(new BigDecimal("800"), new BigDecimal("600")), defaults)
                .disagreement()).isFalse();
        // WSJF 3.2 and 2: mean 2.6, allowed 1.3, spread 1.2
        assertThat(Comparison.of(Model.WSJF, List.of(new BigDecimal("3.2"), new BigDecimal("2")), defaults)
                .disagreement()).isFalse();
        // MoSCoW Must (4) and Could (2): two steps > one
        assertThat(Comparison.of(Model.MOSCOW, List.of(new BigDecimal("4"), new BigDecimal("2")), defaults)
                .disagreement()).isTrue();
        assertThat(Comparison.of(Model.MOSCOW, List.of(new BigDecimal("4"), new BigDecimal("3")), defaults)
                .disagreement()).isFalse();
        // one assessor never disagrees, however odd
        assertThat(Comparison.of(Model.MATRIX, List.of(new BigDecimal("100")), defaults).disagreement()).isFalse();
        // a stricter force: 10 points
        assertThat(Comparison.of(Model.MATRIX, List.of(new BigDecimal("71"), new BigDecimal("60")),
                new Thresholds(10, 3, 50, 50, 1)).disagreement()).isTrue();
    }

    @Test
    void quadrantsFollowTheFixedMidpoints() {
        assertThat(Quadrant.of(new BigDecimal("60"), new BigDecimal("6"))).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(Quadrant.of(new BigDecimal("80"), new BigDecimal("6.5"))).isEqualTo(Quadrant.BIG_BET);
        assertThat(Quadrant.of(new BigDecimal("59.9"), new BigDecimal("2"))).isEqualTo(Quadrant.FILL_IN);
        assertThat(Quadrant.of(new BigDecimal("40"), new BigDecimal("13"))).isEqualTo(Quadrant.MONEY_PIT);
    }

    @Test
    void theDefaultCriteriaAreTheSeedsAndWeighExactly100() {
        assertThat(ScoringSettings.DEFAULT_CRITERIA).extracting(ScoringSettings.Criterion::name).containsExactly(
                "Public benefit", "Officer time released", "Cost saving", "Risk reduction",
                "Strategic fit with the Police and Crime Plan", "Deliverability");
        assertThat(ScoringSettings.DEFAULT_CRITERIA.stream().mapToInt(ScoringSettings.Criterion::weight).sum()).isEqualTo(100);
    }
}
