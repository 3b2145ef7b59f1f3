package org.ironbridge.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Lifecycle;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.ironbridge.portfolio.internal.LifecycleForm;
import org.ironbridge.portfolio.internal.ThresholdsForm;
import org.ironbridge.portfolio.internal.TierRule;

/** The governance rules as people read them, and the fields of the forms that change them. */
final class GovernanceRulesViews {

    /** The stages every route has, in words. */
    private static final String ALWAYS = words(Lifecycle.route(List.of()).stream().map(Stage::label).toList());
    /** The field a conflict is reported on: the first route's first checkbox. */
    static final String FIRST_ROUTE_FIELD = Route.values()[0].name();

    /** What the rules form page says above its fields, and where it posts. */
    record FormPage(String heading, String record, List<String> intro, String action, String button) {
    }

    static final FormPage THRESHOLDS_PAGE = new FormPage("Change the thresholds", "the thresholds", List.of(
            "An initiative goes to the Change Board when its whole-life cost or its risk score reaches the Change "
                    + "Board’s minimum, or when it involves AI or advanced data analytics. Otherwise it goes to the "
                    + "Design and Delivery Board when it reaches that board’s minimum, and else to its own Project Board.",
            "Saving moves no initiative. An initiative’s board is worked out again the next time its details are saved."),
            "/portfolio/governance-rules/thresholds", "Save thresholds");
    static final FormPage ROUTES_PAGE = new FormPage("Change the routes", "the routes", List.of(
            "Every route always includes " + ALWAYS + ". Choose the other stages each route goes through.",
            "A route’s stages always follow in lifecycle order, whatever is chosen. An initiative on a stage its route "
                    + "no longer has stays there; its next gate takes it on to the next stage its route has."),
            "/portfolio/governance-rules/lifecycle", "Save routes");

    /** One route: who takes it, and its stages with what admits an initiative to each. */
    record RouteView(String name, String who, List<StageRow> stages) {
    }

    record StageRow(String stage, String enteredBy) {
    }

    /** A board's two thresholds on the form. */
    record BoardFields(String board, Map<String, Object> cost, Map<String, Object> risk) {
    }

    /** A route's checkboxes on the form, and the version of the route the form was opened at. */
    record RouteField(String route, Integer version, Map<String, Object> checkboxes) {
    }

    private GovernanceRulesViews() {
    }

    /** Which board governs an initiative, sentence by sentence. */
    static List<String> tierRules(TierRule.Saved saved) {
        TierRule.Threshold change = saved.of(Tier.CHANGE_BOARD);
        TierRule.Threshold design = saved.of(Tier.DESIGN_AND_DELIVERY_BOARD);
        return List.of(
                change == null ? "An initiative goes to the Change Board when it involves AI or advanced data analytics. "
                        + "No cost or risk threshold is set for the Change Board."
                        : "An initiative goes to the Change Board when " + reaches(change)
                        + ", or when it involves AI or advanced data analytics.",
                design == null ? "No cost or risk threshold is set for the Design and Delivery Board."
                        : "Otherwise, it goes to the Design and Delivery Board when " + reaches(design) + ".",
                "Any other initiative is governed by its own Project Board, as is one whose cost and risk score are "
                        + "not yet known.");
    }

    static List<RouteView> routes(Lifecycle.Routes routes) {
        List<RouteView> views = new ArrayList<>();
        for (Route route : Route.values()) {
            List<Stage> stages = routes.of(route);
            List<StageRow> rows = new ArrayList<>();
            for (int at = 0; at < stages.size(); at++) {
                rows.add(new StageRow(stages.get(at).label(), enteredBy(stages.get(at), at == 0 ? null : stages.get(at - 1))));
            }
            views.add(new RouteView(route.label(), who(route), rows));
        }
        return views;
    }

    static List<BoardFields> thresholdFields(ThresholdsForm form, FormErrors errors) {
        return List.of(
                new BoardFields(Tier.CHANGE_BOARD.label(),
                        DeliveryViews.money("changeBoardCost", "Change Board minimum whole-life cost",
                                "An initiative costing at least this much goes to the Change Board, for example 250000.",
                                form.getChangeBoardCost(), errors),
                        DeliveryViews.number("changeBoardRisk", "Change Board minimum risk score",
                                "Probability × impact, from 1 to 25. An initiative this risky or more goes to the Change Board.",
                                null, form.getChangeBoardRisk(), errors)),
                new BoardFields(Tier.DESIGN_AND_DELIVERY_BOARD.label(),
                        DeliveryViews.money("designAndDeliveryCost", "Design and Delivery Board minimum whole-life cost",
                                "No more than the Change Board’s. Below it, an initiative goes to its own Project Board.",
                                form.getDesignAndDeliveryCost(), errors),
                        DeliveryViews.number("designAndDeliveryRisk", "Design and Delivery Board minimum risk score",
                                "From 1 to 25, and no more than the Change Board’s.", null,
                                form.getDesignAndDeliveryRisk(), errors)));
    }

    static List<RouteField> routeFields(LifecycleForm form, FormErrors errors) {
        List<RouteField> fields = new ArrayList<>();
        for (Route route : Route.values()) {
            List<Choice> choices = Lifecycle.OPTIONAL.stream().map(stage -> new Choice(LifecycleForm.value(route, stage),
                    stage.label(), stage.gate() == null ? null : "Gate " + stage.gate())).toList();
            Map<String, Object> checkboxes = Prose.submittedAs(FormFields.checkboxes(route.name(), route.label() + " route",
                    who(route) + ".", choices, form.getStages(), errors), "stages");
            checkboxes.put("fieldset", Map.of("legend", Map.of("text", route.label() + " route",
                    "classes", "govuk-fieldset__legend--m")));
            fields.add(new RouteField(route.name(), form.getVersions().get(route.name()), checkboxes));
        }
        return fields;
    }

    /** "1 initiative", "3 initiatives". */
    static String initiatives(int count) {
        return count + (count == 1 ? " initiative" : " initiatives");
    }

    private static String reaches(TierRule.Threshold threshold) {
        return "its whole-life cost is at least " + Pounds.format(threshold.minimumCost())
                + " or its risk score is at least " + threshold.minimumRisk();
    }

    private static String who(Route route) {
        return switch (route) {
            case CHANGE_BOARD -> "Initiatives the Change Board governs";
            case DESIGN_AND_DELIVERY_BOARD -> "Initiatives the Design and Delivery Board governs";
            case PROJECT_BOARD -> "Initiatives their own Project Board governs";
            case LIGHT_TOUCH -> "Application changes, process changes and pilots, whichever board governs them";
        };
    }

    /** What admits an initiative to the stage, as the gate check names it. */
    private static String enteredBy(Stage stage, Stage before) {
        if (before == null) {
            return "Proposal";
        }
        if (stage.gate() != null) {
            return "Gate " + stage.gate();
        }
        return before == Stage.MANDATE ? "Commissioning decision" : "Board decision";
    }

    private static String words(List<String> items) {
        return items.size() == 1 ? items.getFirst() : items.subList(0, items.size() - 1).stream()
                .collect(Collectors.joining(", ")) + " and " + items.getLast();
    }
}
