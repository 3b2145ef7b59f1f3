package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AlgoCareItem;
import org.ironbridge.assurance.internal.AutomationLevel;
import org.ironbridge.assurance.internal.ExpectedImpact;
import org.ironbridge.assurance.internal.ExplanationType;
import org.ironbridge.assurance.internal.ImpactAssessment;
import org.ironbridge.assurance.internal.ImpactAssessmentForm;
import org.ironbridge.assurance.internal.ProtectedCharacteristic;
import org.ironbridge.assurance.internal.Conformity;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.ui.Model;

/** The impact assessment's pages: what the model needs to show it, and its GOV.UK form components. */
final class ImpactAssessmentView {

    private ImpactAssessmentView() {
    }

    static void page(AiSystem system, ImpactAssessment assessment, boolean mayRecord, Map<String, String> names,
                     FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("names", names);
        model.addAttribute("assessment", assessment);
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("light", assessment != null && assessment.lightFor(system));
        model.addAttribute("sections", assessment == null ? List.of() : assessment.required(system));
        model.addAttribute("missing", assessment == null ? List.of() : assessment.missing(system));
        model.addAttribute("characteristics", ProtectedCharacteristic.values());
        model.addAttribute("explanationTypes", ExplanationType.values());
        model.addAttribute("algoCareItems", AlgoCareItem.values());
    }

    static void form(AiSystem system, ImpactAssessmentForm form, boolean exists, FormErrors errors, EditConflict conflict,
                     Model model) {
        model.addAttribute("system", system);
        model.addAttribute("form", form);
        model.addAttribute("exists", exists);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("rulesBased", system.type().rulesBased());
        model.addAttribute("lightField", FormFields.checkboxes("light", "Light assessment", "A rules-based robot makes "
                        + "no inference of its own: its light assessment needs who is affected, automation, oversight "
                        + "and challenge, and the cost of errors. Fairness is still tested in the compliance test.",
                List.of(Choice.of("yes", "Take the light assessment for this rules-based robot")),
                form.getLight() == null ? List.of() : List.of(form.getLight()), errors));
        model.addAttribute("affectedField", FormFields.textarea("affectedGroups", "Who is affected and how",
                "The people the system's outputs affect, directly or indirectly, and in what way: members of the "
                        + "public (including vulnerable people), officers and staff.", form.getAffectedGroups(), errors));
        model.addAttribute("automationField", FormFields.radios("automationLevel", "How automated is it?", null,
                Stream.of(AutomationLevel.values()).map(l -> new Choice(l.name(), l.label(), l.hint())).toList(),
                form.getAutomationLevel(), errors));
        model.addAttribute("oversightField", FormFields.textarea("humanOversight", "Human oversight",
                "Who oversees the system's outputs, when and how they can step in.", form.getHumanOversight(), errors));
        model.addAttribute("challengeField", FormFields.textarea("challenge", "How a person can challenge an outcome",
                "How someone affected finds out, asks for a person to look again, and complains.", form.getChallenge(), errors));
        model.addAttribute("accuracyField", FormFields.textarea("accuracy", "Accuracy",
                "How accurate it is, how that was measured, and how it is monitored.", form.getAccuracy(), errors));
        model.addAttribute("falsePositivesField", FormFields.textarea("falsePositives", "False positives",
                "What a false positive is for this system, and what it leads to.", form.getFalsePositives(), errors));
        model.addAttribute("falsePositiveCostField", FormFields.textarea("falsePositiveCost",
                "Who bears the cost of a false positive", null, form.getFalsePositiveCost(), errors));
        model.addAttribute("falseNegativesField", FormFields.textarea("falseNegatives", "False negatives",
                "What a false negative is for this system, and what it leads to.", form.getFalseNegatives(), errors));
        model.addAttribute("falseNegativeCostField", FormFields.textarea("falseNegativeCost",
                "Who bears the cost of a false negative", null, form.getFalseNegativeCost(), errors));
        model.addAttribute("fairnessFields", fairness(form, errors));
        model.addAttribute("explanationField", FormFields.checkboxes("explanation", "Which explanations can be given?",
                "Select each type of explanation the force can give a person affected.",
                Stream.of(ExplanationType.values()).map(t -> new Choice(t.name(), t.label(), t.hint())).toList(),
                form.getExplanations(), errors));
        List<Map<String, Object>> how = new ArrayList<>();
        for (ExplanationType type : ExplanationType.values()) {
            how.add(FormFields.textarea("how-" + type.name(), "How the " + type.label().toLowerCase(java.util.Locale.ROOT)
                    + " explanation is given", null, form.field("how-" + type.name()), errors));
        }
        model.addAttribute("howFields", how);
        model.addAttribute("limitsField", FormFields.textarea("explainabilityLimits", "What cannot be explained",
                "Anything about an outcome the force cannot explain, and why.", form.getExplainabilityLimits(), errors));
        model.addAttribute("algoCareFields", algoCare(form, errors));
    }

    private static List<Map<String, Object>> fairness(ImpactAssessmentForm form, FormErrors errors) {
        List<Choice> impacts = Stream.of(ExpectedImpact.values()).map(i -> Choice.of(i.name(), i.label())).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            Map<String, Object> impact = FormFields.radios("impact-" + c.name(), c.label() + ": expected impact", null, impacts,
                    form.field("impact-" + c.name()), errors);
            impact.put("classes", "govuk-radios--inline govuk-radios--small");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", c.label());
            row.put("impact", impact);
            row.put("evidence", FormFields.textarea("fairness-" + c.name(), "Evidence for " + c.label().toLowerCase(
                    java.util.Locale.ROOT), null, form.field("fairness-" + c.name()), errors));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> algoCare(ImpactAssessmentForm form, FormErrors errors) {
        List<Choice> ratings = Stream.of(Conformity.MET, Conformity.PARTLY_MET, Conformity.NOT_MET)
                .map(r -> Choice.of(r.name(), r.label())).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AlgoCareItem item : AlgoCareItem.values()) {
            Map<String, Object> rating = FormFields.radios("rating-" + item.name(), item.label() + ": rating", item.question(), ratings,
                    form.field("rating-" + item.name()), errors);
            rating.put("classes", "govuk-radios--inline govuk-radios--small");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", item.label());
            row.put("question", item.question());
            row.put("rating", rating);
            row.put("evidence", FormFields.textarea("algo-" + item.name(), "Evidence for " + item.label(), null,
                    form.field("algo-" + item.name()), errors));
            rows.add(row);
        }
        return rows;
    }
}
