package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.Assumption;
import org.ironbridge.portfolio.internal.AssumptionForm;
import org.ironbridge.portfolio.internal.AssumptionLog;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing the assumptions of an initiative's RAID log. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/raid/assumptions")
class AssumptionPages extends LogPages<Assumption, AssumptionForm> {

    private final ForceNames names;

    AssumptionPages(AssumptionLog assumptions, ForceNames names) {
        super(assumptions);
        this.names = names;
    }

    @GetMapping("/new")
    String newAssumption(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        return newForm(authentication, initiativeId, model);
    }

    @PostMapping
    String addAssumption(@PathVariable UUID initiativeId, @ModelAttribute AssumptionForm form,
                         Authentication authentication, Model model, RedirectAttributes redirect) {
        return add(authentication, initiativeId, form, model, redirect);
    }

    @GetMapping("/{itemId}/edit")
    String changeAssumption(@PathVariable UUID initiativeId, @PathVariable UUID itemId, Authentication authentication,
                            Model model) {
        return editForm(authentication, initiativeId, itemId, model);
    }

    @PostMapping("/{itemId}")
    String saveAssumption(@PathVariable UUID initiativeId, @PathVariable UUID itemId,
                          @ModelAttribute AssumptionForm form, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        return edit(authentication, initiativeId, itemId, form, model, redirect);
    }

    @Override
    String noun() {
        return "assumption";
    }

    @Override
    String path(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/raid/assumptions";
    }

    @Override
    String listPage(UUID initiativeId) {
        return RaidController.raidPage(initiativeId) + "#assumptions";
    }

    @Override
    AssumptionForm blank() {
        return new AssumptionForm();
    }

    @Override
    List<Field> fields(Subject subject, Initiative initiative, AssumptionForm form, FormErrors errors) {
        return List.of(
                Field.textarea(FormFields.textarea("statement", "What is assumed",
                        "Something the plan takes as true, for example “callers will accept an AI voice assistant”.",
                        form.getStatement(), errors)),
                Field.select(FormFields.select("ownerId", "Owner", names.owners(initiative.forceId()),
                        form.getOwnerId(), errors)),
                Field.inlineRadios(FormFields.radios("validated", "Has it been validated?", null,
                        List.of(Choice.of("no", "No"), Choice.of("yes", "Yes")), form.getValidated(), errors)),
                Field.textarea(FormFields.textarea("validation", "How it was or will be validated",
                        "Needed once it has been validated: the evidence, survey or test that showed it holds.",
                        form.getValidation(), errors)));
    }
}
