package org.ironbridge.assurance.internal;

/** A law or a benchmark that the compliance test answers, and when it applies. */
public record ComplianceFramework(String code, String name, Kind kind, Applies applies, int position, String summary) {

    public enum Kind {
        LAW("Law"),
        BENCHMARK("Benchmark");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Applies {
        ALWAYS("Every system"),
        WHEN_BIOMETRICS("Systems that use cameras or biometrics");

        private final String label;

        Applies(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean appliesTo(AiSystem system) {
        return applies == Applies.ALWAYS || system.usesBiometrics();
    }

    /** Why the framework is shown as not applicable to a system, in a sentence. */
    public String whyNotApplicable() {
        return "It applies only to systems that use cameras or biometrics, and this system uses neither.";
    }
}
