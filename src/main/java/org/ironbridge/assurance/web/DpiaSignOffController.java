package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.Dpia;
import org.ironbridge.assurance.internal.Dpias;
import org.ironbridge.assurance.internal.SignOffForm;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Data Protection Officer's sign-off of a draft (step 7); the service refuses anyone else. */
@Controller
class DpiaSignOffController {

    private final Dpias dpias;
    private final AiSystems systems;
    private final Justifications justifications;

    DpiaSignOffController(Dpias dpias, AiSystems systems, Justifications justifications) {
        this.dpias = dpias;
        this.systems = systems;
        this.justifications = justifications;
    }

    @GetMapping("/assurance/systems/{systemId}/dpia/sign-off")
    String form(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Dpia draft = dpias.draftToSignOff(subject, systemId, justifications.of(session, systemId));
            SignOffForm form = new SignOffForm();
            form.setVersion(draft.version());
            return page(draft, form, new FormErrors(), null, model);
        } catch (Dpias.NotADraft refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/assurance/systems/" + systemId + "/dpia";
        }
    }

    @PostMapping("/assurance/systems/{systemId}/dpia/sign-off")
    String signOff(@PathVariable UUID systemId, @ModelAttribute("form") SignOffForm form, Authentication authentication,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Dpias.Result result = dpias.signOff(subject, systemId, form);
            if (result.errors().any()) {
                Dpia draft = dpias.draftToSignOff(subject, systemId, justifications.of(session, systemId));
                return page(draft, form, result.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Version " + result.dpia().number() + " signed off. It can no longer be "
                    + "changed; start a new version to change it");
            return "redirect:/assurance/systems/" + systemId + "/dpia";
        } catch (EditConflict conflict) {
            Dpia current = dpias.draftToSignOff(subject, systemId, justifications.of(session, systemId));
            form.setVersion(current.version());
            return page(current, form, new FormErrors().reject("measuresApprovedBy",
                    "Someone else changed this draft while you were reading it. Nothing has been signed off. Check their "
                            + "change, then sign off again"), conflict, model);
        } catch (Dpias.NotADraft refused) {
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing has been signed off");
            return "redirect:/assurance/systems/" + systemId + "/dpia";
        }
    }

    private String page(Dpia draft, SignOffForm form, FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("system", systems.find(draft.systemId()).orElseThrow());
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("measuresField", hint(FormFields.input("measuresApprovedBy", "Measures approved by",
                form.getMeasuresApprovedBy(), errors), "Name and role, for example the system's senior responsible owner."));
        model.addAttribute("residualField", hint(FormFields.input("residualRisksApprovedBy", "Residual risks approved by",
                form.getResidualRisksApprovedBy(), errors), "Name and role of the person who accepts the risks that are "
                + "left, for example the Senior Information Risk Owner."));
        model.addAttribute("adviceField", FormFields.textarea("dpoAdvice", "DPO advice",
                "Your advice on compliance, the measures and whether processing can proceed.", form.getDpoAdvice(), errors));
        model.addAttribute("followedField", FormFields.radios("advice", "Was the DPO's advice followed?", null,
                List.of(Choice.of("FOLLOWED", "Followed"), Choice.of("OVERRULED", "Overruled")), form.getAdvice(), errors));
        model.addAttribute("reasonsField", FormFields.textarea("overruledReasons", "Reasons for overruling the advice",
                "Needed only when the advice was overruled.", form.getOverruledReasons(), errors));
        model.addAttribute("reviewField", FormFields.date("reviewDate", "review", "Review date",
                form.getReviewDay(), form.getReviewMonth(), form.getReviewYear(), errors));
        return "assurance/dpia-sign-off";
    }

    private static Map<String, Object> hint(Map<String, Object> field, String hint) {
        field.put("hint", Map.of("text", hint));
        return field;
    }
}
