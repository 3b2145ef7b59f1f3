package org.ironbridge.assurance.internal;

import org.springframework.stereotype.Component;

/** Decommissioning: complete when the criteria for withdrawing the system are defined (before approval). */
@Component
class DecommissioningStep implements AssuranceStep {

    private final Decommissionings decommissionings;

    DecommissioningStep(Decommissionings decommissionings) {
        this.decommissionings = decommissionings;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String name() {
        return "Decommissioning";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/decommissioning";
        return decommissionings.of(system.id())
                .map(done -> Progress.done(href, "Decommissioned", done.summary()))
                .orElseGet(() -> system.decommissioningCriteria() == null
                        ? Progress.notStarted(href, "Criteria not yet defined: say when and how the system would be "
                        + "withdrawn before it is approved")
                        : Progress.done(href, "Criteria defined", "Criteria defined: " + system.decommissioningCriteria()));
    }
}
