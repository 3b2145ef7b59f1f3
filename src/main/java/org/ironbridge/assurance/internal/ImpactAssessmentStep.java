package org.ironbridge.assurance.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** The Algorithmic Impact Assessment on the system page, and as evidence at the gate and in the Change Paper. */
@Component
class ImpactAssessmentStep implements AssuranceStep {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImpactAssessments assessments;

    ImpactAssessmentStep(ImpactAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "Algorithmic Impact Assessment";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/impact-assessment";
        ImpactAssessment assessment = assessments.find(system.id()).orElse(null);
        if (assessment == null) {
            return Progress.notStarted(href, "No impact assessment yet: who is affected, how automated it is, human "
                    + "oversight, the cost of errors, fairness, explainability and ALGO-CARE are still to be assessed.");
        }
        boolean light = assessment.lightFor(system);
        if (assessment.complete()) {
            return Progress.done(href, "Complete", (light ? "Light assessment for a rules-based robot, complete" : "Complete")
                    + ": marked complete on " + DAY.format(assessment.completedAt().atZone(AiSystems.LONDON)) + "; "
                    + summary(assessment) + ".");
        }
        List<ImpactAssessment.Section> required = assessment.required(system);
        List<ImpactAssessment.Section> missing = assessment.missing(system);
        String still = missing.isEmpty() ? "every section is answered; it is not yet marked complete"
                : "still to answer: " + String.join(", ", missing.stream().map(s -> s.label().toLowerCase(Locale.ROOT)
                        .replace("algo-care", "ALGO-CARE")).toList());
        return Progress.inProgress(href, "Draft", "Draft" + (light ? " light assessment" : "") + ": "
                + (required.size() - missing.size()) + " of " + required.size() + " sections answered; " + still + ".");
    }

    /** What a board member needs from the ratings: how many ALGO-CARE items are met, and any negative impact. */
    private static String summary(ImpactAssessment a) {
        long met = a.algoCare().values().stream().filter(r -> r.rating() == Conformity.MET).count();
        long partly = a.algoCare().values().stream().filter(r -> r.rating() == Conformity.PARTLY_MET).count();
        long notMet = a.algoCare().values().stream().filter(r -> r.rating() == Conformity.NOT_MET).count();
        long negative = a.fairness().values().stream().filter(f -> f.impact() == ExpectedImpact.NEGATIVE).count();
        String level = a.automationLevel() == null ? "automation not rated"
                : a.automationLevel().label().substring(3).toLowerCase(Locale.ROOT);
        if (a.algoCare().isEmpty()) {
            return level;
        }
        return level + "; ALGO-CARE " + met + " of " + AlgoCareItem.values().length + " met"
                + (partly > 0 ? ", " + partly + " partly met" : "") + (notMet > 0 ? ", " + notMet + " not met" : "")
                + "; " + (negative == 0 ? "no negative impact expected on any protected characteristic"
                : "negative impact expected on " + negative + " protected characteristic" + (negative == 1 ? "" : "s"));
    }
}
