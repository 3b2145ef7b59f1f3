package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.DpiaScreening;
import org.ironbridge.assurance.internal.DpiaScreenings;
import org.ironbridge.assurance.internal.ScreeningForm;
import org.ironbridge.assurance.internal.ScreeningQuestion;
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

/** Screening a system with the ICO's questions; each screening is kept, so screening again adds one. */
@Controller
class DpiaScreeningController {

    private static final List<Choice> YES_NO = List.of(Choice.of("yes", "Yes"), Choice.of("no", "No"));

    private final DpiaScreenings screenings;
    private final AiSystems systems;
    private final Justifications justifications;

    DpiaScreeningController(DpiaScreenings screenings, AiSystems systems, Justifications justifications) {
        this.screenings = screenings;
        this.systems = systems;
        this.justifications = justifications;
    }

    @GetMapping("/assurance/systems/{systemId}/dpia/screening")
    String form(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DpiaScreening latest = screenings.forRescreening(subject, systemId, justifications.of(session, systemId))
                .orElse(null);
        return page(systemId, ScreeningForm.of(latest), latest, new FormErrors(), model);
    }

    @PostMapping("/assurance/systems/{systemId}/dpia/screening")
    String screen(@PathVariable UUID systemId, @ModelAttribute("form") ScreeningForm form, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DpiaScreenings.Result result = screenings.screen(subject, systemId, form);
        if (result.errors().any()) {
            return page(systemId, form, null, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Screening " + result.screening().number() + " saved: "
                + (result.screening().fullDpiaRequired() ? "a full DPIA is required" : "no full DPIA is needed"));
        return "redirect:/assurance/systems/" + systemId + "/dpia";
    }

    private String page(UUID systemId, ScreeningForm form, DpiaScreening previous, FormErrors errors, Model model) {
        model.addAttribute("system", systems.find(systemId).orElseThrow());
        model.addAttribute("previous", previous);
        model.addAttribute("errors", errors);
        model.addAttribute("lawEnforcementField", inline(FormFields.radios("lawEnforcement",
                "Is the processing for law enforcement purposes (DPA 2018 Part 3)?",
                "Preventing, investigating, detecting or prosecuting offences, or executing criminal penalties.", YES_NO,
                form.getLawEnforcement(), errors)));
        model.addAttribute("questionFields", Stream.of(ScreeningQuestion.values()).map(q -> inline(FormFields.radios(
                q.field(), q.text(), null, YES_NO, form.answer(q), errors))).toList());
        model.addAttribute("conclusionField", FormFields.radios("conclusion", "Conclusion",
                "Law enforcement processing with any yes, and some kinds of processing, always need a full DPIA.",
                List.of(Choice.of("REQUIRED", "A full DPIA is required"), Choice.of("NOT_REQUIRED", "No full DPIA is needed")),
                form.getConclusion(), errors));
        model.addAttribute("reasonField", FormFields.textarea("reason", "Reason",
                "Needed when no full DPIA is needed: why the processing is not likely to result in a high risk.",
                form.getReason(), errors));
        return "assurance/dpia-screening";
    }

    private static Map<String, Object> inline(Map<String, Object> field) {
        field.put("classes", "govuk-radios--inline");
        return field;
    }
}
