package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.ironbridge.portfolio.internal.Lifecycle.Routes;
import org.junit.jupiter.api.Test;

/** The rules that decide an initiative's board and route, worked by hand. */
class LifecycleAndTierTests {

    private static final List<TierRule.Threshold> WMP = List.of(
            new TierRule.Threshold(Tier.CHANGE_BOARD, new BigDecimal("250000"), 16),
            new TierRule.Threshold(Tier.DESIGN_AND_DELIVERY_BOARD, new BigDecimal("50000"), 9));

    @Test
    void costAtOrAboveTheChangeBoardThresholdGoesToTheChangeBoard() {
        assertThat(TierRule.decide(WMP, new BigDecimal("250000.00"), null)).isEqualTo(Tier.CHANGE_BOARD);
        assertThat(TierRule.decide(WMP, new BigDecimal("249999.99"), null)).isEqualTo(Tier.DESIGN_AND_DELIVERY_BOARD);
    }

    @Test
    void aHighRiskAloneIsEnoughToRaiseTheTier() {
        assertThat(TierRule.decide(WMP, new BigDecimal("1000"), 16)).isEqualTo(Tier.CHANGE_BOARD);
        assertThat(TierRule.decide(WMP, new BigDecimal("1000"), 9)).isEqualTo(Tier.DESIGN_AND_DELIVERY_BOARD);
        assertThat(TierRule.decide(WMP, new BigDecimal("1000"), 8)).isEqualTo(Tier.PROJECT_BOARD);
    }

    @Test
    void withNoCostOrRiskKnownTheInitiativeStaysWithItsProjectBoard() {
        assertThat(TierRule.decide(WMP, null, null)).isEqualTo(Tier.PROJECT_BOARD);
        assertThat(TierRule.decide(List.of(), new BigDecimal("99999999"), 25)).isEqualTo(Tier.PROJECT_BOARD);
    }

    @Test
    void theChangeBoardsLargestProjectsTakeTheFullRouteThroughEveryGate() {
        assertThat(Routes.DEFAULTS.route(InitiativeType.PROJECT, Tier.CHANGE_BOARD)).containsExactly(Stage.MANDATE,
                Stage.STRATEGIC_OUTLINE_CASE, Stage.OUTLINE_BUSINESS_CASE, Stage.FULL_BUSINESS_CASE, Stage.DELIVERY,
                Stage.TRANSITION, Stage.CLOSURE, Stage.BENEFITS_REVIEW, Stage.CLOSED);
    }

    @Test
    void applicationAndProcessChangesAndPilotsTakeTheLightTouchRouteWhateverTheirTier() {
        for (InitiativeType type : List.of(InitiativeType.APPLICATION_CHANGE, InitiativeType.PROCESS_CHANGE,
                InitiativeType.PILOT)) {
            assertThat(Routes.DEFAULTS.route(type, Tier.CHANGE_BOARD))
                    .containsExactly(Stage.MANDATE, Stage.DELIVERY, Stage.CLOSURE, Stage.CLOSED);
        }
    }

    @Test
    void theNextStageFollowsTheRouteAndEndsWhenClosed() {
        assertThat(Routes.DEFAULTS.next(InitiativeType.PROJECT, Tier.DESIGN_AND_DELIVERY_BOARD, Stage.MANDATE))
                .contains(Stage.OUTLINE_BUSINESS_CASE);
        assertThat(Routes.DEFAULTS.next(InitiativeType.PROJECT, Tier.PROJECT_BOARD, Stage.MANDATE))
                .contains(Stage.FULL_BUSINESS_CASE);
        assertThat(Routes.DEFAULTS.next(InitiativeType.PILOT, Tier.PROJECT_BOARD, Stage.CLOSED)).isEmpty();
    }

    @Test
    void aRetieredInitiativeOnAStageItsNewRouteSkipsMovesToTheNextStageItHas() {
        assertThat(Routes.DEFAULTS.next(InitiativeType.PROJECT, Tier.PROJECT_BOARD, Stage.STRATEGIC_OUTLINE_CASE))
                .contains(Stage.FULL_BUSINESS_CASE);
    }

    @Test
    void aForceWithNoRoutesOfItsOwnFollowsTodaysRoutes() {
        assertThat(Routes.DEFAULTS.of(Route.DESIGN_AND_DELIVERY_BOARD)).containsExactly(Stage.MANDATE,
                Stage.OUTLINE_BUSINESS_CASE, Stage.FULL_BUSINESS_CASE, Stage.DELIVERY, Stage.TRANSITION, Stage.CLOSURE,
                Stage.BENEFITS_REVIEW, Stage.CLOSED);
        assertThat(Routes.DEFAULTS.of(Route.PROJECT_BOARD)).containsExactly(Stage.MANDATE, Stage.FULL_BUSINESS_CASE,
                Stage.DELIVERY, Stage.CLOSURE, Stage.BENEFITS_REVIEW, Stage.CLOSED);
        assertThat(Routes.DEFAULTS.of(Route.LIGHT_TOUCH)).containsExactly(Stage.MANDATE, Stage.DELIVERY, Stage.CLOSURE,
                Stage.CLOSED);
    }

    @Test
    void aChosenRouteKeepsLifecycleOrderAndAlwaysHasMandateDeliveryClosureAndClosed() {
        assertThat(Lifecycle.route(List.of(Stage.BENEFITS_REVIEW, Stage.STRATEGIC_OUTLINE_CASE))).containsExactly(
                Stage.MANDATE, Stage.STRATEGIC_OUTLINE_CASE, Stage.DELIVERY, Stage.CLOSURE, Stage.BENEFITS_REVIEW,
                Stage.CLOSED);
        assertThat(Lifecycle.route(List.of())).containsExactly(Stage.MANDATE, Stage.DELIVERY, Stage.CLOSURE, Stage.CLOSED);
        assertThat(new Routes(Map.of(Route.LIGHT_TOUCH, List.of(Stage.TRANSITION))).of(Route.LIGHT_TOUCH))
                .containsExactly(Stage.MANDATE, Stage.DELIVERY, Stage.TRANSITION, Stage.CLOSURE, Stage.CLOSED);
    }

    @Test
    void aForcesOwnRouteReplacesTheDefaultForThatRouteAlone() {
        Routes routes = new Routes(Map.of(Route.PROJECT_BOARD, List.of(Stage.OUTLINE_BUSINESS_CASE)));
        assertThat(routes.route(InitiativeType.FUNDING_BID, Tier.PROJECT_BOARD)).containsExactly(Stage.MANDATE,
                Stage.OUTLINE_BUSINESS_CASE, Stage.DELIVERY, Stage.CLOSURE, Stage.CLOSED);
        assertThat(routes.next(InitiativeType.PROJECT, Tier.PROJECT_BOARD, Stage.MANDATE)).contains(Stage.OUTLINE_BUSINESS_CASE);
        assertThat(routes.route(InitiativeType.PROJECT, Tier.CHANGE_BOARD))
                .isEqualTo(Routes.DEFAULTS.route(InitiativeType.PROJECT, Tier.CHANGE_BOARD));
        assertThat(routes.route(InitiativeType.PILOT, Tier.PROJECT_BOARD)).isEqualTo(Route.LIGHT_TOUCH.defaults());
    }

    @Test
    void anInitiativeOnAStageItsRouteNoLongerHasGoesOnToTheNextStageTheRouteHasAndStillSeesWhereItIs() {
        Routes routes = new Routes(Map.of(Route.CHANGE_BOARD, List.of(Stage.FULL_BUSINESS_CASE)));
        assertThat(routes.next(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.OUTLINE_BUSINESS_CASE))
                .contains(Stage.FULL_BUSINESS_CASE);
        assertThat(routes.next(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.TRANSITION)).contains(Stage.CLOSURE);
        assertThat(routes.next(InitiativeType.PROJECT, Tier.CHANGE_BOARD, Stage.BENEFITS_REVIEW)).contains(Stage.CLOSED);
        assertThat(Lifecycle.withCurrent(routes.route(InitiativeType.PROJECT, Tier.CHANGE_BOARD), Stage.OUTLINE_BUSINESS_CASE))
                .containsExactly(Stage.MANDATE, Stage.OUTLINE_BUSINESS_CASE, Stage.FULL_BUSINESS_CASE, Stage.DELIVERY,
                        Stage.CLOSURE, Stage.CLOSED);
    }

    @Test
    void onlyARouteWithABusinessCaseStageAsksForABusinessCase() {
        assertThat(Lifecycle.hasBusinessCase(Route.PROJECT_BOARD.defaults())).isTrue();
        assertThat(Lifecycle.hasBusinessCase(Route.LIGHT_TOUCH.defaults())).isFalse();
        assertThat(Lifecycle.hasBusinessCase(Lifecycle.route(List.of(Stage.TRANSITION, Stage.BENEFITS_REVIEW)))).isFalse();
        assertThat(Lifecycle.hasBusinessCase(Lifecycle.route(List.of(Stage.STRATEGIC_OUTLINE_CASE)))).isTrue();
    }

    @Test
    void anInitiativeUsingAiGoesToTheChangeBoardWhateverItsCostAndRisk() {
        assertThat(TierRule.tierFor(WMP, new BigDecimal("10"), 1, true)).isEqualTo(Tier.CHANGE_BOARD);
        assertThat(TierRule.tierFor(List.of(), null, null, true)).isEqualTo(Tier.CHANGE_BOARD);
        assertThat(TierRule.tierFor(WMP, new BigDecimal("60000"), null, false)).isEqualTo(Tier.DESIGN_AND_DELIVERY_BOARD);
    }

    @Test
    void moneyIsReadInPoundsAndPenceAndNothingElse() {
        assertThat(Pounds.problem("£1,250,000.50")).isNull();
        assertThat(Pounds.problem("250000")).isNull();
        for (String bad : List.of("-5", "1.234", "12e3", "£", "ten pounds", "1,2,3.4.5", "0x10", "£1,2,3")) {
            assertThat(Pounds.problem(bad)).as(bad).isNotNull();
        }
    }
}
