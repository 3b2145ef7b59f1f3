package org.ironbridge.people.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Role;
import org.ironbridge.access.Subject;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.people.internal.AccessAdministration;
import org.ironbridge.people.internal.AccessChange;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.people.internal.PeopleDirectory;
import org.ironbridge.people.internal.Person;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for the people of their own force. */
@Controller
class UserAdministrationController {

    private final PeopleDirectory directory;
    private final AccessAdministration administration;
    private final PeopleViews views;

    UserAdministrationController(PeopleDirectory directory, AccessAdministration administration, PeopleViews views) {
        this.directory = directory;
        this.administration = administration;
        this.views = views;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, Authentication authentication, Model model) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        String query = q == null ? "" : q.strip();
        String needle = query.toLowerCase(Locale.ROOT);
        model.addAttribute("q", query);
        model.addAttribute("people", directory.summaries(admin.forceId()).stream()
                .filter(person -> needle.isEmpty() || person.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || person.username().contains(needle))
                .toList());
        return "people/users";
    }

    @GetMapping("/admin/users/{id}")
    String view(@PathVariable UUID id, Authentication authentication, Model model) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        Person person = administration.open(admin, id);
        views.describe(person, model);
        model.addAttribute("reactivateErrors", new FormErrors());
        return "people/user";
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@PathVariable UUID id, Authentication authentication, Model model) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        Person person = administration.forEditing(admin, id);
        return editForm(admin, person, views.formFor(person), new FormErrors(), null, model);
    }

    @PostMapping("/admin/users/{id}")
    String save(@PathVariable UUID id, @ModelAttribute AccessChange form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        try {
            FormErrors errors = administration.changeAccess(admin, id, form);
            if (errors.any()) {
                return editForm(admin, administration.forEditing(admin, id), form, errors, null, model);
            }
        } catch (EditConflict conflict) {
            Person current = administration.forEditing(admin, id);
            AccessChange fresh = views.formFor(current);
            fresh.setJustification(form.getJustification());
            FormErrors errors = new FormErrors().reject("roles", "Someone else changed this person's access while "
                    + "you were editing. Nothing you entered has been saved. Check their changes, then save again");
            return editForm(admin, current, fresh, errors, conflict, model);
        }
        redirect.addFlashAttribute("notice", "Access updated");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/{id}/deactivate")
    String confirmDeactivate(@PathVariable UUID id, Authentication authentication, Model model) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        Person person = administration.forEditing(admin, id);
        model.addAttribute("person", person);
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("justification", "");
        return "people/deactivate";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @RequestParam(required = false) String justification,
                      @RequestParam(required = false) Integer version, Authentication authentication,
                      Model model, RedirectAttributes redirect) {
        return changeActive(id, false, justification, version, authentication, model, redirect);
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, @RequestParam(required = false) String justification,
                      @RequestParam(required = false) Integer version, Authentication authentication,
                      Model model, RedirectAttributes redirect) {
        return changeActive(id, true, justification, version, authentication, model, redirect);
    }

    private String changeActive(UUID id, boolean active, String justification, Integer version,
                                Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject admin = AccessPolicy.subjectOf(authentication);
        FormErrors errors;
        try {
            errors = administration.setActive(admin, id, active, justification, version);
        } catch (EditConflict conflict) {
            errors = new FormErrors().reject("justification", "Someone else changed this account while you were "
                    + "looking at it. Nothing has been saved. Check the account, then try again");
        }
        if (errors.any()) {
            Person person = administration.forEditing(admin, id);
            model.addAttribute("person", person);
            model.addAttribute("errors", errors);
            model.addAttribute("justification", justification == null ? "" : justification);
            if (active) {
                views.describe(person, model);
                model.addAttribute("reactivateErrors", errors);
                return "people/user";
            }
            return "people/deactivate";
        }
        redirect.addFlashAttribute("notice", active ? "Account reactivated" : "Account deactivated");
        return "redirect:/admin/users/" + id;
    }

    private String editForm(Subject admin, Person person, AccessChange form, FormErrors errors,
                            EditConflict conflict, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<Choice> roles = Stream.of(Role.values()).filter(role -> role != Role.STAFF)
                .map(role -> new Choice(role.name(), role.label(), role.responsibility())).toList();
        List<Choice> vetting = Stream.of(VettingLevel.values()).map(level -> Choice.of(level.name(), level.label())).toList();
        model.addAttribute("rolesField", FormFields.checkboxes("roles", "Roles",
                "Everyone who can sign in is also Staff.", roles, form.getRoles(), errors));
        model.addAttribute("unitField", FormFields.select("organisationUnitId", "Organisation unit",
                views.unitOptions(admin.forceId()), form.getOrganisationUnitId(), errors));
        model.addAttribute("vettingField", FormFields.radios("vettingLevel", "Vetting level", null, vetting,
                form.getVettingLevel(), errors));
        model.addAttribute("justificationField", FormFields.textarea("justification", "Reason for this change",
                "This is recorded in the audit trail with the change.", form.getJustification(), errors));
        return "people/user-edit";
    }

}
