package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.stream.Stream;

import org.ironbridge.govuk.Choice;

/**
 * The fixed scales of the RAID log and of change impacts, each value with the words shown for it.
 * Risk responses are PRINCE2's (2017) six responses to a threat.
 */
public final class Raid {

    private Raid() {
    }

    /** A value with the words shown for it. */
    public interface Labelled {
        String name();

        String label();

        default String hint() {
            return null;
        }
    }

    /** The options of a radios, select or checkboxes component for every value of a scale. */
    public static <E extends Enum<E> & Labelled> List<Choice> choices(Class<E> scale) {
        return Stream.of(scale.getEnumConstants()).map(value -> new Choice(value.name(), value.label(), value.hint()))
                .toList();
    }

    /** Low, medium or high: an issue's priority, an impact's severity, a risk score's band. */
    public enum Level implements Labelled {
        LOW("Low", "govuk-tag--green"),
        MEDIUM("Medium", "govuk-tag--yellow"),
        HIGH("High", "govuk-tag--red");

        private final String label;
        private final String tag;

        Level(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour: green, yellow or red. The tag's words carry the meaning too. */
        public String tagClass() {
            return tag;
        }
    }

    /** PRINCE2's responses to a threat. */
    public enum Response implements Labelled {
        AVOID("Avoid", "Change the plan so the threat can no longer happen or can no longer affect the initiative"),
        REDUCE("Reduce", "Act now to make the threat less likely, or its effect smaller"),
        FALLBACK("Fallback", "Plan now what to do if it happens, to lessen its effect"),
        TRANSFER("Transfer", "Pass the financial effect to a third party, such as an insurer or supplier"),
        SHARE("Share", "Share the gain and the pain with a partner, such as a supplier or another force"),
        ACCEPT("Accept", "Take the chance, knowingly, because responding costs more than the risk");

        private final String label;
        private final String hint;

        Response(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String label() {
            return label;
        }

        @Override
        public String hint() {
            return hint;
        }
    }

    /** When the risk would strike if it happened. */
    public enum Proximity implements Labelled {
        IMMINENT("Imminent"),
        WITHIN_3_MONTHS("Within 3 months"),
        WITHIN_6_MONTHS("Within 6 months"),
        BEYOND_6_MONTHS("More than 6 months away");

        private final String label;

        Proximity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RiskStatus implements Labelled {
        OPEN("Open"),
        CLOSED("Closed");

        private final String label;

        RiskStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum IssueStatus implements Labelled {
        OPEN("Open"),
        IN_HAND("Being resolved"),
        RESOLVED("Resolved");

        private final String label;

        IssueStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the team says of a dependency; whether it is late also follows from dates (see {@link Lateness}). */
    public enum DependencyStatus implements Labelled {
        AWAITED("Awaited"),
        MET("Met"),
        LATE("Late");

        private final String label;

        DependencyStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a change affects a business area. */
    public enum ImpactKind implements Labelled {
        PROCESS("Process", "How the work is done"),
        SYSTEMS("Systems", "The systems and devices people use"),
        TRAINING("Training", "What people need to learn"),
        CULTURE("Culture", "How people think and behave at work");

        private final String label;
        private final String hint;

        ImpactKind(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String label() {
            return label;
        }

        @Override
        public String hint() {
            return hint;
        }
    }
}
