package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.Dependency;
import org.ironbridge.portfolio.internal.DependencyForm;
import org.ironbridge.portfolio.internal.DependencyLog;
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

/** Adding and changing the dependencies of an initiative's RAID log. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/raid/dependencies")
class DependencyPages extends LogPages<Dependency, DependencyForm> {

    private final DependencyLog dependencies;

    DependencyPages(DependencyLog dependencies) {
        super(dependencies);
        this.dependencies = dependencies;
    }

    @GetMapping("/new")
    String newDependency(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        return newForm(authentication, initiativeId, model);
    }

    @PostMapping
    String addDependency(@PathVariable UUID initiativeId, @ModelAttribute DependencyForm form,
                         Authentication authentication, Model model, RedirectAttributes redirect) {
        return add(authentication, initiativeId, form, model, redirect);
    }

    @GetMapping("/{itemId}/edit")
    String changeDependency(@PathVariable UUID initiativeId, @PathVariable UUID itemId, Authentication authentication,
                            Model model) {
        return editForm(authentication, initiativeId, itemId, model);
    }

    @PostMapping("/{itemId}")
    String saveDependency(@PathVariable UUID initiativeId, @PathVariable UUID itemId,
                          @ModelAttribute DependencyForm form, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        return edit(authentication, initiativeId, itemId, form, model, redirect);
    }

    @Override
    String noun() {
        return "dependency";
    }

    @Override
    String path(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/raid/dependencies";
    }

    @Override
    String listPage(UUID initiativeId) {
        return RaidController.raidPage(initiativeId) + "#dependencies";
    }

    @Override
    DependencyForm blank() {
        return new DependencyForm();
    }

    @Override
    List<Field> fields(Subject subject, Initiative initiative, DependencyForm form, FormErrors errors) {
        List<Choice> initiatives = dependencies.dependable(subject, initiative).entrySet().stream()
                .map(option -> Choice.of(option.getKey().toString(), option.getValue())).toList();
        return List.of(
                Field.select(Field.hinted(FormFields.select("dependsOnInitiativeId",
                        "Another initiative of the force it depends on", initiatives, form.getDependsOnInitiativeId(),
                        errors), "Leave this as it is when it depends on an external or national programme.")),
                Field.input(Field.hinted(FormFields.input("externalProgramme", "Or the external or national programme",
                        form.getExternalProgramme(), errors),
                        "For example, National Law Enforcement Data Service. Leave blank when you chose an initiative.")),
                Field.textarea(FormFields.textarea("needed", "What is needed", null, form.getNeeded(), errors)),
                Field.date(FormFields.date("neededBy", "neededBy", "Needed by", form.getNeededByDay(),
                        form.getNeededByMonth(), form.getNeededByYear(), errors)),
                Field.radios(FormFields.radios("status", "Status", "It also counts as late once its needed-by date has "
                                + "passed unmet, or when the initiative it depends on is forecast to finish after it.",
                        Raid.choices(Raid.DependencyStatus.class), form.getStatus(), errors)));
    }
}
