package org.ironbridge.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ironbridge.portfolio.internal.DeliveryPosition;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.ToleranceRules;
import org.springframework.stereotype.Component;

/**
 * The delivery section of the initiative page, read by the page itself
 * ({@code ${@deliveryHeadline.of(initiative)}}) so the initiative's own controller needs nothing new.
 */
@Component("deliveryHeadline")
class DeliveryHeadline {

    /** What the initiative page says about delivery: one line, and the breaches in words. */
    record Headline(String summary, List<String> breaches) {
    }

    private final DeliveryPosition position;
    private final ExceptionReporting exceptions;

    DeliveryHeadline(DeliveryPosition position, ExceptionReporting exceptions) {
        this.position = position;
        this.exceptions = exceptions;
    }

    public Headline of(Initiative initiative) {
        DeliveryPosition.Assessment assessment = position.of(initiative);
        long open = exceptions.entries(initiative.id()).stream().filter(ExceptionReporting.Entry::open).count();
        List<String> parts = new ArrayList<>();
        parts.add(assessment.milestones().isEmpty() ? "No milestones planned"
                : assessment.milestones().size() + (assessment.milestones().size() == 1 ? " milestone" : " milestones"));
        parts.add(assessment.latestReport() == null ? "no status report yet"
                : "latest status report " + assessment.latestReport().periodName() + " ("
                + assessment.latestReport().deliveryConfidence().label() + ")");
        parts.add(open == 0 ? "no exception report awaiting a decision"
                : open + (open == 1 ? " exception report" : " exception reports") + " awaiting a decision");
        List<String> breaches = assessment.breaches().stream().map(ToleranceRules.Breach::tolerance)
                .map(t -> "Beyond its " + t.label().toLowerCase(Locale.UK) + " tolerance").toList();
        return new Headline(String.join("; ", parts) + ".", breaches);
    }
}
