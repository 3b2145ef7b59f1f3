package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.internal.BusinessCase;
import org.ironbridge.portfolio.internal.BusinessCaseForm;
import org.ironbridge.portfolio.internal.BusinessCases;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's business case: the latest or any earlier version, and the form that saves the next one. */
@Controller
class BusinessCaseController {

    /** One of the five cases as shown on the page. */
    record Section(String heading, List<String> paragraphs) {
    }

    private final BusinessCases cases;
    private final BusinessCaseFormView formView;

    BusinessCaseController(BusinessCases cases, BusinessCaseFormView formView) {
        this.cases = cases;
        this.formView = formView;
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/business-case")
    String businessCase(@PathVariable UUID initiativeId, @RequestParam(required = false) String version,
                        Authentication authentication, Model model) {
        BusinessCases.View view = cases.view(AccessPolicy.subjectOf(authentication), initiativeId, version);
        model.addAttribute("view", view);
        model.addAttribute("initiative", view.initiative());
        BusinessCase shown = view.shown();
        model.addAttribute("shown", shown);
        model.addAttribute("earlier", shown != null && shown != view.latest());
        if (shown != null) {
            model.addAttribute("sections", List.of(
                    new Section("Strategic case", Prose.paragraphs(shown.strategicCase())),
                    new Section("Economic case", Prose.paragraphs(shown.economicCase())),
                    new Section("Commercial case", Prose.paragraphs(shown.commercialCase())),
                    new Section("Financial case", Prose.paragraphs(shown.financialCase())),
                    new Section("Management case", Prose.paragraphs(shown.managementCase()))));
        }
        return "portfolio/business-case";
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/business-case/edit")
    String editForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        BusinessCases.View view = cases.forEditing(AccessPolicy.subjectOf(authentication), initiativeId);
        formView.fill(view.initiative(), BusinessCaseForm.of(view.shown()), new FormErrors(), model);
        return "portfolio/business-case-form";
    }

    @PostMapping("/portfolio/initiatives/{initiativeId}/business-case")
    String save(@PathVariable UUID initiativeId, @ModelAttribute BusinessCaseForm form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        BusinessCases.Outcome outcome;
        try {
            outcome = cases.save(subject, initiativeId, form);
        } catch (EditConflict conflict) {
            BusinessCases.View current = cases.forEditing(subject, initiativeId);
            model.addAttribute("conflict", conflict);
            model.addAttribute("unsaved", BusinessCaseForm.CASES.entrySet().stream()
                    .map(entry -> new Section(entry.getValue(), Prose.paragraphs(form.caseText(entry.getKey()))))
                    .filter(section -> !section.paragraphs().isEmpty()).toList());
            formView.fill(current.initiative(), BusinessCaseForm.of(current.shown()), new FormErrors().reject(
                    "strategicCase", "Someone else saved a new version of this business case while you were editing. "
                            + "Nothing you entered has been saved. Check their changes, then make yours again"), model);
            return "portfolio/business-case-form";
        }
        if (outcome.errors().any()) {
            formView.fill(cases.forEditing(subject, initiativeId).initiative(), form, outcome.errors(), model);
            return "portfolio/business-case-form";
        }
        redirect.addFlashAttribute("notice", outcome.newVersion()
                ? "Version " + outcome.saved().version() + " of the business case saved"
                : "There were no changes to save");
        return "redirect:/portfolio/initiatives/" + initiativeId + "/business-case";
    }
}
