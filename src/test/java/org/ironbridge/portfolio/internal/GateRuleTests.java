package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.ironbridge.portfolio.internal.Lifecycle.Routes;
import org.junit.jupiter.api.Test;

class GateRuleTests {

    private static GateRule.Facts facts(InitiativeType type, Tier tier, Stage stage, boolean sro, Integer businessCase,
                                        boolean equalityStarted, boolean signedOff, boolean ai, boolean personalData) {
        return new GateRule.Facts(Routes.DEFAULTS.route(type, tier), stage, sro, businessCase, equalityStarted, signedOff,
                ai, personalData);
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

    @Test
    void aGateStillWorksForAnInitiativeOnAStageItsRouteNoLongerHas() {
        List<Stage> route = new Routes(Map.of(Route.CHANGE_BOARD, List.of(Stage.FULL_BUSINESS_CASE)))
                .route(InitiativeType.PROJECT, Tier.CHANGE_BOARD);
        GateCheck missing = GateRule.check(new GateRule.Facts(route, Stage.OUTLINE_BUSINESS_CASE, true, null, true, false,
                false, false));
        assertThat(missing.from()).isEqualTo(Stage.OUTLINE_BUSINESS_CASE);
        assertThat(missing.to()).isEqualTo(Stage.FULL_BUSINESS_CASE);
        assertThat(missing.missing()).extracting(GateCheck.Evidence::name).containsExactly("Business case", "Equality analysis");
        GateCheck ready = GateRule.check(new GateRule.Facts(route, Stage.OUTLINE_BUSINESS_CASE, true, 1, true, true,
                false, false));
        assertThat(ready.passable()).isTrue();
        assertThat(ready.gateName()).isEqualTo("G3 – Full Business Case");
    }

    @Test
    void aRouteWithoutABusinessCaseStageNeedsNoBusinessCaseAndOneGivenABusinessCaseStageDoes() {
        List<Stage> noCases = Lifecycle.route(List.of(Stage.TRANSITION));
        GateCheck check = GateRule.check(new GateRule.Facts(noCases, Stage.DELIVERY, true, null, true, true, false, false));
        assertThat(check.to()).isEqualTo(Stage.TRANSITION);
        assertThat(check.passable()).isTrue();
        List<Stage> lightTouchWithCase = new Routes(Map.of(Route.LIGHT_TOUCH, List.of(Stage.FULL_BUSINESS_CASE)))
                .route(InitiativeType.PROCESS_CHANGE, Tier.PROJECT_BOARD);
        GateCheck needsCase = GateRule.check(new GateRule.Facts(lightTouchWithCase, Stage.FULL_BUSINESS_CASE, true, null,
                true, true, false, false));
        assertThat(needsCase.missing()).extracting(GateCheck.Evidence::name).containsExactly("Business case");
    }
}
