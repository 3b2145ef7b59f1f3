package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk scores: probability times impact, banded low, medium and high on the 5 × 5 grid. */
class RiskScoreTests {

    @ParameterizedTest(name = "{0} × {1} = {2}, {3}")
    @CsvSource({
            "1, 1, 1, LOW", "1, 4, 4, LOW", "2, 2, 4, LOW", "4, 1, 4, LOW",
            "1, 5, 5, MEDIUM", "5, 1, 5, MEDIUM", "2, 3, 6, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, MEDIUM",
            "3, 4, 12, MEDIUM", "4, 3, 12, MEDIUM",
            "3, 5, 15, HIGH", "4, 4, 16, HIGH", "4, 5, 20, HIGH", "5, 5, 25, HIGH"})
    void theScoreIsProbabilityTimesImpactAndItsBandFollowsTheScore(int probability, int impact, int score,
                                                                     Raid.Level band) {
        RiskScore risk = new RiskScore(probability, impact);
        assertThat(risk.score()).isEqualTo(score);
        assertThat(risk.band()).isEqualTo(band);
        assertThat(risk.sum()).isEqualTo(probability + " × " + impact + " = " + score);
    }

    @Test
    void everyCellOfTheGridFallsInExactlyTheBandOfItsScore() {
        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                int score = probability * impact;
                Raid.Level expected = score <= 4 ? Raid.Level.LOW : score <= 12 ? Raid.Level.MEDIUM : Raid.Level.HIGH;
                assertThat(new RiskScore(probability, impact).band()).as("%d × %d", probability, impact)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void theBandsHaveTheGovukTagColoursGreenYellowAndRed() {
        assertThat(Raid.Level.LOW.tagClass()).isEqualTo("govuk-tag--green");
        assertThat(Raid.Level.MEDIUM.tagClass()).isEqualTo("govuk-tag--yellow");
        assertThat(Raid.Level.HIGH.tagClass()).isEqualTo("govuk-tag--red");
    }

    @Test
    void probabilityAndImpactOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskScore.band(26)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskScore.band(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResidualScoreMayEqualButNeverExceedTheInherentScore() {
        RiskScore inherent = new RiskScore(3, 4);
        assertThat(new RiskScore(4, 3).noHigherThan(inherent)).isTrue();
        assertThat(new RiskScore(1, 5).noHigherThan(inherent)).isTrue();
        assertThat(new RiskScore(3, 5).noHigherThan(inherent)).isFalse();
    }
}
