package org.ironbridge.portfolio.internal;

import static org.ironbridge.portfolio.Stage.BENEFITS_REVIEW;
import static org.ironbridge.portfolio.Stage.CLOSED;
import static org.ironbridge.portfolio.Stage.CLOSURE;
import static org.ironbridge.portfolio.Stage.DELIVERY;
import static org.ironbridge.portfolio.Stage.FULL_BUSINESS_CASE;
import static org.ironbridge.portfolio.Stage.MANDATE;
import static org.ironbridge.portfolio.Stage.OUTLINE_BUSINESS_CASE;
import static org.ironbridge.portfolio.Stage.STRATEGIC_OUTLINE_CASE;
import static org.ironbridge.portfolio.Stage.TRANSITION;

import java.util.List;
import java.util.Optional;

import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;

/**
 * The route an initiative takes, proportionate to its type and tier: the full five-case route with
 * gates G0 to G5 for the Change Board's largest work, shorter routes lower down, and a light-touch
 * route for application and process changes and pilots.
 */
public final class Lifecycle {

    private static final List<Stage> FULL = List.of(MANDATE, STRATEGIC_OUTLINE_CASE, OUTLINE_BUSINESS_CASE,
            FULL_BUSINESS_CASE, DELIVERY, TRANSITION, CLOSURE, BENEFITS_REVIEW, CLOSED);
    private static final List<Stage> DESIGN_AND_DELIVERY = List.of(MANDATE, OUTLINE_BUSINESS_CASE, FULL_BUSINESS_CASE,
            DELIVERY, TRANSITION, CLOSURE, BENEFITS_REVIEW, CLOSED);
    private static final List<Stage> PROJECT_BOARD = List.of(MANDATE, FULL_BUSINESS_CASE, DELIVERY, CLOSURE,
            BENEFITS_REVIEW, CLOSED);
    private static final List<Stage> LIGHT_TOUCH = List.of(MANDATE, DELIVERY, CLOSURE, CLOSED);

    private Lifecycle() {
    }

    public static List<Stage> route(InitiativeType type, Tier tier) {
        if (type.lightTouch()) {
            return LIGHT_TOUCH;
        }
        return switch (tier) {
            case CHANGE_BOARD -> FULL;
            case DESIGN_AND_DELIVERY_BOARD -> DESIGN_AND_DELIVERY;
            case PROJECT_BOARD -> PROJECT_BOARD;
        };
    }

    /** The stage after this one on the initiative's route; empty once closed. */
    public static Optional<Stage> next(InitiativeType type, Tier tier, Stage current) {
        List<Stage> route = route(type, tier);
        int at = route.indexOf(current);
        if (at < 0) {
            // A re-tiered initiative may stand on a stage its new route skips: go to the next one it has.
            return route.stream().filter(stage -> stage.ordinal() > current.ordinal()).findFirst();
        }
        return at + 1 < route.size() ? Optional.of(route.get(at + 1)) : Optional.empty();
    }
}
