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

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;

/**
 * The route an initiative takes, proportionate to its type and tier: by default the full five-case route
 * with gates G0 to G5 for the Change Board's largest work, shorter routes lower down, and a light-touch
 * route for application and process changes and pilots. Each force chooses the stages of its four routes
 * (see {@link LifecycleRoutes}); Mandate, Delivery, Closure and Closed are part of every route, and a
 * route's stages always follow in lifecycle order. Pure rules: the force's routes are passed in.
 */
public final class Lifecycle {

    /** The stages every route has, whatever the force chooses. */
    public static final Set<Stage> ALWAYS = EnumSet.of(MANDATE, DELIVERY, CLOSURE, CLOSED);
    /** The stages a force may add to a route or leave out, in lifecycle order. */
    public static final List<Stage> OPTIONAL = List.of(STRATEGIC_OUTLINE_CASE, OUTLINE_BUSINESS_CASE,
            FULL_BUSINESS_CASE, TRANSITION, BENEFITS_REVIEW);
    private static final Set<Stage> BUSINESS_CASE_STAGES = EnumSet.of(STRATEGIC_OUTLINE_CASE, OUTLINE_BUSINESS_CASE,
            FULL_BUSINESS_CASE);

    /** The four routes a force configures: one per board, and the light-touch route. */
    public enum Route {
        CHANGE_BOARD("Change Board", STRATEGIC_OUTLINE_CASE, OUTLINE_BUSINESS_CASE, FULL_BUSINESS_CASE, TRANSITION,
                BENEFITS_REVIEW),
        DESIGN_AND_DELIVERY_BOARD("Design and Delivery Board", OUTLINE_BUSINESS_CASE, FULL_BUSINESS_CASE, TRANSITION,
                BENEFITS_REVIEW),
        PROJECT_BOARD("Project Board", FULL_BUSINESS_CASE, BENEFITS_REVIEW),
        LIGHT_TOUCH("Light touch");

        private final String label;
        private final List<Stage> defaults;

        Route(String label, Stage... chosenByDefault) {
            this.label = label;
            this.defaults = Lifecycle.route(List.of(chosenByDefault));
        }

        public String label() {
            return label;
        }

        /** The route a force that has not chosen its own follows. */
        public List<Stage> defaults() {
            return defaults;
        }

        /** Application and process changes and pilots take the light-touch route; the rest their board's. */
        public static Route of(InitiativeType type, Tier tier) {
            if (type.lightTouch()) {
                return LIGHT_TOUCH;
            }
            return switch (tier) {
                case CHANGE_BOARD -> CHANGE_BOARD;
                case DESIGN_AND_DELIVERY_BOARD -> DESIGN_AND_DELIVERY_BOARD;
                case PROJECT_BOARD -> PROJECT_BOARD;
            };
        }
    }

    /** A force's four routes, each in lifecycle order. */
    public record Routes(Map<Route, List<Stage>> stages) {

        public static final Routes DEFAULTS = new Routes(Map.of());

        /** Routes not given take their defaults. */
        public Routes {
            Map<Route, List<Stage>> all = new EnumMap<>(Route.class);
            for (Route route : Route.values()) {
                all.put(route, stages.containsKey(route) ? Lifecycle.route(stages.get(route)) : route.defaults());
            }
            stages = Map.copyOf(all);
        }

        public List<Stage> of(Route route) {
            return stages.get(route);
        }

        public List<Stage> route(InitiativeType type, Tier tier) {
            return of(Route.of(type, tier));
        }

        /** The stage after this one on the initiative's route; empty once closed. */
        public Optional<Stage> next(InitiativeType type, Tier tier, Stage current) {
            return Lifecycle.next(route(type, tier), current);
        }
    }

    private Lifecycle() {
    }

    /** A route of the chosen stages and those every route has, in lifecycle order. */
    public static List<Stage> route(Collection<Stage> chosen) {
        return Stream.concat(ALWAYS.stream(), chosen.stream()).distinct()
                .sorted(Comparator.comparingInt(Stage::ordinal)).toList();
    }

    /**
     * The stage after this one on the route; empty once closed. An initiative may stand on a stage its route
     * no longer has (it was re-tiered, or the force changed the route): it goes on to the next stage the
     * route does have.
     */
    public static Optional<Stage> next(List<Stage> route, Stage current) {
        return route.stream().filter(stage -> stage.ordinal() > current.ordinal()).findFirst();
    }

    /** Whether the route has a business case stage, so that its later gates need a business case. */
    public static boolean hasBusinessCase(List<Stage> route) {
        return route.stream().anyMatch(BUSINESS_CASE_STAGES::contains);
    }

    /** The route as an initiative on it sees it: with the stage it stands on, even one the route no longer has. */
    public static List<Stage> withCurrent(List<Stage> route, Stage current) {
        return route.contains(current) ? route
                : Stream.concat(route.stream(), Stream.of(current)).sorted(Comparator.comparingInt(Stage::ordinal)).toList();
    }
}
