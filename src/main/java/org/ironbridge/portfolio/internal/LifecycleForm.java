package org.ironbridge.portfolio.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.internal.Lifecycle.Route;

/**
 * The stages ticked for each of the four routes, as the form submits them ("CHANGE_BOARD.TRANSITION"),
 * and the version of each route the person saw.
 */
public class LifecycleForm {

    private List<String> stages = new ArrayList<>();
    private Map<String, Integer> versions = new HashMap<>();

    /** The value a stage's checkbox submits. */
    public static String value(Route route, Stage stage) {
        return route.name() + "." + stage.name();
    }

    /** Each route's stages in lifecycle order, or null with the errors rejected on the route (its field). */
    Map<Route, List<Stage>> validate(FormErrors errors) {
        Map<Route, Set<Stage>> chosen = new EnumMap<>(Route.class);
        Stream.of(Route.values()).forEach(route -> chosen.put(route, new TreeSet<>()));
        FormErrors found = new FormErrors();
        for (String value : stages) {
            String[] parts = value == null ? new String[0] : value.strip().split("\\.", 2);
            Route route = parts.length == 2 ? FormText.choice(Route.class, parts[0]) : null;
            Stage stage = parts.length == 2 ? FormText.choice(Stage.class, parts[1]) : null;
            if (route == null) {
                found.reject(Route.CHANGE_BOARD.name(), "Choose stages only for the four routes shown");
            } else if (stage == null) {
                found.reject(route.name(), "Choose the " + route.label() + " route’s stages from the list");
            } else {
                chosen.get(route).add(stage);
            }
        }
        Stream.of(Route.values()).map(Route::name).filter(found::has)
                .forEach(field -> errors.reject(field, found.messageFor(field)));
        if (errors.any()) {
            return null;
        }
        Map<Route, List<Stage>> routes = new EnumMap<>(Route.class);
        chosen.forEach((route, ticked) -> routes.put(route, Lifecycle.route(ticked)));
        return routes;
    }

    /** The version of the route the person saw when the form was opened; null when the form did not say. */
    Integer versionOf(Route route) {
        return versions.get(route.name());
    }

    public static LifecycleForm of(LifecycleRoutes.Saved saved) {
        LifecycleForm form = new LifecycleForm();
        for (Route route : Route.values()) {
            saved.routes().of(route).stream().filter(Lifecycle.OPTIONAL::contains)
                    .forEach(stage -> form.stages.add(value(route, stage)));
            form.versions.put(route.name(), saved.versionOf(route));
        }
        return form;
    }

    public List<String> getStages() { return stages; }
    public void setStages(List<String> stages) { this.stages = stages == null ? new ArrayList<>() : stages; }
    public Map<String, Integer> getVersions() { return versions; }
    public void setVersions(Map<String, Integer> versions) { this.versions = versions == null ? new HashMap<>() : versions; }
}
