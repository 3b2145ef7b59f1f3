package org.ironbridge.assurance.internal;

import org.springframework.stereotype.Component;

/** Pre-deployment validation: complete when the latest validation passed every threshold. */
@Component
class ValidationStep implements AssuranceStep {

    private final Validations validations;

    ValidationStep(Validations validations) {
        this.validations = validations;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String name() {
        return "Pre-deployment validation";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/validation";
        return validations.latest(system.id()).map(latest -> latest.passed()
                        ? Progress.done(href, "Passed", latest.summary())
                        : new Progress(href, "Failed", "red", false, latest.summary()
                        + ". Re-validate once the failing measures are put right"))
                .orElseGet(() -> Progress.notStarted(href, "No validation recorded: test accuracy, fairness and potential "
                        + "bias against thresholds the Ethics Panel or the Change Board set"));
    }
}
