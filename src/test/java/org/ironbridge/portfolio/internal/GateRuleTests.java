package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.junit.jupiter.api.Test;

class GateRuleTests {

    private static GateRule.Facts facts(InitiativeType type, Tier tier, Stage stage, boolean sro, Integer businessCase,
                                        boolean equalityStarted, boolean signedOff, boolean ai, boolean personalData) {
        return new GateRule.Facts(type, tier, stage, sro, businessCase, equalityStarted, signedOff, ai, personalData);
    }

    @Test
    void commissioningNeedsAnSroAndAnEqualityAnalysisUnderWay() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.MANDATE, false, null,
                false, false, false, false));
        assertThat(check.to()).isEqualTo(Stage.STRATEGIC_OUTLINE_CASE);
        assertThat(check.passable()).isFalse();
        assertThat(check.missing()).extracting(GateCheck.Evidence::name)
                .containsExactly("Senior Responsible Owner", "Equality analysis");
    }

    @Test
    void commissioningPassesWithAnSroAndAScreeningWithoutABusinessCase() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.MANDATE, true, null,
                true, false, false, false));
        assertThat(check.passable()).isTrue();
        assertThat(check.gateName()).isEqualTo("G0/G1 – Strategic Outline Case");
    }

    @Test
    void aLaterGateNeedsTheBusinessCaseAndASignedOffEqualityAnalysis() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.STRATEGIC_OUTLINE_CASE,
                true, null, true, false, false, false));
        assertThat(check.to()).isEqualTo(Stage.OUTLINE_BUSINESS_CASE);
        assertThat(check.missing()).extracting(GateCheck.Evidence::name).containsExactly("Business case", "Equality analysis");
        GateCheck ready = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.STRATEGIC_OUTLINE_CASE,
                true, 2, true, true, false, false));
        assertThat(ready.passable()).isTrue();
        assertThat(ready.evidence()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("Version 2"));
    }

    @Test
    void dpiaAndEthicsAreShownAsNotYetAvailableRatherThanPassingSilently() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.FULL_BUSINESS_CASE,
                true, 3, true, true, true, true));
        assertThat(check.passable()).isTrue();
        assertThat(check.notYetAvailable()).extracting(GateCheck.Evidence::name)
                .containsExactly("DPIA outcome", "Ethics Panel advice");
    }

    @Test
    void theLightTouchRouteNeedsNoBusinessCase() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROCESS_CHANGE, Tier.PROJECT_BOARD, Stage.DELIVERY,
                true, null, true, true, false, false));
        assertThat(check.to()).isEqualTo(Stage.CLOSURE);
        assertThat(check.evidence()).extracting(GateCheck.Evidence::name).doesNotContain("Business case");
        assertThat(check.passable()).isTrue();
    }

    @Test
    void aClosedInitiativeHasNoGateLeft() {
        GateCheck check = GateRule.check(facts(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.CLOSED, true, 1,
                true, true, false, false));
        assertThat(check.to()).isNull();
        assertThat(check.passable()).isFalse();
    }
}
