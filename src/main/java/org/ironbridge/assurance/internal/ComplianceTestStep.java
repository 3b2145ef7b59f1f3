package org.ironbridge.assurance.internal;

import org.springframework.stereotype.Component;

/** The compliance test on the system page, and as evidence at the gate and in the Change Paper. */
@Component
class ComplianceTestStep implements AssuranceStep {

    private final ComplianceTests tests;

    ComplianceTestStep(ComplianceTests tests) {
        this.tests = tests;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "Compliance test";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/compliance";
        ComplianceTests.Opened opened = tests.of(system);
        ComplianceTest.Totals totals = opened.totals();
        String notApplying = totals.notApplying().isEmpty() ? ""
                : " The " + String.join(" and the ", totals.notApplying()) + " does not apply: the system uses no cameras "
                + "or biometrics.";
        if (totals.answered() == 0) {
            return Progress.notStarted(href, "No compliance test yet: " + totals.items() + " checklist items apply, "
                    + "against the law and the national benchmarks." + notApplying);
        }
        long applicable = totals.answered() - totals.notApplicable();
        String counts = totals.met() + " of " + applicable + " applicable items met"
                + (totals.partlyMet() > 0 ? ", " + totals.partlyMet() + " partly met" : "")
                + (totals.notMet() > 0 ? ", " + totals.notMet() + " not met" : "; no item not met")
                + (totals.notApplicable() > 0 ? "; " + totals.notApplicable() + " answered not applicable" : "");
        if (totals.complete()) {
            return Progress.done(href, "Complete", "Complete: " + counts + "." + notApplying);
        }
        return Progress.inProgress(href, "In progress", "In progress: " + totals.answered() + " of " + totals.items()
                + " items answered; so far " + counts + "." + notApplying);
    }
}
