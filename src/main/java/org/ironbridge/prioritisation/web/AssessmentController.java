package org.ironbridge.prioritisation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.ideas.IdeaSummary;
import org.ironbridge.prioritisation.internal.Assessments;
import org.ironbridge.prioritisation.internal.Rice;
import org.ironbridge.prioritisation.internal.ScoreForm;
import org.ironbridge.prioritisation.internal.Scoring;
import org.ironbridge.prioritisation.internal.ScoringSettings;
import org.ironbridge.prioritisation.internal.Wsjf;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An idea's scores from every assessor, and each assessor's own scoring form. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final ScoringSettings settings;
    private final AccessPolicy policy;

    AssessmentController(Assessments assessments, ScoringSettings settings, AccessPolicy policy) {
        this.assessments = assessments;
        this.settings = settings;
        this.policy = policy;
    }

    @GetMapping("/ideas/{ideaId}/assessment")
    String assessment(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        IdeaSummary idea = assessments.open(subject, ideaId);
        model.addAttribute("view", assessments.view(subject, idea));
        model.addAttribute("mayScore", policy.permits(subject, Permission.ASSESS_IDEAS));
        return "prioritisation/assessment";
    }

    @GetMapping("/ideas/{ideaId}/assessment/score")
    String scoreForm(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        IdeaSummary idea = assessments.forScoring(subject, ideaId);
        ScoringSettings.Settings current = settings.of(subject.forceId());
        Scoring mine = assessments.mine(subject, ideaId).orElse(null);
        return form(idea, current, ScoreForm.of(mine, current.version()).withRatings(mine, current.criteria()),
                mine, new FormErrors(), null, model);
    }

    @PostMapping("/ideas/{ideaId}/assessment/score")
    String score(@PathVariable UUID ideaId, @ModelAttribute ScoreForm form, Authentication authentication, Model model,
                 RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Assessments.Outcome outcome = assessments.score(subject, ideaId, form);
            if (outcome.errors().any()) {
                IdeaSummary idea = assessments.forScoring(subject, ideaId);
                return form(idea, settings.of(subject.forceId()), form, assessments.mine(subject, ideaId).orElse(null),
                        outcome.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Your scores are saved");
            return "redirect:/ideas/" + ideaId + "/assessment";
        } catch (EditConflict conflict) {
            IdeaSummary idea = assessments.forScoring(subject, ideaId);
            ScoringSettings.Settings current = settings.of(subject.forceId());
            Scoring mine = assessments.mine(subject, ideaId).orElse(null);
            return form(idea, current, ScoreForm.of(mine, current.version()).withRatings(mine, current.criteria()), mine,
                    new FormErrors().reject(current.criteria().isEmpty() ? "riceReach" : "rating-0",
                            "Your scores for this idea were changed in another window or session while you were "
                                    + "editing. Nothing you entered has been saved. Check the changes, then make yours again"),
                    conflict, model);
        }
    }

    @ExceptionHandler(Assessments.NotAssessable.class)
    String notAssessable(Assessments.NotAssessable refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("returned", "Idea " + refused.idea().reference() + " is "
                + refused.idea().status().label().toLowerCase(java.util.Locale.ROOT)
                + ". Only ideas under assessment or shortlisted can be scored");
        return "redirect:/ideas/" + refused.idea().id() + "/assessment";
    }

    private String form(IdeaSummary idea, ScoringSettings.Settings current, ScoreForm form, Scoring mine,
                        FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("idea", idea);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("revising", mine != null);
        model.addAttribute("settings", current);
        List<Map<String, Object>> ratings = new ArrayList<>();
        List<Choice> oneToFive = List.of(Choice.of("1", "1 – poor"), Choice.of("2", "2"), Choice.of("3", "3 – fair"),
                Choice.of("4", "4"), Choice.of("5", "5 – excellent"));
        for (int i = 0; i < current.criteria().size(); i++) {
            ScoringSettings.Criterion criterion = current.criteria().get(i);
            Map<String, Object> field = FormFields.select("ratings[" + i + "]", criterion.name() + " (weight "
                    + criterion.weight() + "%)", oneToFive, form.getRatings().get("" + i), errors);
            field.put("id", "rating-" + i);
            if (errors.has("rating-" + i)) {
                field.put("errorMessage", errors.errorMessage("rating-" + i));
            }
            ratings.add(field);
        }
        model.addAttribute("ratingFields", ratings);
        model.addAttribute("riceReachField", number(FormFields.input("riceReach", "Reach: people or cases a quarter",
                form.getRiceReach(), errors), "govuk-input--width-10"));
        model.addAttribute("riceImpactField", FormFields.select("riceImpact", "Impact on each", List.of(
                Choice.of("3", "3 – massive"), Choice.of("2", "2 – high"), Choice.of("1", "1 – medium"),
                Choice.of("0.5", "0.5 – low"), Choice.of("0.25", "0.25 – minimal")), form.getRiceImpact(), errors));
        model.addAttribute("riceConfidenceField", FormFields.select("riceConfidence", "Confidence in these estimates",
                Rice.CONFIDENCES.stream().map(c -> Choice.of("" + c, c + "%")).toList(), form.getRiceConfidence(), errors));
        model.addAttribute("riceEffortField", number(FormFields.input("riceEffort", "Effort in person-months",
                form.getRiceEffort(), errors), "govuk-input--width-5"));
        model.addAttribute("iceImpactField", number(FormFields.input("iceImpact", "Impact, 1 to 10", form.getIceImpact(),
                errors), "govuk-input--width-2"));
        model.addAttribute("iceConfidenceField", number(FormFields.input("iceConfidence", "Confidence, 1 to 10",
                form.getIceConfidence(), errors), "govuk-input--width-2"));
        model.addAttribute("iceEaseField", number(FormFields.input("iceEase", "Ease, 1 to 10", form.getIceEase(), errors),
                "govuk-input--width-2"));
        List<Choice> fibonacci = Wsjf.SCALE.stream().map(n -> Choice.of("" + n, "" + n)).toList();
        model.addAttribute("wsjfValueField", FormFields.select("wsjfValue", "Business value", fibonacci,
                form.getWsjfValue(), errors));
        model.addAttribute("wsjfTimeField", FormFields.select("wsjfTime", "Time criticality", fibonacci,
                form.getWsjfTime(), errors));
        model.addAttribute("wsjfRiskField", FormFields.select("wsjfRisk", "Risk reduction or opportunity enablement",
                fibonacci, form.getWsjfRisk(), errors));
        model.addAttribute("wsjfSizeField", FormFields.select("wsjfSize", "Job size", fibonacci, form.getWsjfSize(), errors));
        model.addAttribute("moscowField", FormFields.select("moscow", "How much the force needs it", List.of(
                Choice.of("MUST", "Must have"), Choice.of("SHOULD", "Should have"), Choice.of("COULD", "Could have"),
                Choice.of("WONT", "Won't have this time")), form.getMoscow(), errors));
        model.addAttribute("rationaleField", FormFields.textarea("rationale", "Why you scored it this way (optional)",
                "Other assessors and moderators read this. Up to 2,000 characters.", form.getRationale(), errors));
        return "prioritisation/score-form";
    }

    private static Map<String, Object> number(Map<String, Object> field, String width) {
        Map<String, Object> copy = new LinkedHashMap<>(field);
        copy.put("classes", width);
        copy.put("inputmode", "decimal");
        copy.put("spellcheck", false);
        return copy;
    }
}
