package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.DeliveryOutcome;
import org.ironbridge.portfolio.internal.DeliveryPosition;
import org.ironbridge.portfolio.internal.ExceptionReport;
import org.ironbridge.portfolio.internal.ExceptionReportForm;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.ToleranceRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Raising an exception report on a breached tolerance, and reading one. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/exception-reports")
class ExceptionReportController {

    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final ExceptionReporting exceptions;
    private final DeliveryViews views;

    ExceptionReportController(InitiativeEditing editing, DeliveryPosition position, ExceptionReporting exceptions,
                              DeliveryViews views) {
        this.editing = editing;
        this.position = position;
        this.exceptions = exceptions;
        this.views = views;
    }

    @GetMapping("/new")
    String newForm(@PathVariable UUID initiativeId, @RequestParam(required = false) String tolerance,
                   Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ExceptionReportForm form = new ExceptionReportForm();
        form.setTolerance(tolerance);
        return form(subject, initiativeId, form, new FormErrors(), model);
    }

    @PostMapping
    String raise(@PathVariable UUID initiativeId, @ModelAttribute ExceptionReportForm form,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DeliveryOutcome<ExceptionReport> outcome = exceptions.raise(subject, initiativeId, form);
        if (outcome.errors().any()) {
            return form(subject, initiativeId, form, outcome.errors(), model);
        }
        ExceptionReport report = outcome.saved();
        redirect.addFlashAttribute("notice", "Exception report raised to the " + report.addressedTo().label());
        return "redirect:/portfolio/initiatives/" + initiativeId + "/exception-reports/" + report.id();
    }

    @GetMapping("/{exceptionReportId}")
    String report(@PathVariable UUID initiativeId, @PathVariable UUID exceptionReportId, Authentication authentication,
                  Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        ExceptionReporting.Entry entry = exceptions.entry(initiative, exceptionReportId);
        views.initiative(model, subject, initiative);
        model.addAttribute("entry", entry);
        model.addAttribute("raisedOn", DeliveryViews.day(entry.report().raisedOn()));
        return "portfolio/exception-report";
    }

    private String form(Subject subject, UUID initiativeId, ExceptionReportForm form, FormErrors errors, Model model) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        List<ToleranceRules.Breach> breaches = position.of(initiative).breaches();
        views.initiative(model, subject, initiative);
        model.addAttribute("breaches", breaches);
        model.addAttribute("addressedTo", ToleranceRules.escalatesTo(initiative.tier()));
        model.addAttribute("errors", errors);
        model.addAttribute("toleranceField", FormFields.radios("tolerance", "Which tolerance is breached?", null,
                breaches.stream().map(breach -> new Choice(breach.tolerance().name(), breach.tolerance().label(),
                        "Forecast: " + breach.forecast() + ". Tolerance: " + breach.limit() + ".")).toList(),
                form.getTolerance(), errors));
        model.addAttribute("causeField", FormFields.textarea("cause", "Cause",
                "What has caused the forecast to go beyond the tolerance.", form.getCause(), errors));
        model.addAttribute("optionsField", FormFields.textarea("options", "Options",
                "The options open to the board, with the effect of each on time, cost, scope, quality, benefits and risk.",
                form.getOptions(), errors));
        model.addAttribute("recommendationField", FormFields.textarea("recommendation", "Recommendation",
                "Which option you recommend, and why.", form.getRecommendation(), errors));
        return "portfolio/exception-report-form";
    }
}
