package org.ironbridge.assurance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.EthicsOutcomes;
import org.ironbridge.assurance.internal.OutcomeMeaning;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators word the outcomes the Ethics Panel chooses from: add, rename, withdraw and restore them. */
@Controller
class EthicsOutcomesController {

    private static final String PAGE = "/assurance/settings/ethics-outcomes";

    private final EthicsOutcomes outcomes;
    private final AccessPolicy policy;

    EthicsOutcomesController(EthicsOutcomes outcomes, AccessPolicy policy) {
        this.outcomes = outcomes;
        this.policy = policy;
    }

    @GetMapping(PAGE)
    String settings(Authentication authentication, Model model) {
        return page(AccessPolicy.subjectOf(authentication), new FormErrors(), Map.of(), null, model);
    }

    @PostMapping(PAGE)
    String add(@RequestParam(required = false) String label, @RequestParam(required = false) String meaning,
               Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = outcomes.add(subject, label, meaning);
        if (errors.any()) {
            Map<String, String> typed = new HashMap<>();
            typed.put("label", label);
            typed.put("meaning", meaning);
            return page(subject, errors, typed, null, model);
        }
        redirect.addFlashAttribute("notice", "Outcome added: the panel can choose it from now on");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/rename")
    String rename(@RequestParam(required = false) String outcome, @RequestParam(required = false) String label,
                  @RequestParam(required = false) Integer version, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        UUID id = required(subject, outcome);
        try {
            FormErrors errors = outcomes.rename(subject, id, label, version);
            if (errors.any()) {
                Map<String, String> typed = new HashMap<>();
                typed.put("label-" + id, label);
                return page(subject, errors, typed, null, model);
            }
        } catch (EditConflict conflict) {
            return page(subject, new FormErrors().reject("label-" + id, AiRegisterController.CHANGED_ELSEWHERE), Map.of(),
                    conflict, model);
        }
        redirect.addFlashAttribute("notice", "Outcome renamed. Advice already given shows the new name");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/use")
    String inUse(@RequestParam(required = false) String outcome, @RequestParam(required = false) String active,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        UUID id = required(subject, outcome);
        // The form sends exactly true or false; anything else would otherwise withdraw the outcome.
        if (!"true".equals(active) && !"false".equals(active)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Say whether to withdraw or restore the outcome");
        }
        boolean restore = "true".equals(active);
        FormErrors errors = outcomes.inUse(subject, id, restore);
        if (errors.any()) {
            return page(subject, errors, Map.of(), null, model);
        }
        redirect.addFlashAttribute("notice", restore ? "Outcome restored: the panel can choose it again"
                : "Outcome withdrawn: the panel no longer sees it, and advice already given keeps it");
        return "redirect:" + PAGE;
    }

    /** The outcome named in the form; a missing or forged one is a record that does not exist. */
    private UUID required(Subject subject, String outcome) {
        if (!policy.permits(subject, Permission.CONFIGURE_ASSURANCE)) {
            throw new AccessDeniedException("Not allowed to configure assurance");
        }
        UUID id = FormText.uuid(outcome);
        if (id == null) {
            throw new org.ironbridge.access.RecordNotFoundException(EthicsOutcomes.RECORD_TYPE, outcome);
        }
        return id;
    }

    private String page(Subject subject, FormErrors errors, Map<String, String> typed, EditConflict conflict, Model model) {
        if (!policy.permits(subject, Permission.CONFIGURE_ASSURANCE)) {
            throw new AccessDeniedException("Not allowed to configure assurance");
        }
        List<EthicsOutcomes.EthicsOutcome> all = outcomes.all(subject.forceId());
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("outcomes", java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> Map.of("outcome",
                all.get(i), "number", i + 1, "field", FormFields.input("label-" + all.get(i).id(), "Name of outcome " + (i + 1),
                        typed.getOrDefault("label-" + all.get(i).id(), all.get(i).label()), errors))).toList());
        model.addAttribute("labelField", FormFields.input("label", "Name of the new outcome", typed.get("label"), errors));
        model.addAttribute("meaningField", FormFields.radios("meaning", "What it means", "The software relies on the "
                + "meaning: advice that is supported, supported with recommendations or not supported completes the "
                + "Ethics Panel step; a resubmission does not.", Stream.of(OutcomeMeaning.values())
                .map(m -> Choice.of(m.name(), m.label())).toList(), typed.get("meaning"), errors));
        return "assurance/ethics-outcomes";
    }
}
