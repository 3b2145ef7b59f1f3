package org.ironbridge.portfolio.web;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.internal.GovernanceRules;
import org.ironbridge.portfolio.internal.LifecycleForm;
import org.ironbridge.portfolio.internal.ThresholdsForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The force's governance rules in plain words, and the forms that change its tier thresholds and routes. */
@Controller
@RequestMapping("/portfolio/governance-rules")
class GovernanceRulesController {

    private static final String CONFLICT = "Someone else changed these rules while you were editing. Nothing you "
            + "entered has been saved. Check their changes, then make yours again";

    private final GovernanceRules rules;
    private final Editor<ThresholdsForm> thresholds;
    private final Editor<LifecycleForm> lifecycle;

    GovernanceRulesController(GovernanceRules rules) {
        this.rules = rules;
        this.thresholds = new Editor<>(rules::thresholdsForEditing, rules::saveThresholds, "changeBoardCost",
                this::thresholdsForm, subject -> notice("Thresholds saved", rules.retiering(subject).size(),
                        "would now go to a different board: they are listed below. Their board has not been changed"));
        this.lifecycle = new Editor<>(rules::routesForEditing, rules::saveRoutes, GovernanceRulesViews.FIRST_ROUTE_FIELD,
                this::lifecycleForm, subject -> notice("Routes saved", rules.offRoute(subject).size(),
                        "now stand on a stage their route no longer has: they are listed below"));
    }

    @GetMapping
    String rules(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("tierRules", GovernanceRulesViews.tierRules(rules.thresholds(subject)));
        model.addAttribute("routes", GovernanceRulesViews.routes(rules.routes(subject)));
        model.addAttribute("retiering", rules.retiering(subject));
        model.addAttribute("offRoute", rules.offRoute(subject));
        model.addAttribute("mayConfigure", rules.mayConfigure(subject));
        return "portfolio/governance-rules";
    }

    @GetMapping("/thresholds/edit")
    String thresholdsForm(Authentication authentication, Model model) {
        return open(thresholds, authentication, model);
    }

    @PostMapping("/thresholds")
    String saveThresholds(@ModelAttribute ThresholdsForm form, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        return save(thresholds, form, authentication, model, redirect);
    }

    @GetMapping("/lifecycle/edit")
    String lifecycleForm(Authentication authentication, Model model) {
        return open(lifecycle, authentication, model);
    }

    @PostMapping("/lifecycle")
    String saveRoutes(@ModelAttribute LifecycleForm form, Authentication authentication, Model model,
                      RedirectAttributes redirect) {
        return save(lifecycle, form, authentication, model, redirect);
    }

    /** How a form is shown: with the person's input and its errors, or afresh. */
    private interface FormPage<F> {
        String show(F form, FormErrors errors, Model model);
    }

    /**
     * One of the rules forms: how it is opened as saved, saved, and shown; the field a conflict is reported on;
     * and the notice after saving.
     */
    private record Editor<F>(Function<Subject, F> current, BiFunction<Subject, F, FormErrors> save, String firstField,
                             FormPage<F> page, Function<Subject, String> notice) {
    }

    private <F> String open(Editor<F> editor, Authentication authentication, Model model) {
        return editor.page().show(editor.current().apply(AccessPolicy.subjectOf(authentication)), new FormErrors(), model);
    }

    /**
     * Saves the form and goes back to the rules page with the notice; shows it again with the errors and the
     * input kept, or, when someone else saved first, with what they changed and their version.
     */
    private <F> String save(Editor<F> editor, F form, Authentication authentication, Model model,
                            RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            FormErrors errors = editor.save().apply(subject, form);
            if (errors.any()) {
                return editor.page().show(form, errors, model);
            }
        } catch (EditConflict conflict) {
            model.addAttribute("conflict", conflict);
            return editor.page().show(editor.current().apply(subject), new FormErrors().reject(editor.firstField(),
                    CONFLICT), model);
        }
        redirect.addFlashAttribute("notice", editor.notice().apply(subject));
        return "redirect:/portfolio/governance-rules";
    }

    /** "Thresholds saved", and how many initiatives it affects when it affects any. */
    private static String notice(String saved, int affected, String how) {
        return affected == 0 ? saved : saved + ". " + GovernanceRulesViews.initiatives(affected) + " " + how;
    }

    private String thresholdsForm(ThresholdsForm form, FormErrors errors, Model model) {
        model.addAttribute("thresholds", form);
        model.addAttribute("boards", GovernanceRulesViews.thresholdFields(form, errors));
        return rulesForm(GovernanceRulesViews.THRESHOLDS_PAGE, errors, model);
    }

    private String lifecycleForm(LifecycleForm form, FormErrors errors, Model model) {
        model.addAttribute("routeFields", GovernanceRulesViews.routeFields(form, errors));
        return rulesForm(GovernanceRulesViews.ROUTES_PAGE, errors, model);
    }

    private static String rulesForm(GovernanceRulesViews.FormPage page, FormErrors errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        return "portfolio/governance-rules-form";
    }
}
