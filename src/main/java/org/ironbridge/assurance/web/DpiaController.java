package org.ironbridge.assurance.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.Dpia;
import org.ironbridge.assurance.internal.DpiaForm;
import org.ironbridge.assurance.internal.Dpias;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A system's DPIA: the page with its screening and every version, the draft form, starting a new version, and the
 * Word export. Every page that shows the material reads it through the service, which logs the consultation with
 * the reader's justification.
 */
@Controller
class DpiaController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Dpias dpias;
    private final AiSystems systems;
    private final Justifications justifications;

    DpiaController(Dpias dpias, AiSystems systems, Justifications justifications) {
        this.dpias = dpias;
        this.systems = systems;
        this.justifications = justifications;
    }

    /** Indexed parameters (lawfulBases[9999]) would grow lists; the form never sends them. */
    @InitBinder("form")
    void noIndexes(WebDataBinder binder) {
        binder.setDisallowedFields("*[*");
    }

    @GetMapping("/assurance/systems/{systemId}/dpia")
    String overview(@PathVariable UUID systemId, @RequestParam(required = false) String version,
                    Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Dpias.Overview overview = dpias.overview(subject, systemId, number(version), justifications.of(session, systemId));
        return page(overview, new FormErrors(), model);
    }

    @GetMapping("/assurance/systems/{systemId}/dpia/edit")
    String edit(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Dpia draft = dpias.draft(subject, systemId, justifications.of(session, systemId));
            return form(draft, DpiaForm.of(draft), new FormErrors(), null, model);
        } catch (Dpias.NotADraft refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/assurance/systems/" + systemId + "/dpia";
        }
    }

    @PostMapping("/assurance/systems/{systemId}/dpia")
    String save(@PathVariable UUID systemId, @ModelAttribute("form") DpiaForm form,
                @RequestParam(required = false) String then, HttpServletRequest request, Authentication authentication,
                HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        form.risks(DpiaFormView.rowsFrom(request));
        try {
            Dpias.Result result = dpias.save(subject, systemId, form);
            if (result.errors().any()) {
                return form(dpias.latest(systemId).orElseThrow(), form, result.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Draft version " + result.dpia().number() + " saved");
            return "redirect:/assurance/systems/" + systemId + ("more".equals(then) ? "/dpia/edit#risks" : "/dpia");
        } catch (EditConflict conflict) {
            Dpia current = dpias.draft(subject, systemId, justifications.of(session, systemId));
            return form(current, DpiaForm.of(current), new FormErrors().reject("need",
                    AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
        } catch (Dpias.NotADraft refused) {
            redirect.addFlashAttribute("problem", refused.getMessage() + ". Nothing you entered has been saved");
            return "redirect:/assurance/systems/" + systemId + "/dpia";
        }
    }

    @PostMapping("/assurance/systems/{systemId}/dpia/new-version")
    String newVersion(@PathVariable UUID systemId, @RequestParam(required = false) String from,
                      Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Dpias.Result result = dpias.newVersion(subject, systemId, number(from));
        if (result.errors().any()) {
            Dpias.Overview overview = dpias.overview(subject, systemId, null, justifications.of(session, systemId));
            return page(overview, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Version " + result.dpia().number() + " started as a draft"
                + (result.dpia().number() > 1 ? " from version " + (result.dpia().number() - 1)
                + ", which stays on record as signed off" : ""));
        return "redirect:/assurance/systems/" + systemId + "/dpia/edit";
    }

    @GetMapping("/assurance/systems/{systemId}/dpia/export.docx")
    ResponseEntity<byte[]> export(@PathVariable UUID systemId, @RequestParam(required = false) String version,
                                  Authentication authentication, HttpSession session) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Dpias.Export export = dpias.export(subject, systemId, number(version), justifications.of(session, systemId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename())
                        .build().toString())
                .contentType(DOCX).body(export.content());
    }

    private String page(Dpias.Overview overview, FormErrors errors, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("system", overview.system());
        model.addAttribute("errors", errors);
        return "assurance/dpia";
    }

    private String form(Dpia draft, DpiaForm form, FormErrors errors, EditConflict conflict, Model model) {
        DpiaFormView.fill(form, errors, model);
        model.addAttribute("system", systems.find(draft.systemId()).orElseThrow());
        model.addAttribute("draft", draft);
        model.addAttribute("conflict", conflict);
        return "assurance/dpia-form";
    }

    /** A version number from the address or a form; anything else counts as none. */
    static Integer number(String text) {
        return text != null && text.strip().matches("\\d{1,6}") ? Integer.valueOf(text.strip()) : null;
    }
}
