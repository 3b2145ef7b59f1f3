package org.ironbridge.assurance.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The impact assessment as it is typed: every field is text until checked. The per-characteristic, per-type and
 * per-item fields are named {@code impact-AGE}, {@code fairness-AGE}, {@code how-RATIONALE}, {@code rating-LAWFUL}
 * and {@code algo-LAWFUL} so that each has its own id for the error summary to link to.
 */
public class ImpactAssessmentForm {

    private String light;
    private String affectedGroups;
    private String automationLevel;
    private String humanOversight;
    private String challenge;
    private String accuracy;
    private String falsePositives;
    private String falsePositiveCost;
    private String falseNegatives;
    private String falseNegativeCost;
    private String explainabilityLimits;
    private final Map<String, String> perItem = new HashMap<>();
    private final Set<String> explanations = new LinkedHashSet<>();
    private Integer version;

    public static ImpactAssessmentForm blank() {
        return new ImpactAssessmentForm();
    }

    /** From the submitted request: the named fields, the checked explanation types and the version. */
    public static ImpactAssessmentForm from(Map<String, String> params, List<String> explanations) {
        ImpactAssessmentForm form = new ImpactAssessmentForm();
        form.light = params.get("light");
        form.affectedGroups = params.get("affectedGroups");
        form.automationLevel = params.get("automationLevel");
        form.humanOversight = params.get("humanOversight");
        form.challenge = params.get("challenge");
        form.accuracy = params.get("accuracy");
        form.falsePositives = params.get("falsePositives");
        form.falsePositiveCost = params.get("falsePositiveCost");
        form.falseNegatives = params.get("falseNegatives");
        form.falseNegativeCost = params.get("falseNegativeCost");
        form.explainabilityLimits = params.get("explainabilityLimits");
        params.forEach((name, value) -> {
            if (name.matches("(impact|fairness|how|rating|algo)-[A-Z_]{1,40}")) {
                form.perItem.put(name, value);
            }
        });
        if (explanations != null) {
            explanations.stream().limit(20).forEach(form.explanations::add);
        }
        form.version = integer(params.get("version"));
        return form;
    }

    public static ImpactAssessmentForm of(ImpactAssessment assessment) {
        ImpactAssessmentForm form = new ImpactAssessmentForm();
        form.light = assessment.light() ? "yes" : null;
        form.affectedGroups = assessment.affectedGroups();
        form.automationLevel = assessment.automationLevel() == null ? null : assessment.automationLevel().name();
        form.humanOversight = assessment.humanOversight();
        form.challenge = assessment.challenge();
        form.accuracy = assessment.accuracy();
        form.falsePositives = assessment.falsePositives();
        form.falsePositiveCost = assessment.falsePositiveCost();
        form.falseNegatives = assessment.falseNegatives();
        form.falseNegativeCost = assessment.falseNegativeCost();
        form.explainabilityLimits = assessment.explainabilityLimits();
        assessment.fairness().forEach((c, f) -> {
            form.perItem.put("impact-" + c.name(), f.impact() == null ? null : f.impact().name());
            form.perItem.put("fairness-" + c.name(), f.evidence());
        });
        assessment.explanations().forEach((type, how) -> {
            form.explanations.add(type.name());
            form.perItem.put("how-" + type.name(), how);
        });
        assessment.algoCare().forEach((item, a) -> {
            form.perItem.put("rating-" + item.name(), a.rating() == null ? null : a.rating().name());
            form.perItem.put("algo-" + item.name(), a.evidence());
        });
        form.version = assessment.version();
        return form;
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The value of a per-characteristic, per-type or per-item field, such as {@code impact-AGE}. */
    public String field(String name) {
        return perItem.get(name);
    }

    public boolean explains(ExplanationType type) {
        return explanations.contains(type.name());
    }

    public Set<String> getExplanations() { return explanations; }
    public String getLight() { return light; }
    public String getAffectedGroups() { return affectedGroups; }
    public String getAutomationLevel() { return automationLevel; }
    public String getHumanOversight() { return humanOversight; }
    public String getChallenge() { return challenge; }
    public String getAccuracy() { return accuracy; }
    public String getFalsePositives() { return falsePositives; }
    public String getFalsePositiveCost() { return falsePositiveCost; }
    public String getFalseNegatives() { return falseNegatives; }
    public String getFalseNegativeCost() { return falseNegativeCost; }
    public String getExplainabilityLimits() { return explainabilityLimits; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
