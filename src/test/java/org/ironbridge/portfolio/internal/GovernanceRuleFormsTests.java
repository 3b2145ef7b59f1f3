package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.junit.jupiter.api.Test;

/** The threshold and route forms' own rules: what they accept, and the message for each thing they refuse. */
class GovernanceRuleFormsTests {

    private static ThresholdsForm thresholds(String changeCost, String changeRisk, String designCost, String designRisk) {
        ThresholdsForm form = new ThresholdsForm();
        form.setChangeBoardCost(changeCost);
        form.setChangeBoardRisk(changeRisk);
        form.setDesignAndDeliveryCost(designCost);
        form.setDesignAndDeliveryRisk(designRisk);
        return form;
    }

    @Test
    void thresholdsAreReadInPoundsAndWholeRiskScores() {
        FormErrors errors = new FormErrors();
        List<TierRule.Threshold> read = thresholds("£300,000", "18", "60000.50", "10").validate(errors);
        assertThat(errors.any()).isFalse();
        assertThat(read).extracting(TierRule.Threshold::tier).containsExactly(Tier.CHANGE_BOARD, Tier.DESIGN_AND_DELIVERY_BOARD);
        assertThat(read.get(0).minimumCost()).isEqualByComparingTo("300000");
        assertThat(read.get(1).minimumCost()).isEqualByComparingTo("60000.50");
        assertThat(read).extracting(TierRule.Threshold::minimumRisk).containsExactly(18, 10);
    }

    @Test
    void eachMalformedThresholdGetsItsOwnMessageInThePagesOrder() {
        FormErrors errors = new FormErrors();
        assertThat(thresholds("£1,2,3", "26", "1e9", "-5").validate(errors)).isNull();
        assertThat(errors.summary()).extracting(item -> item.get("href")).containsExactly("#changeBoardCost",
                "#changeBoardRisk", "#designAndDeliveryCost", "#designAndDeliveryRisk");
        assertThat(errors.messageFor("changeBoardCost"))
                .isEqualTo("Change Board minimum whole-life cost must have commas only between thousands, like £1,250,000");
        assertThat(errors.messageFor("changeBoardRisk"))
                .isEqualTo("Change Board minimum risk score must be a whole number from 1 to 25 (probability × impact)");
        assertThat(errors.messageFor("designAndDeliveryCost"))
                .isEqualTo("Design and Delivery Board minimum whole-life cost must be an amount in pounds, like 1250.50");
        assertThat(errors.messageFor("designAndDeliveryRisk")).startsWith("Design and Delivery Board minimum risk score must be");

        FormErrors negative = new FormErrors();
        thresholds("-5", "0", " ", "").validate(negative);
        assertThat(negative.messageFor("changeBoardCost")).isEqualTo("Change Board minimum whole-life cost must be £0 or more");
        assertThat(negative.messageFor("changeBoardRisk")).startsWith("Change Board minimum risk score must be");
        assertThat(negative.messageFor("designAndDeliveryCost")).isEqualTo("Enter the Design and Delivery Board’s minimum whole-life cost");
        assertThat(negative.messageFor("designAndDeliveryRisk")).isEqualTo("Enter the Design and Delivery Board’s minimum risk score");
    }

    @Test
    void theChangeBoardsMinimumsMayNotBeBelowTheDesignAndDeliveryBoards() {
        FormErrors errors = new FormErrors();
        assertThat(thresholds("40000", "8", "50000", "9").validate(errors)).isNull();
        assertThat(errors.messageFor("changeBoardCost")).isEqualTo("The Change Board’s minimum whole-life cost must not "
                + "be below the Design and Delivery Board’s (£50,000): the larger the change, the higher the board");
        assertThat(errors.messageFor("changeBoardRisk")).isEqualTo("The Change Board’s minimum risk score must not be "
                + "below the Design and Delivery Board’s (9): the riskier the change, the higher the board");
        FormErrors equal = new FormErrors();
        assertThat(thresholds("50000", "9", "50000", "9").validate(equal)).hasSize(2);
    }

    @Test
    void routesAreReadFromTheTickedStagesInLifecycleOrder() {
        LifecycleForm form = new LifecycleForm();
        form.setStages(List.of("CHANGE_BOARD.BENEFITS_REVIEW", "CHANGE_BOARD.OUTLINE_BUSINESS_CASE", "LIGHT_TOUCH.TRANSITION"));
        FormErrors errors = new FormErrors();
        Map<Route, List<Stage>> routes = form.validate(errors);
        assertThat(errors.any()).isFalse();
        assertThat(routes.get(Route.CHANGE_BOARD)).containsExactly(Stage.MANDATE, Stage.OUTLINE_BUSINESS_CASE,
                Stage.DELIVERY, Stage.CLOSURE, Stage.BENEFITS_REVIEW, Stage.CLOSED);
        assertThat(routes.get(Route.PROJECT_BOARD)).containsExactly(Stage.MANDATE, Stage.DELIVERY, Stage.CLOSURE, Stage.CLOSED);
        assertThat(routes.get(Route.LIGHT_TOUCH)).contains(Stage.TRANSITION);
    }

    @Test
    void aStageOrRouteThatDoesNotExistIsRefusedOnTheRoute() {
        LifecycleForm form = new LifecycleForm();
        form.setStages(List.of("PROJECT_BOARD.COFFEE_BREAK", "NO_SUCH_BOARD.TRANSITION", "<script>", ""));
        FormErrors errors = new FormErrors();
        assertThat(form.validate(errors)).isNull();
        assertThat(errors.summary()).extracting(item -> item.get("href")).containsExactly("#CHANGE_BOARD", "#PROJECT_BOARD");
        assertThat(errors.messageFor("CHANGE_BOARD")).isEqualTo("Choose stages only for the four routes shown");
        assertThat(errors.messageFor("PROJECT_BOARD")).isEqualTo("Choose the Project Board route’s stages from the list");
    }
}
