package org.ironbridge.ideas.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.ideas.internal.IdeaTriage;
import org.ironbridge.ideas.internal.PortalConfiguration;
import org.ironbridge.ideas.internal.PortalSettings;
import org.ironbridge.ideas.internal.RoutingRuleForm;
import org.ironbridge.people.People;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators configure the portal: service level, decline reasons, flagged terms and routing rules. */
@Controller
class PortalSettingsController {

    private static final String CHANGED_ELSEWHERE = "Someone else changed this while you were editing. Nothing you "
            + "entered has been saved. Check their change, then make yours again";

    private final PortalSettings settings;
    private final PortalConfiguration configuration;
    private final IdeaTriage triage;
    private final People people;

    PortalSettingsController(PortalSettings settings, PortalConfiguration configuration, IdeaTriage triage, People people) {
        this.settings = settings;
        this.configuration = configuration;
        this.triage = triage;
        this.people = people;
    }

    @GetMapping("/ideas/settings")
    String settings(Authentication authentication, Model model) {
        return page(AccessPolicy.subjectOf(authentication), new FormErrors(), Map.of(), null, model);
    }

    @PostMapping("/ideas/settings/service-level")
    String serviceLevel(@RequestParam(required = false) Integer version, @RequestParam(required = false) String responseDays,
                        Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            FormErrors errors = configuration.serviceLevel(subject, version, responseDays);
            if (errors.any()) {
                return page(subject, errors, Map.of("responseDays", nonNull(responseDays)), null, model);
            }
        } catch (EditConflict conflict) {
            return page(subject, new FormErrors().reject("responseDays", CHANGED_ELSEWHERE), Map.of(), conflict, model);
        }
        return saved(redirect, "Service level saved");
    }

    @PostMapping("/ideas/settings/decline-reasons")
    String addReason(@RequestParam(required = false) String reason, Authentication authentication, Model model,
                     RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = configuration.addDeclineReason(subject, reason);
        if (errors.any()) {
            return page(subject, errors, Map.of("reason", nonNull(reason)), null, model);
        }
        return saved(redirect, "Decline reason added");
    }

    @PostMapping("/ideas/settings/decline-reasons/{reasonId}")
    String reasonInUse(@PathVariable UUID reasonId, @RequestParam(required = false) String active,
                       Authentication authentication, RedirectAttributes redirect) {
        configuration.declineReasonInUse(AccessPolicy.subjectOf(authentication), reasonId, "true".equals(active));
        return saved(redirect, "true".equals(active) ? "Decline reason restored" : "Decline reason withdrawn: moderators no "
                + "longer see it, and ideas already declined with it keep it");
    }

    @PostMapping("/ideas/settings/terms")
    String terms(@RequestParam(required = false) String sensitive, @RequestParam(required = false) String misconduct,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = configuration.terms(subject, sensitive, misconduct);
        if (errors.any()) {
            return page(subject, errors, Map.of("sensitive", nonNull(sensitive), "misconduct", nonNull(misconduct)), null, model);
        }
        return saved(redirect, "Flagged terms saved. They apply to ideas submitted from now on");
    }

    @GetMapping("/ideas/settings/routing-rules/new")
    String newRule(Authentication authentication, Model model) {
        return ruleForm(AccessPolicy.subjectOf(authentication), null, RoutingRuleForm.blank(), new FormErrors(), null, model);
    }

    @PostMapping("/ideas/settings/routing-rules")
    String createRule(@ModelAttribute RoutingRuleForm form, Authentication authentication, Model model,
                      RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        PortalConfiguration.RuleOutcome outcome = configuration.createRule(subject, form);
        if (outcome.errors().any()) {
            return ruleForm(subject, null, form, outcome.errors(), null, model);
        }
        return saved(redirect, "Routing rule added");
    }

    @GetMapping("/ideas/settings/routing-rules/{ruleId}/edit")
    String editRule(@PathVariable UUID ruleId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return ruleForm(subject, ruleId, configuration.formOf(subject, ruleId), new FormErrors(), null, model);
    }

    @PostMapping("/ideas/settings/routing-rules/{ruleId}")
    String changeRule(@PathVariable UUID ruleId, @ModelAttribute RoutingRuleForm form, Authentication authentication,
                      Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            PortalConfiguration.RuleOutcome outcome = configuration.editRule(subject, ruleId, form);
            if (outcome.errors().any()) {
                return ruleForm(subject, ruleId, form, outcome.errors(), null, model);
            }
        } catch (EditConflict conflict) {
            return ruleForm(subject, ruleId, configuration.formOf(subject, ruleId),
                    new FormErrors().reject("name", CHANGED_ELSEWHERE), conflict, model);
        }
        return saved(redirect, "Routing rule saved");
    }

    private static String saved(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ideas/settings";
    }

    private String page(Subject subject, FormErrors errors, Map<String, String> typed, EditConflict conflict, Model model) {
        UUID force = subject.forceId();
        PortalSettings.Terms terms = settings.terms(force);
        Map<UUID, String> units = triage.unitNames(force);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("settingsVersion", settings.settingsVersion(force));
        model.addAttribute("daysField", narrow(FormFields.input("responseDays", "First response within (working days)",
                typed.getOrDefault("responseDays", Integer.toString(settings.responseDays(force))), errors)));
        model.addAttribute("reasons", settings.declineReasons(force));
        model.addAttribute("reasonField", FormFields.input("reason", "Add a decline reason", typed.get("reason"), errors));
        model.addAttribute("sensitiveField", FormFields.textarea("sensitive", "Sensitive terms", "One per line. An idea "
                + "that uses one is flagged for a moderator to check.", typed.getOrDefault("sensitive",
                String.join("\n", terms.sensitive())), errors));
        model.addAttribute("misconductField", FormFields.textarea("misconduct", "Misconduct and whistleblowing terms",
                "One per line. An idea that uses one is flagged as something for Professional Standards. A term matches "
                        + "the start of a word, so 'harass' finds 'harassment'.",
                typed.getOrDefault("misconduct", String.join("\n", terms.misconduct())), errors));
        model.addAttribute("rules", settings.routingRules(force));
        model.addAttribute("units", units);
        return "ideas/settings";
    }

    private String ruleForm(Subject subject, UUID ruleId, RoutingRuleForm form, FormErrors errors, EditConflict conflict,
                            Model model) {
        List<Choice> units = people.units(subject.forceId()).stream().map(u -> Choice.of(u.id().toString(), u.name())).toList();
        model.addAttribute("ruleId", ruleId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("nameField", FormFields.input("name", "Name", form.getName(), errors));
        Map<String, Object> position = narrow(FormFields.input("position", "Order", form.getPosition(), errors));
        position.put("hint", Map.of("text", "Rules are tried from the lowest number up; the first whose every condition holds routes the idea."));
        model.addAttribute("positionField", position);
        model.addAttribute("areaField", FormFields.select("businessAreaId", "When the business area chosen is (optional)",
                units, form.getBusinessAreaId(), errors));
        model.addAttribute("keywordsField", FormFields.textarea("keywords", "When the idea mentions any of these keywords (optional)",
                "Separate them with commas, for example: 101, call handler, abandoned call.", form.getKeywords(), errors));
        model.addAttribute("unitField", FormFields.select("submitterUnitId", "When the submitter works in (optional)",
                units, form.getSubmitterUnitId(), errors));
        model.addAttribute("queueField", FormFields.select("queueUnitId", "Then send it to the queue of", units,
                form.getQueueUnitId(), errors));
        model.addAttribute("activeField", FormFields.checkboxes("active", "In use", null,
                List.of(Choice.of("yes", "Use this rule for new ideas")),
                form.getActive() == null ? List.of() : List.of(form.getActive()), errors));
        return "ideas/routing-rule-form";
    }

    private static Map<String, Object> narrow(Map<String, Object> field) {
        field.put("classes", "govuk-input--width-3");
        field.put("inputmode", "numeric");
        return field;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
