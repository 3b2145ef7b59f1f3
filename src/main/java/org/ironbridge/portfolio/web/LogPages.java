package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeLog;
import org.ironbridge.portfolio.internal.ItemForm;
import org.ironbridge.portfolio.internal.LoggedItem;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The add and change pages of one kind of item kept against an initiative. A refused form comes back
 * with the person's input and the GOV.UK error summary; a stale one comes back with the other person's
 * changes and their version of the item, nothing of this person's saved.
 */
abstract class LogPages<T extends LoggedItem, F extends ItemForm> {

    private final InitiativeLog<T, F, ?> log;

    LogPages(InitiativeLog<T, F, ?> log) {
        this.log = log;
    }

    /** The kind of item in words, such as "risk". */
    abstract String noun();

    /** Where these items are listed and added: /portfolio/initiatives/{id}/raid/risks, say. */
    abstract String path(UUID initiativeId);

    /** The page that lists these items, shown after saving. */
    abstract String listPage(UUID initiativeId);

    abstract F blank();

    /** The form's components in order, with the input and errors. */
    abstract List<Field> fields(Subject subject, Initiative initiative, F form, FormErrors errors);

    /** The heading of the change page. */
    String changeHeading(Initiative initiative, T item) {
        return "Change " + log.name(initiative, item);
    }

    String newForm(Authentication authentication, UUID initiativeId, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(subject, log.initiativeForEditing(subject, initiativeId), null, blank(), new FormErrors(), model);
    }

    String add(Authentication authentication, UUID initiativeId, F form, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        InitiativeLog.Outcome<T> outcome = log.add(subject, initiativeId, form);
        Initiative initiative = log.initiativeForEditing(subject, initiativeId);
        if (outcome.errors().any()) {
            return page(subject, initiative, null, form, outcome.errors(), model);
        }
        redirect.addFlashAttribute("notice", capitalised(log.name(initiative, outcome.saved())) + " added");
        return "redirect:" + listPage(initiativeId);
    }

    String editForm(Authentication authentication, UUID initiativeId, UUID itemId, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        T item = log.forEditing(subject, initiativeId, itemId);
        return page(subject, log.initiativeForEditing(subject, initiativeId), item, log.formOf(item), new FormErrors(),
                model);
    }

    String edit(Authentication authentication, UUID initiativeId, UUID itemId, F form, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        T item = log.forEditing(subject, initiativeId, itemId);
        Initiative initiative = log.initiativeForEditing(subject, initiativeId);
        InitiativeLog.Outcome<T> outcome;
        try {
            outcome = log.edit(subject, initiativeId, itemId, form);
        } catch (EditConflict conflict) {
            T current = log.forEditing(subject, initiativeId, itemId);
            F theirs = log.formOf(current);
            model.addAttribute("conflict", conflict);
            String first = fields(subject, initiative, theirs, new FormErrors()).getFirst().target();
            return page(subject, initiative, current, theirs, new FormErrors().reject(first, "Someone else changed this "
                    + noun() + " while you were editing. Nothing you entered has been saved. Check their changes, "
                    + "then make yours again"), model);
        }
        if (outcome.errors().any()) {
            return page(subject, initiative, item, form, outcome.errors(), model);
        }
        redirect.addFlashAttribute("notice", capitalised(log.name(initiative, outcome.saved())) + " updated");
        return "redirect:" + listPage(initiativeId);
    }

    private String page(Subject subject, Initiative initiative, T item, F form, FormErrors errors, Model model) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", fields(subject, initiative, form, errors));
        model.addAttribute("heading", item == null ? "Add " + article(noun()) + " " + noun()
                : changeHeading(initiative, item));
        model.addAttribute("record", "this " + noun());
        model.addAttribute("action", item == null ? path(initiative.id()) : path(initiative.id()) + "/" + item.id());
        model.addAttribute("back", listPage(initiative.id()));
        model.addAttribute("button", item == null ? "Add " + noun() : "Save changes");
        return "portfolio/log-form";
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
