package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.Raid;
import org.ironbridge.portfolio.internal.Risk;
import org.ironbridge.portfolio.internal.RiskForm;
import org.ironbridge.portfolio.internal.RiskLog;
import org.ironbridge.portfolio.internal.RiskScore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing the risks of an initiative's RAID log. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/raid/risks")
class RiskPages extends LogPages<Risk, RiskForm> {

    private final ForceNames names;

    RiskPages(RiskLog risks, ForceNames names) {
        super(risks);
        this.names = names;
    }

    @GetMapping("/new")
    String newRisk(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        return newForm(authentication, initiativeId, model);
    }

    @PostMapping
    String addRisk(@PathVariable UUID initiativeId, @ModelAttribute RiskForm form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        return add(authentication, initiativeId, form, model, redirect);
    }

    @GetMapping("/{itemId}/edit")
    String changeRisk(@PathVariable UUID initiativeId, @PathVariable UUID itemId, Authentication authentication,
                      Model model) {
        return editForm(authentication, initiativeId, itemId, model);
    }

    @PostMapping("/{itemId}")
    String saveRisk(@PathVariable UUID initiativeId, @PathVariable UUID itemId, @ModelAttribute RiskForm form,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        return edit(authentication, initiativeId, itemId, form, model, redirect);
    }

    @Override
    String noun() {
        return "risk";
    }

    @Override
    String path(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/raid/risks";
    }

    @Override
    String listPage(UUID initiativeId) {
        return RaidController.raidPage(initiativeId) + "#risks";
    }

    @Override
    RiskForm blank() {
        return new RiskForm();
    }

    @Override
    List<Field> fields(Subject subject, Initiative initiative, RiskForm form, FormErrors errors) {
        return List.of(
                Field.textarea(FormFields.textarea("cause", "Cause",
                        "Complete the sentence “Because of …”, for example “the move to a single site”.",
                        form.getCause(), errors)),
                Field.textarea(FormFields.textarea("event", "Event",
                        "What may occur, for example “call handlers leave before the move”.", form.getEvent(), errors)),
                Field.textarea(FormFields.textarea("effect", "Effect", "What it would lead to, for example “longer waits "
                        + "for 101 callers”.", form.getEffect(), errors)),
                scale("inherentProbability", "Inherent probability", "How likely it is before any response.",
                        RiskScore.PROBABILITY, form.getInherentProbability(), errors),
                scale("inherentImpact", "Inherent impact", "How serious it would be before any response.",
                        RiskScore.IMPACT, form.getInherentImpact(), errors),
                scale("residualProbability", "Residual probability", "How likely it is once the response is in place. "
                        + "The residual score cannot be higher than the inherent score.", RiskScore.PROBABILITY,
                        form.getResidualProbability(), errors),
                scale("residualImpact", "Residual impact", "How serious it would be once the response is in place.",
                        RiskScore.IMPACT, form.getResidualImpact(), errors),
                Field.select(Field.hinted(FormFields.select("ownerId", "Risk owner",
                        names.owners(initiative.forceId()), form.getOwnerId(), errors),
                        "The person accountable for managing the risk.")),
                Field.radios(FormFields.radios("response", "Response", "The PRINCE2 responses to a threat.",
                        Raid.choices(Raid.Response.class), form.getResponse(), errors)),
                Field.radios(FormFields.radios("proximity", "Proximity", "When the risk would strike if it happened.",
                        Raid.choices(Raid.Proximity.class), form.getProximity(), errors)),
                Field.radios(FormFields.radios("escalated", "Escalation", "Escalate a risk the "
                                + initiative.tier().label() + " cannot manage within its tolerance.",
                        List.of(Choice.of("no", "Not escalated"),
                                Choice.of("yes", "Escalated to the " + Risk.boardAbove(initiative.tier()))),
                        form.getEscalated(), errors)),
                Field.textarea(FormFields.textarea("escalationReason", "Reason for escalating",
                        "Needed only when the risk is escalated.", form.getEscalationReason(), errors)),
                Field.radios(FormFields.radios("status", "Status", null, Raid.choices(Raid.RiskStatus.class),
                        form.getStatus(), errors)));
    }

    private static Field scale(String name, String legend, String hint, List<String> words, String value,
                               FormErrors errors) {
        List<Choice> points = IntStream.rangeClosed(RiskScore.MIN, RiskScore.MAX)
                .mapToObj(point -> Choice.of(String.valueOf(point), point + " " + words.get(point - 1))).toList();
        return Field.inlineRadios(FormFields.radios(name, legend, hint, points, value, errors));
    }
}
