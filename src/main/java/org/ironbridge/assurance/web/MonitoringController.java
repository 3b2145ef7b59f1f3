package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.Measure;
import org.ironbridge.assurance.internal.MonitoringPlan;
import org.ironbridge.assurance.internal.MonitoringPlanForm;
import org.ironbridge.assurance.internal.MonitoringPlans;
import org.ironbridge.assurance.internal.MonitoringReviewForm;
import org.ironbridge.assurance.internal.MonitoringReviews;
import org.ironbridge.assurance.internal.ReviewCalendar;
import org.ironbridge.assurance.internal.ReviewFrequency;
import org.ironbridge.assurance.internal.ReviewOutcome;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post-deployment monitoring of a system: its plan, its reviews, and the review calendar of every system. */
@Controller
class MonitoringController {

    private final AiSystems systems;
    private final MonitoringPlans plans;
    private final MonitoringReviews reviews;
    private final ReviewCalendar calendar;

    MonitoringController(AiSystems systems, MonitoringPlans plans, MonitoringReviews reviews, ReviewCalendar calendar) {
        this.systems = systems;
        this.plans = plans;
        this.reviews = reviews;
        this.calendar = calendar;
    }

    @GetMapping("/assurance/reviews")
    String calendar(Authentication authentication, Model model) {
        model.addAttribute("calendar", calendar.of(AccessPolicy.subjectOf(authentication)));
        return "assurance/reviews";
    }

    @GetMapping("/assurance/systems/{systemId}/monitoring")
    String show(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        MonitoringPlan plan = plans.of(systemId).orElse(null);
        model.addAttribute("system", system);
        model.addAttribute("plan", plan);
        model.addAttribute("today", plans.today());
        model.addAttribute("reviews", reviews.of(systemId));
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        return "assurance/monitoring";
    }

    @GetMapping("/assurance/systems/{systemId}/monitoring/plan")
    String planForm(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        MonitoringPlan plan = plans.of(systemId).orElse(null);
        MonitoringPlanForm form = plan == null ? MonitoringPlanForm.blank(system.ownerId()) : MonitoringPlanForm.of(plan);
        return planPage(subject, system, plan, form, new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/monitoring/plan")
    String savePlan(@PathVariable UUID systemId, HttpServletRequest request, Authentication authentication, Model model,
                    RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        MonitoringPlanForm form = MonitoringPlanForm.from(request.getParameterMap());
        if ("more".equals(request.getParameter("action"))) {
            return planPage(subject, system, plans.of(systemId).orElse(null), form.withSpareRows(3), new FormErrors(), null,
                    model);
        }
        try {
            MonitoringPlans.Result result = plans.save(subject, systemId, form);
            if (result.errors().any()) {
                return planPage(subject, system, plans.of(systemId).orElse(null), form.withSpareRows(0), result.errors(),
                        null, model);
            }
            redirect.addFlashAttribute("notice", "Monitoring plan saved. The next review is due "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                    .format(result.plan().nextDueOn()));
        } catch (EditConflict conflict) {
            MonitoringPlan current = plans.of(systemId).orElseThrow();
            return planPage(subject, system, current, MonitoringPlanForm.of(current),
                    new FormErrors().reject("frequency", AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
        }
        return "redirect:/assurance/systems/" + systemId + "/monitoring";
    }

    @GetMapping("/assurance/systems/{systemId}/monitoring/review")
    String reviewForm(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        MonitoringPlan plan = plans.of(systemId).orElse(null);
        return reviewPage(system, plan, MonitoringReviewForm.blank(plan), new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/monitoring/reviews")
    String recordReview(@PathVariable UUID systemId, HttpServletRequest request, Authentication authentication,
                        Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        MonitoringReviewForm form = MonitoringReviewForm.from(request.getParameterMap());
        try {
            MonitoringReviews.Result result = reviews.record(subject, systemId, form);
            if (result.errors().any()) {
                return reviewPage(system, plans.of(systemId).orElse(null), form, result.errors(), null, model);
            }
            List<Measure> breaches = result.review().breaches();
            redirect.addFlashAttribute("notice", breaches.isEmpty() ? "Review recorded"
                    : "Review recorded. " + breaches.getFirst().name() + (breaches.size() > 1 ? " and " + (breaches.size() - 1)
                    + " more" : "") + " beyond threshold: " + (result.movedUnderReview() ? "the system is now under review, "
                    : "the system stays under review, ") + "and the breach is referred to the Ethics Panel");
        } catch (EditConflict conflict) {
            MonitoringPlan current = plans.of(systemId).orElseThrow();
            form.setVersion(current.version());
            return reviewPage(system, current, form, new FormErrors().reject("reviewedOn",
                    "Someone else recorded a review or changed the plan while you were typing. Nothing you entered has "
                            + "been saved. Check the reviews of this system before you record yours"), conflict, model);
        }
        return "redirect:/assurance/systems/" + systemId + "/monitoring";
    }

    private String planPage(Subject subject, AiSystem system, MonitoringPlan plan, MonitoringPlanForm form,
                            FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("frequencyField", FormFields.radios("frequency", "How often are its outcomes reviewed?", null,
                Stream.of(ReviewFrequency.values()).map(f -> Choice.of(f.name(), f.label())).toList(), form.getFrequency(),
                errors));
        model.addAttribute("ownerField", FormFields.select("ownerId", "Owner of the reviews",
                plans.owners(subject.forceId()).stream().map(p -> Choice.of(p.id().toString(), p.displayName()
                        + (p.id().equals(system.ownerId()) ? " (system owner)" : ""))).toList(), form.getOwnerId(), errors));
        model.addAttribute("firstReviewField", FormFields.date("firstReview", "firstReview", "First review date",
                form.getFirstReviewDay(), form.getFirstReviewMonth(), form.getFirstReviewYear(), errors));
        model.addAttribute("metricRows", MeasureFields.rows(form.getMetrics(), "metric", "Metric", false, false, errors));
        return "assurance/monitoring-plan";
    }

    private String reviewPage(AiSystem system, MonitoringPlan plan, MonitoringReviewForm form, FormErrors errors,
                              EditConflict conflict, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("reviewedOnField", FormFields.date("reviewedOn", "reviewedOn", "Date of the review",
                form.getReviewedOnDay(), form.getReviewedOnMonth(), form.getReviewedOnYear(), errors));
        List<Map<String, Object>> observed = new ArrayList<>();
        if (plan != null) {
            for (int i = 0; i < plan.metrics().size(); i++) {
                Measure metric = plan.metrics().get(i);
                Map<String, Object> field = MeasureFields.input("observed-" + i, "observed", metric.name(),
                        form.observedAt(i), "govuk-input--width-10", errors);
                field.put("hint", Map.of("text", "Must be " + metric.thresholdText()));
                if (metric.unit() != null) {
                    field.put("suffix", Map.of("text", metric.unit()));
                }
                observed.add(field);
            }
        }
        model.addAttribute("observedFields", observed);
        model.addAttribute("outcomeField", FormFields.radios("outcome", "Outcome", null, Stream.of(ReviewOutcome.values())
                .map(o -> new Choice(o.name(), o.label(), o.hint())).toList(), form.getOutcome(), errors));
        model.addAttribute("notesField", FormFields.textarea("notes", "Notes",
                "What the review found, the actions agreed and who takes them. Needed unless use simply continues.",
                form.getNotes(), errors));
        return "assurance/monitoring-review";
    }
}
