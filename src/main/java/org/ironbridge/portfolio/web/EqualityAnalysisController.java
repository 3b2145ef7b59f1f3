package org.ironbridge.portfolio.web;

import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.internal.EqualityAnalyses;
import org.ironbridge.portfolio.internal.EqualityAnalysisForm;
import org.ironbridge.portfolio.internal.FeedbackForm;
import org.ironbridge.portfolio.internal.SignOffForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An initiative's live equality analysis: any version, the form that saves the next one, the SRO's
 * sign-off and the Staff Associations Network's feedback.
 */
@Controller
class EqualityAnalysisController {

    private static final String PAGE = "portfolio/equality-analysis";
    private static final String FORM = "portfolio/equality-analysis-form";

    private final EqualityAnalyses analyses;
    private final EqualityAnalysisView views;

    EqualityAnalysisController(EqualityAnalyses analyses, EqualityAnalysisView views) {
        this.analyses = analyses;
        this.views = views;
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/equality-analysis")
    String analysis(@PathVariable UUID initiativeId, @RequestParam(required = false) String version,
                    Authentication authentication, Model model) {
        views.page(analyses.view(AccessPolicy.subjectOf(authentication), initiativeId, version), new SignOffForm(),
                new FeedbackForm(), new FormErrors(), model);
        return PAGE;
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/equality-analysis/edit")
    String editForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        EqualityAnalyses.View view = analyses.forEditing(AccessPolicy.subjectOf(authentication), initiativeId);
        views.form(view, EqualityAnalysisForm.of(view.shown()), new FormErrors(), model);
        return FORM;
    }

    @PostMapping("/portfolio/initiatives/{initiativeId}/equality-analysis")
    String save(@PathVariable UUID initiativeId, @ModelAttribute EqualityAnalysisForm form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        EqualityAnalyses.Outcome outcome;
        try {
            outcome = analyses.save(subject, initiativeId, form);
        } catch (EditConflict conflict) {
            EqualityAnalyses.View current = analyses.forEditing(subject, initiativeId);
            model.addAttribute("conflict", conflict);
            views.form(current, EqualityAnalysisForm.of(current.shown()), new FormErrors().reject(
                    "eliminateDiscrimination", "Someone else saved a new version of this equality analysis while you "
                            + "were editing. Nothing you entered has been saved. Check their changes, then make yours "
                            + "again"), model);
            return FORM;
        }
        if (outcome.errors().any()) {
            views.form(analyses.forEditing(subject, initiativeId), form, outcome.errors(), model);
            return FORM;
        }
        redirect.addFlashAttribute("notice", outcome.notice());
        return "redirect:/portfolio/initiatives/" + initiativeId + "/equality-analysis";
    }

    @PostMapping("/portfolio/initiatives/{initiativeId}/equality-analysis/sign-off")
    String signOff(@PathVariable UUID initiativeId, @ModelAttribute SignOffForm form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            EqualityAnalyses.Outcome outcome = analyses.signOff(subject, initiativeId, form);
            if (outcome.errors().any()) {
                views.page(analyses.view(subject, initiativeId, null), form, new FeedbackForm(), outcome.errors(), model);
                return PAGE;
            }
            redirect.addFlashAttribute("notice", outcome.notice());
            return "redirect:/portfolio/initiatives/" + initiativeId + "/equality-analysis";
        } catch (EditConflict conflict) {
            model.addAttribute("conflict", conflict);
            views.page(analyses.view(subject, initiativeId, null), new SignOffForm(), new FeedbackForm(),
                    new FormErrors().reject("sign-off", "Someone else saved a new version of this equality analysis "
                            + "after you opened it. Nothing has been signed off. Read the latest version, then sign it "
                            + "off if it is right"), model);
            return PAGE;
        }
    }

    @PostMapping("/portfolio/initiatives/{initiativeId}/equality-analysis/feedback")
    String feedback(@PathVariable UUID initiativeId, @ModelAttribute FeedbackForm form, Authentication authentication,
                    Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        EqualityAnalyses.Outcome outcome = analyses.recordFeedback(subject, initiativeId, form);
        if (outcome.errors().any()) {
            views.page(analyses.view(subject, initiativeId, null), new SignOffForm(), form, outcome.errors(), model);
            return PAGE;
        }
        redirect.addFlashAttribute("notice", outcome.notice());
        return "redirect:/portfolio/initiatives/" + initiativeId + "/equality-analysis#staff-associations";
    }
}
