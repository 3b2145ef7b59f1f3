package org.ironbridge.ideas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which business area's queue a new idea goes to, like the force's allocation robot for investigations:
 * the first active rule, in order, whose every condition holds. A rule may ask for the business area the
 * submitter chose, any of its keywords in the idea's text, and the submitter's own unit. With no rule
 * matching, the idea goes to the queue of the business area chosen, or to the force-wide queue.
 */
final class IdeaRouting {

    /** Where it goes and why, in words a moderator can check. */
    record Route(UUID queueUnitId, UUID ruleId, String because) {
    }

    private IdeaRouting() {
    }

    static Route route(Idea.Text text, UUID submitterUnitId, List<PortalSettings.RoutingRule> rules, Map<UUID, String> unitNames) {
        String words = String.join(" ", nonNull(text.title()), nonNull(text.problem()), nonNull(text.proposedChange()))
                .toLowerCase(Locale.ROOT);
        for (PortalSettings.RoutingRule rule : rules) {
            if (!rule.active()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (rule.businessAreaId() != null) {
                if (!rule.businessAreaId().equals(text.businessAreaId())) {
                    continue;
                }
                reasons.add("business area is " + unitNames.get(rule.businessAreaId()));
            }
            if (!rule.keywordList().isEmpty()) {
                String keyword = rule.keywordList().stream()
                        .filter(k -> Pattern.compile("\\b" + Pattern.quote(k.toLowerCase(Locale.ROOT)) + "\\b").matcher(words).find())
                        .findFirst().orElse(null);
                if (keyword == null) {
                    continue;
                }
                reasons.add("mentions \"" + keyword + "\"");
            }
            if (rule.submitterUnitId() != null) {
                if (!rule.submitterUnitId().equals(submitterUnitId)) {
                    continue;
                }
                reasons.add("submitted from " + unitNames.get(rule.submitterUnitId()));
            }
            String because = "Rule \"" + rule.name() + "\"" + (reasons.isEmpty() ? " (matches every idea)" : ": " + String.join(", ", reasons));
            return new Route(rule.queueUnitId(), rule.id(), shorten(because));
        }
        if (text.businessAreaId() != null) {
            return new Route(text.businessAreaId(), null, shorten("No rule matched: the queue of the business area chosen, "
                    + unitNames.get(text.businessAreaId())));
        }
        return new Route(null, null, "No rule matched and no business area chosen: the force-wide queue");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String shorten(String because) {
        return because.length() <= 300 ? because : because.substring(0, 299) + "…";
    }
}
