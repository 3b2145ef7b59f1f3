package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.ImpactAssessmentForm;
import org.ironbridge.assurance.internal.ImpactAssessments;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A system's Algorithmic Impact Assessment: read it, change the draft, and mark it as complete. */
@Controller
class ImpactAssessmentController {

    private final ImpactAssessments assessments;
    private final AiSystems systems;
    private final Justifications justifications;

    ImpactAssessmentController(ImpactAssessments assessments, AiSystems systems, Justifications justifications) {
        this.assessments = assessments;
        this.systems = systems;
        this.justifications = justifications;
    }

    @GetMapping("/assurance/systems/{systemId}/impact-assessment")
    String show(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ImpactAssessments.Opened opened = assessments.read(subject, systemId, justifications.of(session, systemId));
        ImpactAssessmentView.page(opened.system(), opened.assessment(), systems.mayRecord(subject, opened.system()),
                names(subject), new FormErrors(), null, model);
        return "assurance/impact-assessment";
    }

    @GetMapping("/assurance/systems/{systemId}/impact-assessment/edit")
    String edit(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ImpactAssessments.Opened opened = assessments.forEditing(subject, systemId, justifications.of(session, systemId));
        ImpactAssessmentForm form = opened.assessment() == null ? ImpactAssessmentForm.blank()
                : ImpactAssessmentForm.of(opened.assessment());
        ImpactAssessmentView.form(opened.system(), form, opened.assessment() != null, new FormErrors(), null, model);
        return "assurance/impact-assessment-form";
    }

    @PostMapping("/assurance/systems/{systemId}/impact-assessment")
    String save(@PathVariable UUID systemId, @RequestParam Map<String, String> params,
                @RequestParam(name = "explanation", required = false) List<String> explanations,
                Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ImpactAssessmentForm form = ImpactAssessmentForm.from(params, explanations);
        try {
            ImpactAssessments.Result result = assessments.save(subject, systemId, form);
            if (result.errors().any()) {
                ImpactAssessments.Opened current = assessments.current(subject, systemId, null);
                ImpactAssessmentView.form(current.system(), form, current.assessment() != null, result.errors(), null, model);
                return "assurance/impact-assessment-form";
            }
            redirect.addFlashAttribute("notice", result.assessment().complete() ? "Impact assessment saved"
                    : "Impact assessment saved as a draft");
        } catch (EditConflict conflict) {
            ImpactAssessments.Opened current = assessments.current(subject, systemId, justifications.of(session, systemId));
            ImpactAssessmentForm theirs = current.assessment() == null ? ImpactAssessmentForm.blank()
                    : ImpactAssessmentForm.of(current.assessment());
            ImpactAssessmentView.form(current.system(), theirs, current.assessment() != null,
                    new FormErrors().reject("affectedGroups", AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
            return "assurance/impact-assessment-form";
        }
        return "redirect:/assurance/systems/" + systemId + "/impact-assessment";
    }

    @PostMapping("/assurance/systems/{systemId}/impact-assessment/completion")
    String complete(@PathVariable UUID systemId, @RequestParam(required = false) String version,
                    Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors;
        EditConflict conflict = null;
        try {
            errors = assessments.complete(subject, systemId, number(version));
        } catch (EditConflict changed) {
            errors = new FormErrors().reject("completion", AiRegisterController.CHANGED_ELSEWHERE);
            conflict = changed;
        }
        if (errors.any()) {
            ImpactAssessments.Opened current = assessments.current(subject, systemId, justifications.of(session, systemId));
            ImpactAssessmentView.page(current.system(), current.assessment(), true, names(subject), errors, conflict, model);
            return "assurance/impact-assessment";
        }
        redirect.addFlashAttribute("notice", "Impact assessment marked as complete");
        return "redirect:/assurance/systems/" + systemId + "/impact-assessment";
    }

    /** Who changed what, by name: the trail keeps usernames. */
    private Map<String, String> names(Subject subject) {
        return systems.owners(subject.forceId()).stream().collect(java.util.stream.Collectors.toMap(
                org.ironbridge.people.PersonSummary::username, org.ironbridge.people.PersonSummary::displayName, (a, b) -> a));
    }

    static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
