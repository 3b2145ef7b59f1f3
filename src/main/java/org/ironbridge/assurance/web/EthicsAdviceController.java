package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AdviceForm;
import org.ironbridge.assurance.internal.EthicsAdvice;
import org.ironbridge.assurance.internal.EthicsOutcomes;
import org.ironbridge.assurance.internal.WithholdingReason;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Ethics Panel records its advice on a referral: the outcome from the force's list, the advice, the date it
 * met and its recommendations, each part marked for publication or withheld. A draft is kept until the panel
 * gives the advice. Without JavaScript, "Add another recommendation" shows one more row and saves nothing.
 */
@Controller
class EthicsAdviceController {

    private final EthicsAdvice advice;
    private final EthicsOutcomes outcomes;
    private final Justifications justifications;

    EthicsAdviceController(EthicsAdvice advice, EthicsOutcomes outcomes, Justifications justifications) {
        this.advice = advice;
        this.outcomes = outcomes;
        this.justifications = justifications;
    }

    @GetMapping("/assurance/systems/{systemId}/ethics/advice")
    String form(@PathVariable UUID systemId, @RequestParam(required = false) String referral,
                Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Optional<EthicsAdvice.AdvicePage> page = advice.open(subject, systemId, EthicsPanelController.referralId(referral),
                justifications.of(session, systemId));
        if (page.isEmpty()) {
            return "redirect:/assurance/systems/" + systemId + "/ethics";
        }
        return page(subject, page.get(), new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/ethics/advice")
    String save(@PathVariable UUID systemId, @RequestParam Map<String, String> params, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AdviceForm form = AdviceForm.from(params);
        String action = params.getOrDefault("action", "draft");
        if ("more".equals(action)) {
            FormErrors errors = new FormErrors();
            if (!form.addRow()) {
                errors.reject("recommendation-0-text", "The form takes up to " + AdviceForm.MOST_RECOMMENDATIONS
                        + " recommendations");
            }
            return page(subject, advice.again(subject, systemId, form), errors, null, model);
        }
        boolean give = "give".equals(action);
        try {
            FormErrors errors = advice.save(subject, systemId, form, give);
            if (errors.any()) {
                if (form.getRecommendations().isEmpty()) {
                    form.addRow();
                }
                return page(subject, advice.again(subject, systemId, form), errors, null, model);
            }
        } catch (EditConflict conflict) {
            EthicsAdvice.AdvicePage fresh = advice.again(subject, systemId, form);
            return page(subject, fresh, new FormErrors().reject("outcome", AiRegisterController.CHANGED_ELSEWHERE),
                    conflict, model);
        }
        redirect.addFlashAttribute("notice", give ? "The panel's advice is given. The force can now respond to each "
                + "recommendation, and the parts marked for publication are on the public page"
                : "Draft advice saved. Only the Ethics Panel can see it until it is given");
        return "redirect:/assurance/systems/" + systemId + "/ethics";
    }

    private String page(Subject subject, EthicsAdvice.AdvicePage page, FormErrors errors, EditConflict conflict,
                        Model model) {
        AdviceForm form = page.form();
        model.addAttribute("page", page);
        model.addAttribute("system", page.system());
        model.addAttribute("referral", page.referral());
        model.addAttribute("given", page.advice() != null && page.advice().given());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<EthicsOutcomes.EthicsOutcome> offered = outcomes.offered(subject.forceId());
        model.addAttribute("outcomeField", FormFields.radios("outcome", "The panel's outcome", null, offered.stream()
                .map(o -> new Choice(o.id().toString(), o.label(), o.label().equals(o.meaning().label()) ? null
                        : "Means: " + o.meaning().label())).toList(), form.getOutcome(), errors));
        model.addAttribute("summaryField", FormFields.textarea("summary", "The panel's advice",
                "The panel's view of the proposal, in words the public can follow if it is published.",
                form.getSummary(), errors));
        model.addAttribute("summaryMarkingField", marking("summaryMarking", "Publication of the advice",
                form.getSummaryMarking(), errors));
        model.addAttribute("summaryReasonField", reason("summaryReason", "If withheld, why (shown in its place)",
                form.getSummaryReason(), errors));
        model.addAttribute("metOnField", FormFields.date("metOn", "metOn", "Date the panel met and gave this advice",
                form.getMetOnDay(), form.getMetOnMonth(), form.getMetOnYear(), errors));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < form.getRecommendations().size(); i++) {
            AdviceForm.Row row = form.getRecommendations().get(i);
            String prefix = "recommendation-" + i;
            int n = i + 1;
            rows.add(Map.of("number", n,
                    "text", FormFields.textarea(prefix + "-text", "Recommendation " + n, null, row.getText(), errors),
                    "marking", marking(prefix + "-marking", "Publication of recommendation " + n, row.getMarking(), errors),
                    "reason", reason(prefix + "-reason", "If recommendation " + n + " is withheld, why", row.getReason(),
                            errors)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("mayAddRow", form.getRecommendations().size() < AdviceForm.MOST_RECOMMENDATIONS);
        return "assurance/ethics-advice";
    }

    private static Map<String, Object> marking(String name, String legend, String value, FormErrors errors) {
        return FormFields.radios(name, legend, null, List.of(
                Choice.of("PUBLISH", "Publish it on the force's public Ethics Panel page"),
                Choice.of("WITHHOLD", "Withhold it: OFFICIAL-SENSITIVE")), value, errors);
    }

    private static Map<String, Object> reason(String name, String label, String value, FormErrors errors) {
        return FormFields.select(name, label, Stream.of(WithholdingReason.values())
                .map(r -> Choice.of(r.name(), r.label())).toList(), value, errors);
    }
}
