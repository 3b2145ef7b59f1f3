package org.ironbridge.portfolio.web;

import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.DeliveryOutcome;
import org.ironbridge.portfolio.internal.DeliveryPosition;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.FinanceForm;
import org.ironbridge.portfolio.internal.FinanceRecords;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.InitiativeFinance;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.internal.StatusReporting;
import org.ironbridge.portfolio.internal.ToleranceForm;
import org.ironbridge.portfolio.internal.ToleranceSetting;
import org.ironbridge.portfolio.internal.Tolerances;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's delivery page (milestones, tolerances, money, exceptions) and its tolerance and finance forms. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}")
class DeliveryController {

    private static final String CONFLICT = "Someone else changed these figures while you were editing. Nothing you "
            + "entered has been saved. Check their changes, then make yours again";

    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final ToleranceSetting tolerances;
    private final FinanceRecords finances;
    private final ExceptionReporting exceptions;
    private final StatusReporting statusReports;
    private final DeliveryViews views;

    DeliveryController(InitiativeEditing editing, DeliveryPosition position, ToleranceSetting tolerances,
                       FinanceRecords finances, ExceptionReporting exceptions, StatusReporting statusReports,
                       DeliveryViews views) {
        this.editing = editing;
        this.position = position;
        this.tolerances = tolerances;
        this.finances = finances;
        this.exceptions = exceptions;
        this.statusReports = statusReports;
        this.views = views;
    }

    @GetMapping("/delivery")
    String delivery(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        DeliveryPosition.Assessment assessment = position.of(initiative);
        var entries = exceptions.entries(initiativeId);
        views.initiative(model, subject, initiative);
        model.addAttribute("breaches", views.breaches(assessment, entries));
        model.addAttribute("milestones", views.milestones(assessment.milestones(),
                assessment.tolerances().limits().timeDays()));
        model.addAttribute("tolerances", views.tolerances(assessment.tolerances().limits()));
        model.addAttribute("toleranceSet", assessment.tolerances().recorded());
        model.addAttribute("finance", views.finance(assessment.finance(), assessment));
        model.addAttribute("exceptions", entries);
        model.addAttribute("latestReport", assessment.latestReport());
        model.addAttribute("thisMonth", statusReports.thisMonth());
        return "portfolio/delivery";
    }

    @GetMapping("/tolerances/edit")
    String toleranceForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Tolerances current = tolerances.forEditing(subject, initiativeId);
        return toleranceForm(subject, initiativeId, ToleranceForm.of(current), new FormErrors(), model);
    }

    @PostMapping("/tolerances")
    String setTolerances(@PathVariable UUID initiativeId, @ModelAttribute ToleranceForm form,
                         Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            DeliveryOutcome<Tolerances> outcome = tolerances.set(subject, initiativeId, form);
            if (outcome.errors().any()) {
                return toleranceForm(subject, initiativeId, form, outcome.errors(), model);
            }
            return saved(subject, initiativeId, outcome, "Tolerances saved", redirect);
        } catch (EditConflict conflict) {
            model.addAttribute("conflict", conflict);
            return toleranceForm(subject, initiativeId, ToleranceForm.of(tolerances.forEditing(subject, initiativeId)),
                    new FormErrors().reject("timeDays", CONFLICT), model);
        }
    }

    @GetMapping("/finance/edit")
    String financeForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        InitiativeFinance current = finances.forEditing(subject, initiativeId);
        return financeForm(subject, initiativeId, current, FinanceForm.of(current), new FormErrors(), model);
    }

    @PostMapping("/finance")
    String reportFinance(@PathVariable UUID initiativeId, @ModelAttribute FinanceForm form,
                         Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            DeliveryOutcome<InitiativeFinance> outcome = finances.report(subject, initiativeId, form);
            if (outcome.errors().any()) {
                return financeForm(subject, initiativeId, finances.forEditing(subject, initiativeId), form,
                        outcome.errors(), model);
            }
            return saved(subject, initiativeId, outcome, "Finances updated", redirect);
        } catch (EditConflict conflict) {
            InitiativeFinance current = finances.forEditing(subject, initiativeId);
            model.addAttribute("conflict", conflict);
            return financeForm(subject, initiativeId, current, FinanceForm.of(current),
                    new FormErrors().reject("requested", CONFLICT), model);
        }
    }

    private String saved(Subject subject, UUID initiativeId, DeliveryOutcome<?> outcome, String notice,
                         RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        DeliveryViews.breachNotice(redirect, outcome.newlyBreached(), editing.forEditing(subject, initiativeId));
        return "redirect:/portfolio/initiatives/" + initiativeId + "/delivery";
    }

    private String toleranceForm(Subject subject, UUID initiativeId, ToleranceForm form, FormErrors errors, Model model) {
        views.initiative(model, subject, editing.forEditing(subject, initiativeId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("timeField", DeliveryViews.number("timeDays", "Time tolerance (optional)",
                "How many days any milestone, or the initiative's end, may slip past its baseline date.", "days",
                form.getTimeDays(), errors));
        model.addAttribute("costAmountField", DeliveryViews.money("costAmount", "Cost tolerance in pounds (optional)",
                "How far the forecast outturn may go over the approved budget, for example 25000.",
                form.getCostAmount(), errors));
        model.addAttribute("costPercentField", DeliveryViews.number("costPercent", "Cost tolerance as a percentage (optional)",
                "A percentage of the approved budget. With both set, the smaller allowance applies.", "%",
                form.getCostPercent(), errors));
        model.addAttribute("riskField", DeliveryViews.number("maximumRisk", "Maximum risk score (optional)",
                "Probability × impact, from 1 to 25. A higher current or forecast score breaches it.", null,
                form.getMaximumRisk(), errors));
        model.addAttribute("scopeField", FormFields.textarea("scope", "Scope tolerance (optional)",
                "What may change in scope without going back to the board.", form.getScope(), errors));
        model.addAttribute("qualityField", FormFields.textarea("quality", "Quality tolerance (optional)",
                "The range of quality the board accepts.", form.getQuality(), errors));
        model.addAttribute("benefitsField", FormFields.textarea("benefits", "Benefits tolerance (optional)",
                "How far the benefits may fall short of the business case.", form.getBenefits(), errors));
        return "portfolio/tolerances-form";
    }

    private String financeForm(Subject subject, UUID initiativeId, InitiativeFinance current, FinanceForm form,
                               FormErrors errors, Model model) {
        views.initiative(model, subject, editing.forEditing(subject, initiativeId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("current", current);
        model.addAttribute("approved", current.approved() == null ? null
                : Pounds.format(current.approved()));
        model.addAttribute("requestedField", DeliveryViews.money("requested", "Budget requested (optional)",
                "In pounds, for example 250000 or £1,250,000.50.", form.getRequested(), errors));
        model.addAttribute("spentField", DeliveryViews.money("spent", "Spent to date (optional)", null,
                form.getSpent(), errors));
        model.addAttribute("forecastField", DeliveryViews.money("forecastOutturn", "Forecast outturn (optional)",
                "What the initiative will have cost when it finishes.", form.getForecastOutturn(), errors));
        return "portfolio/finance-form";
    }
}
