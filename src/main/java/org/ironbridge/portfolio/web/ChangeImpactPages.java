package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.ChangeImpact;
import org.ironbridge.portfolio.internal.ChangeImpactForm;
import org.ironbridge.portfolio.internal.ChangeImpactLog;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.Raid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing how an initiative affects the force's business areas. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/change-impact")
class ChangeImpactPages extends LogPages<ChangeImpact, ChangeImpactForm> {

    private final ForceNames names;

    ChangeImpactPages(ChangeImpactLog impacts, ForceNames names) {
        super(impacts);
        this.names = names;
    }

    @GetMapping("/new")
    String newImpact(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        return newForm(authentication, initiativeId, model);
    }

    @PostMapping
    String addImpact(@PathVariable UUID initiativeId, @ModelAttribute ChangeImpactForm form,
                     Authentication authentication, Model model, RedirectAttributes redirect) {
        return add(authentication, initiativeId, form, model, redirect);
    }

    @GetMapping("/{itemId}/edit")
    String changeImpact(@PathVariable UUID initiativeId, @PathVariable UUID itemId, Authentication authentication,
                        Model model) {
        return editForm(authentication, initiativeId, itemId, model);
    }

    @PostMapping("/{itemId}")
    String saveImpact(@PathVariable UUID initiativeId, @PathVariable UUID itemId, @ModelAttribute ChangeImpactForm form,
                      Authentication authentication, Model model, RedirectAttributes redirect) {
        return edit(authentication, initiativeId, itemId, form, model, redirect);
    }

    @Override
    String noun() {
        return "impact";
    }

    @Override
    String changeHeading(Initiative initiative, ChangeImpact impact) {
        return "Change the impact on " + names.units(initiative.forceId()).get(impact.organisationUnitId());
    }

    @Override
    String path(UUID initiativeId) {
        return ChangeImpactController.impactPage(initiativeId);
    }

    @Override
    String listPage(UUID initiativeId) {
        return ChangeImpactController.impactPage(initiativeId);
    }

    @Override
    ChangeImpactForm blank() {
        return new ChangeImpactForm();
    }

    @Override
    List<Field> fields(Subject subject, Initiative initiative, ChangeImpactForm form, FormErrors errors) {
        return List.of(
                Field.select(FormFields.select("organisationUnitId", "Business area affected",
                        names.unitChoices(initiative.forceId()), form.getOrganisationUnitId(), errors)),
                Field.checkboxes(FormFields.checkboxes("ways", "How it is affected", "Select all that apply.",
                        Raid.choices(Raid.ImpactKind.class), form.getWays(), errors)),
                Field.inlineRadios(FormFields.radios("severity", "Severity", null, Raid.choices(Raid.Level.class),
                        form.getSeverity(), errors)),
                Field.month("from", "from", "First month of impact", form.getFromMonth(), form.getFromYear(), errors),
                Field.month("to", "to", "Last month of impact", form.getToMonth(), form.getToYear(), errors));
    }
}
