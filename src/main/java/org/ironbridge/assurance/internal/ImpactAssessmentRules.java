package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ironbridge.audit.FieldChange;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** Checks what was typed into the impact assessment, and says what changed, field by field, for the audit trail. */
final class ImpactAssessmentRules {

    static final int LIMIT = 4000;

    private ImpactAssessmentRules() {
    }

    /** The typed assessment, cleaned; errors for anything too long, forged or contradictory. */
    static ImpactAssessment validate(AiSystem system, ImpactAssessmentForm form, FormErrors errors) {
        boolean light = "yes".equals(form.getLight());
        if (light && !system.type().rulesBased()) {
            errors.reject("light", "Only a rules-based robot may take the light assessment: answer every section");
        }
        String affected = FormText.optional(form.getAffectedGroups(), LIMIT, "affectedGroups", "Who is affected and how", errors);
        AutomationLevel level = null;
        if (FormText.clean(form.getAutomationLevel()) != null) {
            level = FormText.choice(AutomationLevel.class, form.getAutomationLevel());
            if (level == null) {
                errors.reject("automationLevel", "Select how automated the system is from the scale");
            }
        }
        String oversight = FormText.optional(form.getHumanOversight(), LIMIT, "humanOversight", "Human oversight", errors);
        String challenge = FormText.optional(form.getChallenge(), LIMIT, "challenge", "How a person can challenge an outcome", errors);
        String accuracy = FormText.optional(form.getAccuracy(), LIMIT, "accuracy", "Accuracy", errors);
        String falsePositives = FormText.optional(form.getFalsePositives(), LIMIT, "falsePositives", "False positives", errors);
        String falsePositiveCost = FormText.optional(form.getFalsePositiveCost(), LIMIT, "falsePositiveCost",
                "Who bears the cost of a false positive", errors);
        String falseNegatives = FormText.optional(form.getFalseNegatives(), LIMIT, "falseNegatives", "False negatives", errors);
        String falseNegativeCost = FormText.optional(form.getFalseNegativeCost(), LIMIT, "falseNegativeCost",
                "Who bears the cost of a false negative", errors);

        Map<ProtectedCharacteristic, ImpactAssessment.Fairness> fairness = new EnumMap<>(ProtectedCharacteristic.class);
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            ExpectedImpact impact = null;
            String chosen = form.field("impact-" + c.name());
            if (FormText.clean(chosen) != null) {
                impact = FormText.choice(ExpectedImpact.class, chosen);
                if (impact == null) {
                    errors.reject("impact-" + c.name(), "Select the expected impact on " + lower(c.label()) + " from the list");
                }
            }
            String evidence = FormText.optional(form.field("fairness-" + c.name()), LIMIT, "fairness-" + c.name(),
                    "Evidence for " + lower(c.label()), errors);
            if (impact != null || evidence != null) {
                fairness.put(c, new ImpactAssessment.Fairness(impact, evidence));
            }
        }

        Set<ExplanationType> given = new LinkedHashSet<>();
        for (String value : form.getExplanations()) {
            ExplanationType type = FormText.choice(ExplanationType.class, value);
            if (type == null) {
                errors.reject("explanation", "Select the explanation types from the list");
            } else {
                given.add(type);
            }
        }
        Map<ExplanationType, String> explanations = new EnumMap<>(ExplanationType.class);
        for (ExplanationType type : ExplanationType.values()) {
            String how = FormText.optional(form.field("how-" + type.name()), LIMIT, "how-" + type.name(),
                    "How the " + lower(type.label()) + " explanation is given", errors);
            if (given.contains(type)) {
                explanations.put(type, how);
            } else if (how != null) {
                errors.reject("how-" + type.name(), "Select " + lower(type.label()) + " as an explanation that can be "
                        + "given, or clear how it is given");
            }
        }
        String limits = FormText.optional(form.getExplainabilityLimits(), LIMIT, "explainabilityLimits",
                "What cannot be explained", errors);

        Map<AlgoCareItem, ImpactAssessment.AlgoCare> algoCare = new EnumMap<>(AlgoCareItem.class);
        for (AlgoCareItem item : AlgoCareItem.values()) {
            Conformity rating = null;
            String chosen = form.field("rating-" + item.name());
            if (FormText.clean(chosen) != null) {
                rating = FormText.choice(Conformity.class, chosen);
                if (rating == null || rating == Conformity.NOT_APPLICABLE) {
                    errors.reject("rating-" + item.name(), "Select whether " + item.label() + " is met, partly met or not met");
                    rating = null;
                }
            }
            String evidence = FormText.optional(form.field("algo-" + item.name()), LIMIT, "algo-" + item.name(),
                    "Evidence for " + item.label(), errors);
            if (rating != null || evidence != null) {
                algoCare.put(item, new ImpactAssessment.AlgoCare(rating, evidence));
            }
        }
        return new ImpactAssessment(null, system.id(), false, light, affected, level, oversight, challenge, accuracy,
                falsePositives, falsePositiveCost, falseNegatives, falseNegativeCost, limits, fairness, explanations,
                algoCare, 0, null, null, null, null);
    }

    /** Every field's value before and after, in the words of the form; unchanged ones are dropped by the trail. */
    static List<FieldChange> changes(ImpactAssessment before, ImpactAssessment after) {
        Map<String, String> was = before == null ? Map.of() : described(before);
        Map<String, String> now = described(after);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(was.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new FieldChange(field, was.get(field), now.get(field)));
        }
        return changes;
    }

    private static Map<String, String> described(ImpactAssessment a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Light assessment", a.light() ? "Yes" : "No");
        fields.put("Who is affected and how", a.affectedGroups());
        fields.put("Automation", a.automationLevel() == null ? null : a.automationLevel().label());
        fields.put("Human oversight", a.humanOversight());
        fields.put("How a person can challenge an outcome", a.challenge());
        fields.put("Accuracy", a.accuracy());
        fields.put("False positives", a.falsePositives());
        fields.put("Who bears the cost of a false positive", a.falsePositiveCost());
        fields.put("False negatives", a.falseNegatives());
        fields.put("Who bears the cost of a false negative", a.falseNegativeCost());
        a.fairness().forEach((c, f) -> fields.put("Fairness: " + c.label(),
                (f.impact() == null ? "No impact given" : f.impact().label()) + (f.evidence() == null ? "" : ". " + f.evidence())));
        a.explanations().forEach((type, how) -> fields.put("Explanation: " + type.label(), how == null ? "Can be given" : how));
        fields.put("What cannot be explained", a.explainabilityLimits());
        a.algoCare().forEach((item, r) -> fields.put("ALGO-CARE: " + item.label(),
                (r.rating() == null ? "Not rated" : r.rating().label()) + (r.evidence() == null ? "" : ". " + r.evidence())));
        return fields;
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
