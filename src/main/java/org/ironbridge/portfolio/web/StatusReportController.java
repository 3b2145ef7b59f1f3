package org.ironbridge.portfolio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.Rag;
import org.ironbridge.portfolio.internal.DeliveryOutcome;
import org.ironbridge.portfolio.internal.DeliveryPosition;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.StatusReport;
import org.ironbridge.portfolio.internal.StatusReportForm;
import org.ironbridge.portfolio.internal.StatusReporting;
import org.ironbridge.portfolio.internal.StatusTrend;
import org.ironbridge.portfolio.internal.ToleranceForecast;
import org.ironbridge.portfolio.internal.ToleranceRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monthly status reports: the trend and every version, the submission form, and one report. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/status-reports")
class StatusReportController {

    private static final List<String> RAG_FIELDS = List.of("ragSchedule", "ragCost", "ragScope", "ragBenefits",
            "ragRisk", "ragResources");

    private final InitiativeEditing editing;
    private final StatusReporting reporting;
    private final DeliveryPosition position;
    private final DeliveryViews views;

    StatusReportController(InitiativeEditing editing, StatusReporting reporting, DeliveryPosition position,
                           DeliveryViews views) {
        this.editing = editing;
        this.reporting = reporting;
        this.position = position;
        this.views = views;
    }

    @GetMapping
    String reports(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        views.initiative(model, subject, editing.open(subject, initiativeId));
        model.addAttribute("trend", StatusTrend.of(reporting.latestPerPeriod(initiativeId)));
        model.addAttribute("dimensions", StatusTrend.DIMENSIONS);
        model.addAttribute("reports", reporting.all(initiativeId));
        return "portfolio/status-reports";
    }

    @GetMapping("/new")
    String newForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return form(subject, initiativeId, reporting.newForm(subject, initiativeId), new FormErrors(), model);
    }

    @PostMapping
    String submit(@PathVariable UUID initiativeId, @ModelAttribute StatusReportForm form, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DeliveryOutcome<StatusReport> outcome = reporting.submit(subject, initiativeId, form);
        if (outcome.errors().any()) {
            return form(subject, initiativeId, form, outcome.errors(), model);
        }
        StatusReport report = outcome.saved();
        redirect.addFlashAttribute("notice", "Status report for " + report.name() + " submitted");
        DeliveryViews.breachNotice(redirect, outcome.newlyBreached(), editing.forEditing(subject, initiativeId));
        return "redirect:/portfolio/initiatives/" + initiativeId + "/status-reports/" + report.id();
    }

    @GetMapping("/{reportId}")
    String report(@PathVariable UUID initiativeId, @PathVariable UUID reportId, Authentication authentication,
                  Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        StatusReport report = reporting.report(initiative, reportId);
        views.initiative(model, subject, initiative);
        model.addAttribute("report", report);
        model.addAttribute("versions", reporting.all(initiativeId).stream()
                .filter(other -> other.month().equals(report.month())).toList());
        model.addAttribute("rags", StatusTrend.DIMENSIONS);
        model.addAttribute("ragValues", List.of(report.rag().schedule(), report.rag().cost(), report.rag().scope(),
                report.rag().benefits(), report.rag().risk(), report.rag().resources()));
        return "portfolio/status-report";
    }

    private String form(Subject subject, UUID initiativeId, StatusReportForm form, FormErrors errors, Model model) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        ToleranceRules.Limits limits = position.of(initiative).tolerances().limits();
        views.initiative(model, subject, initiative);
        model.addAttribute("errors", errors);
        model.addAttribute("periodField", period(form, errors));
        model.addAttribute("confidenceField", FormFields.radios("deliveryConfidence", "Delivery confidence", null,
                Stream.of(DeliveryConfidence.values()).filter(DeliveryConfidence::current)
                        .map(c -> new Choice(c.name(), c.label(), c.definition())).toList(),
                form.getDeliveryConfidence(), errors));
        List<String> values = List.of(nullToEmpty(form.getRagSchedule()), nullToEmpty(form.getRagCost()),
                nullToEmpty(form.getRagScope()), nullToEmpty(form.getRagBenefits()), nullToEmpty(form.getRagRisk()),
                nullToEmpty(form.getRagResources()));
        List<Choice> rag = Stream.of(Rag.values()).map(r -> Choice.of(r.name(), r.label())).toList();
        model.addAttribute("ragFields", IntStream.range(0, RAG_FIELDS.size())
                .mapToObj(i -> inline(FormFields.radios(RAG_FIELDS.get(i), StatusTrend.DIMENSIONS.get(i), null, rag,
                        values.get(i), errors))).toList());
        model.addAttribute("narrativeField", FormFields.textarea("narrative", "Narrative",
                "Progress this month, against plan, and what comes next.", form.getNarrative(), errors));
        model.addAttribute("keyRisksField", FormFields.textarea("keyRisks", "Key risks (optional)", null,
                form.getKeyRisks(), errors));
        model.addAttribute("decisionsField", FormFields.textarea("decisionsNeeded", "Decisions needed from the board (optional)",
                null, form.getDecisionsNeeded(), errors));
        List<Choice> forecasts = Stream.of(ToleranceForecast.values()).map(f -> Choice.of(f.name(), f.label())).toList();
        model.addAttribute("scopeField", inline(FormFields.radios("scopeForecast", "Scope forecast",
                tolerance(limits.scope()), forecasts, form.getScopeForecast(), errors)));
        model.addAttribute("qualityField", inline(FormFields.radios("qualityForecast", "Quality forecast",
                tolerance(limits.quality()), forecasts, form.getQualityForecast(), errors)));
        model.addAttribute("benefitsField", inline(FormFields.radios("benefitsForecast", "Benefits forecast",
                tolerance(limits.benefits()), forecasts, form.getBenefitsForecast(), errors)));
        model.addAttribute("riskField", DeliveryViews.number("riskScoreForecast", "Forecast risk score (optional)",
                "The overall risk score you expect by the next report: probability × impact, from 1 to 25."
                        + (limits.maximumRisk() == null ? "" : " The tolerance is " + limits.maximumRisk() + "."),
                null, form.getRiskScoreForecast(), errors));
        return "portfolio/status-report-form";
    }

    /** The GOV.UK date input with only the month and year boxes. */
    private static Map<String, Object> period(StatusReportForm form, FormErrors errors) {
        String error = errors.has("period") ? " govuk-input--error" : "";
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", "period-date");
        field.put("fieldset", Map.of("legend", Map.of("text", "Reporting period", "classes", "govuk-fieldset__legend--s")));
        field.put("hint", Map.of("text", "The month the report is for. For example, 3 2025"));
        if (errors.has("period")) {
            field.put("errorMessage", errors.errorMessage("period"));
        }
        field.put("items", List.of(
                Map.of("id", "period", "name", "periodMonth", "label", "Month", "classes", "govuk-input--width-2" + error,
                        "value", nullToEmpty(form.getPeriodMonth())),
                Map.of("id", "period-year", "name", "periodYear", "label", "Year", "classes", "govuk-input--width-4" + error,
                        "value", nullToEmpty(form.getPeriodYear()))));
        return field;
    }

    private static Map<String, Object> inline(Map<String, Object> radios) {
        radios.put("classes", "govuk-radios--inline");
        return radios;
    }

    private static String tolerance(String written) {
        return written == null ? "No tolerance has been written down." : "The tolerance: " + written;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
