package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A system's Algorithmic Impact Assessment as it stands: who is affected and how, how automated it is, who
 * oversees it and how an outcome is challenged, its errors and who bears them, fairness across the protected
 * characteristics, the explanations the force can give, and ALGO-CARE.
 */
public record ImpactAssessment(UUID id, UUID systemId, boolean complete, boolean light, String affectedGroups,
                               AutomationLevel automationLevel, String humanOversight, String challenge, String accuracy,
                               String falsePositives, String falsePositiveCost, String falseNegatives,
                               String falseNegativeCost, String explainabilityLimits,
                               Map<ProtectedCharacteristic, Fairness> fairness, Map<ExplanationType, String> explanations,
                               Map<AlgoCareItem, AlgoCare> algoCare, int version, String updatedBy, Instant updatedAt,
                               String completedBy, Instant completedAt) {

    public record Fairness(ExpectedImpact impact, String evidence) {
    }

    public record AlgoCare(Conformity rating, String evidence) {
    }

    /**
     * The parts of the assessment. A rules-based robot (no inference of its own, the same written rule for every
     * record) may take the light assessment: who is affected, automation, oversight and challenge, and its errors.
     * Its rationale is the rule itself, and the Equality Act duty is still tested in its compliance test.
     */
    public enum Section {
        AFFECTED("Who is affected and how", true, "Answer who is affected and how"),
        AUTOMATION("Automation", true, "Select how automated the system is"),
        OVERSIGHT("Human oversight and challenge", true, "Answer how people oversee the system and how a person can "
                + "challenge an outcome"),
        ACCURACY("Accuracy and the cost of errors", true, "Answer accuracy, false positives and false negatives, and who "
                + "bears the cost of each"),
        FAIRNESS("Fairness across protected characteristics", false, "Give the expected impact, and its evidence, for "
                + "every protected characteristic"),
        EXPLAINABILITY("Explainability", false, "Select the explanations that can be given and say how, or say what "
                + "cannot be explained"),
        ALGO_CARE("ALGO-CARE", false, "Rate every ALGO-CARE item and give its evidence");

        private final String label;
        private final boolean inLightAssessment;
        private final String missing;

        Section(String label, boolean inLightAssessment, String missing) {
            this.label = label;
            this.inLightAssessment = inLightAssessment;
            this.missing = missing;
        }

        public String label() {
            return label;
        }

        /** What to do before the assessment can be marked complete. */
        public String missingMessage() {
            return missing + " before marking the assessment as complete";
        }

        public boolean inLightAssessment() {
            return inLightAssessment;
        }

        /** The anchor of the section on the assessment page. */
        public String anchor() {
            return "section-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The light assessment applies only while the system is a rules-based robot. */
    public boolean lightFor(AiSystem system) {
        return light && system.type().rulesBased();
    }

    /** The sections this system's assessment needs. */
    public List<Section> required(AiSystem system) {
        return List.of(Section.values()).stream().filter(s -> !lightFor(system) || s.inLightAssessment()).toList();
    }

    public boolean answered(Section section) {
        return switch (section) {
            case AFFECTED -> affectedGroups != null;
            case AUTOMATION -> automationLevel != null;
            case OVERSIGHT -> humanOversight != null && challenge != null;
            case ACCURACY -> accuracy != null && falsePositives != null && falsePositiveCost != null
                    && falseNegatives != null && falseNegativeCost != null;
            case FAIRNESS -> List.of(ProtectedCharacteristic.values()).stream().allMatch(c -> fairness.containsKey(c)
                    && fairness.get(c).impact() != null && fairness.get(c).evidence() != null);
            case EXPLAINABILITY -> (!explanations.isEmpty() || explainabilityLimits != null)
                    && explanations.values().stream().allMatch(how -> how != null);
            case ALGO_CARE -> List.of(AlgoCareItem.values()).stream().allMatch(i -> algoCare.containsKey(i)
                    && algoCare.get(i).rating() != null && algoCare.get(i).evidence() != null);
        };
    }

    /** The required sections not yet answered, in order. */
    public List<Section> missing(AiSystem system) {
        List<Section> missing = new ArrayList<>();
        required(system).stream().filter(s -> !answered(s)).forEach(missing::add);
        return missing;
    }
}
