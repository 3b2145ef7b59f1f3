package org.ironbridge.assurance.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.BoardDecision;
import org.ironbridge.assurance.internal.DataOutcome;
import org.ironbridge.assurance.internal.DecommissioningForm;
import org.ironbridge.assurance.internal.Decommissionings;
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

/** When and how a system is withdrawn: its criteria, the board decisions on it, and the record of decommissioning. */
@Controller
class DecommissioningController {

    private final AiSystems systems;
    private final Decommissionings decommissionings;

    DecommissioningController(AiSystems systems, Decommissionings decommissionings) {
        this.systems = systems;
        this.decommissionings = decommissionings;
    }

    @GetMapping("/assurance/systems/{systemId}/decommissioning")
    String show(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        return page(subject, system, new DecommissioningForm(), new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/decommissioning")
    String record(@PathVariable UUID systemId, @ModelAttribute DecommissioningForm form, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        systems.forRecording(subject, systemId);
        try {
            Decommissionings.Result result = decommissionings.record(subject, systemId, form);
            if (result.errors().any()) {
                return page(subject, systems.open(subject, systemId), form, result.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", result.decommissioning().summary());
        } catch (EditConflict conflict) {
            return page(subject, systems.open(subject, systemId), form,
                    new FormErrors().reject("decisionId", AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
        }
        return "redirect:/assurance/systems/" + systemId + "/decommissioning";
    }

    private String page(Subject subject, AiSystem system, DecommissioningForm form, FormErrors errors,
                        EditConflict conflict, Model model) {
        List<BoardDecision> decisions = decommissionings.decisions(system.id());
        model.addAttribute("system", system);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("decommissioning", decommissionings.of(system.id()).orElse(null));
        model.addAttribute("decisions", decisions);
        model.addAttribute("refusal", decommissionings.refusal(system));
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        model.addAttribute("decisionField", FormFields.radios("decisionId", "Board decision that withdrew the system",
                "Only a decision to stop or close the system's initiative, or to decommission the system, can be chosen.",
                decisions.stream().filter(BoardDecision::withdraws).map(d -> Choice.of(d.id().toString(), d.label()))
                        .toList(), form.getDecisionId(), errors));
        model.addAttribute("dateField", FormFields.date("decommissionedOn", "", "Date decommissioned", form.getDay(),
                form.getMonth(), form.getYear(), errors));
        model.addAttribute("dataOutcomeField", FormFields.radios("dataOutcome", "What happened to its data?", null,
                Stream.of(DataOutcome.values()).map(o -> Choice.of(o.name(), o.label())).toList(), form.getDataOutcome(),
                errors));
        model.addAttribute("dataDetailField", FormFields.textarea("dataDetail", "What was done with the data",
                "What data, where it went or how it was destroyed, under which retention rule, and who confirmed it.",
                form.getDataDetail(), errors));
        return "assurance/decommission";
    }
}
