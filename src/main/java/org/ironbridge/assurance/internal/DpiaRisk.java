package org.ironbridge.assurance.internal;

/**
 * One risk of a DPIA (steps 5 and 6): its likelihood and severity, the overall level the ICO's matrix gives them,
 * the measure taken against it, its effect and the residual risk. A draft may leave the measure part blank.
 */
public record DpiaRisk(int position, String description, Likelihood likelihood, Severity severity, RiskLevel overall,
                       String measure, Effect effect, RiskLevel residual, Boolean measureApproved) {

    public enum Likelihood {
        REMOTE("Remote"), POSSIBLE("Possible"), PROBABLE("Probable");

        private final String label;

        Likelihood(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Severity {
        MINIMAL("Minimal"), SIGNIFICANT("Significant"), SEVERE("Severe");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Effect {
        ELIMINATED("Eliminated"), REDUCED("Reduced"), ACCEPTED("Accepted");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RiskLevel {
        LOW("Low", "green"), MEDIUM("Medium", "yellow"), HIGH("High", "red");

        private final String label;
        private final String colour;

        RiskLevel(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }

        /**
         * The ICO's matrix: minimal harm is low risk however likely; a remote chance is low risk however severe;
         * otherwise a possible significant harm is medium, and a probable one, or a possible severe one, is high.
         */
        public static RiskLevel of(Likelihood likelihood, Severity severity) {
            if (severity == Severity.MINIMAL || likelihood == Likelihood.REMOTE) {
                return LOW;
            }
            if (severity == Severity.SIGNIFICANT && likelihood == Likelihood.POSSIBLE) {
                return MEDIUM;
            }
            return HIGH;
        }
    }

    /** Whether the measure part (step 6) is filled in, as a sign-off needs it. */
    public boolean measured() {
        return measure != null && effect != null && residual != null && measureApproved != null;
    }
}
