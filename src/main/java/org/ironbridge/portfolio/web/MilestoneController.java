package org.ironbridge.portfolio.web;

import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.DeliveryOutcome;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.Milestone;
import org.ironbridge.portfolio.internal.MilestoneForm;
import org.ironbridge.portfolio.internal.MilestonePlanning;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing an initiative's milestones. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/milestones")
class MilestoneController {

    private final InitiativeEditing editing;
    private final MilestonePlanning planning;
    private final DeliveryViews views;

    MilestoneController(InitiativeEditing editing, MilestonePlanning planning, DeliveryViews views) {
        this.editing = editing;
        this.planning = planning;
        this.views = views;
    }

    @GetMapping("/new")
    String newForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return form(subject, initiativeId, null, new MilestoneForm(), new FormErrors(), model);
    }

    @PostMapping
    String plan(@PathVariable UUID initiativeId, @ModelAttribute MilestoneForm form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DeliveryOutcome<Milestone> outcome = planning.plan(subject, initiativeId, form);
        if (outcome.errors().any()) {
            return form(subject, initiativeId, null, form, outcome.errors(), model);
        }
        return saved(subject, initiativeId, outcome, "Milestone added", redirect);
    }

    @GetMapping("/{milestoneId}/edit")
    String editForm(@PathVariable UUID initiativeId, @PathVariable UUID milestoneId, Authentication authentication,
                    Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Milestone milestone = planning.forEditing(subject, initiativeId, milestoneId);
        return form(subject, initiativeId, milestone, MilestoneForm.of(milestone), new FormErrors(), model);
    }

    @PostMapping("/{milestoneId}")
    String revise(@PathVariable UUID initiativeId, @PathVariable UUID milestoneId, @ModelAttribute MilestoneForm form,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            DeliveryOutcome<Milestone> outcome = planning.revise(subject, initiativeId, milestoneId, form);
            if (outcome.errors().any()) {
                return form(subject, initiativeId, planning.forEditing(subject, initiativeId, milestoneId), form,
                        outcome.errors(), model);
            }
            return saved(subject, initiativeId, outcome, "Milestone updated", redirect);
        } catch (EditConflict conflict) {
            Milestone current = planning.forEditing(subject, initiativeId, milestoneId);
            model.addAttribute("conflict", conflict);
            return form(subject, initiativeId, current, MilestoneForm.of(current), new FormErrors().reject("title",
                    "Someone else changed this milestone while you were editing. Nothing you entered has been saved. "
                            + "Check their changes, then make yours again"), model);
        }
    }

    private String saved(Subject subject, UUID initiativeId, DeliveryOutcome<Milestone> outcome, String notice,
                         RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice + ": " + outcome.saved().title());
        DeliveryViews.breachNotice(redirect, outcome.newlyBreached(), editing.forEditing(subject, initiativeId));
        return "redirect:/portfolio/initiatives/" + initiativeId + "/delivery";
    }

    private String form(Subject subject, UUID initiativeId, Milestone milestone, MilestoneForm form, FormErrors errors,
                        Model model) {
        views.initiative(model, subject, editing.forEditing(subject, initiativeId));
        model.addAttribute("milestone", milestone);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("titleField", FormFields.input("title", "Milestone", form.getTitle(), errors));
        model.addAttribute("baselineField", FormFields.date("baselineDate", "baseline", "Baseline date",
                form.getBaselineDay(), form.getBaselineMonth(), form.getBaselineYear(), errors));
        model.addAttribute("forecastField", hint(FormFields.date("forecastDate", "forecast", "Forecast date (optional)",
                form.getForecastDay(), form.getForecastMonth(), form.getForecastYear(), errors),
                "When it is now expected. Leave blank if that is still the baseline date. For example, 27 3 2025"));
        model.addAttribute("actualField", hint(FormFields.date("actualDate", "actual", "Date achieved (optional)",
                form.getActualDay(), form.getActualMonth(), form.getActualYear(), errors),
                "Only once it has been achieved. For example, 27 3 2025"));
        return "portfolio/milestone-form";
    }

    private static Map<String, Object> hint(Map<String, Object> field, String hint) {
        field.put("hint", Map.of("text", hint));
        return field;
    }
}
