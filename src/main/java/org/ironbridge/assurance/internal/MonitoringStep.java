package org.ironbridge.assurance.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Post-deployment monitoring: complete when a plan exists; says when the next review is due and how the last went. */
@Component
class MonitoringStep implements AssuranceStep {

    private final MonitoringPlans plans;
    private final MonitoringReviews reviews;

    MonitoringStep(MonitoringPlans plans, MonitoringReviews reviews) {
        this.plans = plans;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String name() {
        return "Monitoring";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/monitoring";
        MonitoringPlan plan = plans.of(system.id()).orElse(null);
        if (plan == null) {
            return Progress.notStarted(href, "No monitoring plan: set the metrics, their thresholds and how often the "
                    + "system's outcomes are reviewed");
        }
        String last = reviews.latest(system.id()).map(r -> " Last review " + Validation.DAY.format(r.reviewedOn()) + ": "
                + r.outcome().label().toLowerCase(java.util.Locale.ROOT) + (r.breached() ? " (threshold breached)" : "")
                + ".").orElse(" No review held yet.");
        String metrics = plan.metrics().size() + " metric" + (plan.metrics().size() == 1 ? "" : "s");
        if (!system.status().inService()) {
            return Progress.done(href, "Plan in place", plan.frequency().label() + " reviews of " + metrics
                    + "; none due while the system is " + system.status().label().toLowerCase(java.util.Locale.ROOT) + "." + last);
        }
        LocalDate today = plans.today();
        DueState state = plan.state(today);
        String due = plan.frequency().label() + " reviews of " + metrics + "; next review "
                + (state == DueState.OVERDUE ? "was due " : "due ") + Validation.DAY.format(plan.nextDueOn()) + " ("
                + plan.describeDue(today).toLowerCase(java.util.Locale.ROOT) + ")." + last;
        return state == DueState.OVERDUE ? new Progress(href, "Review overdue", "red", true, due)
                : Progress.done(href, "Plan in place", due);
    }
}
