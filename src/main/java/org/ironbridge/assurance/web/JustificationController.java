package org.ironbridge.assurance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceMaterial;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Before a person reads a system's OFFICIAL-SENSITIVE material they say why; the reason goes into the audit
 * trail with every read. Any assurance page that meets {@link AssuranceMaterial.JustificationNeeded} shows
 * this question instead, and returns to the page once it is answered.
 */
@Controller
@ControllerAdvice(basePackages = "org.ironbridge.assurance.web")
class JustificationController {

    enum Reason {
        ASSESSING("Assessing or assuring this system"),
        BOARD("Preparing for, or sitting on, a board that decides it"),
        ETHICS("Giving the Ethics Panel's advice"),
        DATA_PROTECTION("Giving data protection advice or signing off"),
        AUDIT("Audit or inspection");

        private final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final Justifications justifications;

    JustificationController(AiSystems systems, AssuranceMaterial material, Justifications justifications) {
        this.systems = systems;
        this.material = material;
        this.justifications = justifications;
    }

    /**
     * Sends the reader to the question, which comes back to the page they asked for. (An exception handler's model
     * has no page layout, so the question is a page of its own.) A form posted without a reason returns to the
     * system's page rather than to an address that only takes forms.
     */
    @ExceptionHandler(AssuranceMaterial.JustificationNeeded.class)
    ModelAndView ask(AssuranceMaterial.JustificationNeeded needed, HttpServletRequest request) {
        UUID systemId = needed.system().id();
        String asked = "GET".equals(request.getMethod()) ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : null;
        RedirectView question = new RedirectView("/assurance/systems/" + systemId + "/justification?returnTo="
                + URLEncoder.encode(safeReturn(systemId, asked), StandardCharsets.UTF_8), true);
        question.setExpandUriTemplateVariables(false);
        question.setExposeModelAttributes(false);
        return new ModelAndView(question);
    }

    @GetMapping("/assurance/systems/{systemId}/justification")
    String question(@PathVariable UUID systemId, @RequestParam(required = false) String returnTo,
                    Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        return page(system, returnTo, null, null, new FormErrors(), model);
    }

    @PostMapping("/assurance/systems/{systemId}/justification")
    String answer(@PathVariable UUID systemId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String detail, @RequestParam(required = false) String returnTo,
                  Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        String back = safeReturn(systemId, returnTo);
        FormErrors errors = new FormErrors();
        Reason chosen = FormText.choice(Reason.class, reason);
        if (chosen == null) {
            errors.reject("reason", "Select why you need to read this material");
        }
        String more = FormText.optional(detail, 500, "detail", "More detail", errors);
        if (errors.any()) {
            return page(system, back, reason, detail, errors, model);
        }
        justifications.remember(session, systemId, chosen.label + (more == null ? "" : ": " + more));
        return "redirect:" + back;
    }

    /** Only back to a page of the same system: never an address from elsewhere. */
    private static String safeReturn(UUID systemId, String returnTo) {
        String base = "/assurance/systems/" + systemId;
        String cleaned = FormText.clean(returnTo);
        if (cleaned != null && cleaned.startsWith(base + "/") && !cleaned.contains("//") && !cleaned.contains("\\")
                && !cleaned.contains("..") && cleaned.chars().noneMatch(c -> c < 0x21)) {
            return cleaned;
        }
        return base;
    }

    private String page(AiSystem system, String returnTo, String reason, String detail, FormErrors errors, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("returnTo", safeReturn(system.id(), returnTo));
        model.addAttribute("errors", errors);
        List<Choice> reasons = Stream.of(Reason.values()).map(r -> Choice.of(r.name(), r.label)).toList();
        model.addAttribute("reasonField", FormFields.radios("reason", "Why do you need to read it?", null, reasons, reason,
                errors));
        model.addAttribute("detailField", FormFields.textarea("detail", "More detail (optional)",
                "For example, the meeting or the review you are preparing for.", detail, errors));
        model.addAttribute("validMinutes", Justifications.VALID_FOR.toMinutes());
        return "assurance/justify";
    }
}
