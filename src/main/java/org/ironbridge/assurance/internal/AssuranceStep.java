package org.ironbridge.assurance.internal;

/**
 * One part of a system's assurance (formal assessment, DPIA, impact assessment, compliance test, ethics
 * advice, validation, monitoring, decommissioning). Each part says where it stands; the system page lists
 * them in order, and the gates and Change Papers of the system's initiative show them as evidence.
 */
public interface AssuranceStep {

    /** Where the step sits on the system page, lowest first. */
    int order();

    /** The step's name, as the gate and the paper show it: "DPIA outcome", "Ethics Panel advice"… */
    String name();

    Progress progress(AiSystem system);

    /**
     * Where a step stands. {@code complete} is what a gate needs; {@code detail} says what is there or what is
     * missing, in words a board can read; {@code href} is the step's page.
     */
    record Progress(String href, String label, String colour, boolean complete, String detail) {

        public static Progress notStarted(String href, String missing) {
            return new Progress(href, "Not started", "grey", false, missing);
        }

        public static Progress inProgress(String href, String label, String missing) {
            return new Progress(href, label, "blue", false, missing);
        }

        public static Progress done(String href, String label, String detail) {
            return new Progress(href, label, "green", true, detail);
        }
    }
}
