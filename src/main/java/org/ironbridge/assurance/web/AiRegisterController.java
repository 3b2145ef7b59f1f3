package org.ironbridge.assurance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystemForm;
import org.ironbridge.assurance.internal.AiSystemStatus;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceStep;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The AI register: the list, recording a system, its page with every part of its assurance, and its status. */
@Controller
class AiRegisterController {

    static final String CHANGED_ELSEWHERE = "Someone else changed this while you were editing. Nothing you entered "
            + "has been saved. Check their change, then make yours again";

    private final AiSystems systems;
    private final AiSystemFormView formView;
    private final List<AssuranceStep> steps;
    private final SystemPage systemPage;
    private final AccessPolicy policy;

    AiRegisterController(AiSystems systems, AiSystemFormView formView, List<AssuranceStep> steps, SystemPage systemPage,
                         AccessPolicy policy) {
        this.systems = systems;
        this.formView = formView;
        this.steps = steps.stream().sorted(Comparator.comparingInt(AssuranceStep::order)).toList();
        this.systemPage = systemPage;
        this.policy = policy;
    }

    @GetMapping("/assurance")
    String register(@RequestParam(required = false) String status, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystemStatus chosen = FormText.choice(AiSystemStatus.class, status);
        List<AiSystem> register = systems.register(subject, chosen);
        model.addAttribute("systems", register);
        model.addAttribute("areas", systems.businessAreas(subject.forceId()).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name)));
        model.addAttribute("statusField", FormFields.select("status", "Status",
                Stream.of(AiSystemStatus.values()).map(s -> Choice.of(s.name(), s.label())).toList(),
                chosen == null ? "" : chosen.name(), new FormErrors()));
        model.addAttribute("filtered", chosen != null);
        model.addAttribute("mayRecord", policy.permits(subject, Permission.RECORD_AI_ASSURANCE));
        return "assurance/register";
    }

    @GetMapping("/assurance/systems/new")
    String newSystem(Authentication authentication, Model model) {
        formView.fill(AccessPolicy.subjectOf(authentication), AiSystemForm.blank(), new FormErrors(), model);
        model.addAttribute("system", null);
        return "assurance/system-form";
    }

    @PostMapping("/assurance/systems")
    String create(@ModelAttribute AiSystemForm form, Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystems.Result result = systems.create(subject, form);
        if (result.errors().any()) {
            formView.fill(subject, form, result.errors(), model);
            model.addAttribute("system", null);
            return "assurance/system-form";
        }
        redirect.addFlashAttribute("notice", result.system().reference() + " " + result.system().name()
                + " is on the register as requested");
        return "redirect:/assurance/systems/" + result.system().id();
    }

    @GetMapping("/assurance/systems/{systemId}")
    String show(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        systemPage.fill(subject, system, new FormErrors(), null, model);
        model.addAttribute("steps", steps.stream().map(step -> Map.entry(step, step.progress(system))).toList());
        return "assurance/system";
    }

    @GetMapping("/assurance/systems/{systemId}/edit")
    String edit(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        formView.fill(subject, AiSystemForm.of(system), new FormErrors(), model);
        model.addAttribute("system", system);
        return "assurance/system-form";
    }

    @PostMapping("/assurance/systems/{systemId}")
    String update(@PathVariable UUID systemId, @ModelAttribute AiSystemForm form, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            AiSystems.Result result = systems.edit(subject, systemId, form);
            if (result.errors().any()) {
                formView.fill(subject, form, result.errors(), model);
                model.addAttribute("system", systems.forRecording(subject, systemId));
                return "assurance/system-form";
            }
        } catch (EditConflict conflict) {
            AiSystem current = systems.forRecording(subject, systemId);
            formView.fill(subject, AiSystemForm.of(current), new FormErrors().reject("name", CHANGED_ELSEWHERE), model);
            model.addAttribute("system", current);
            model.addAttribute("conflict", conflict);
            return "assurance/system-form";
        }
        redirect.addFlashAttribute("notice", "Register entry saved");
        return "redirect:/assurance/systems/" + systemId;
    }

    @PostMapping("/assurance/systems/{systemId}/status")
    String move(@PathVariable UUID systemId, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String liveSinceDay, @RequestParam(required = false) String liveSinceMonth,
                @RequestParam(required = false) String liveSinceYear, Authentication authentication, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors;
        EditConflict conflict = null;
        try {
            errors = systems.move(subject, systemId, version, status, reason, liveSinceDay, liveSinceMonth, liveSinceYear);
        } catch (EditConflict changed) {
            errors = new FormErrors().reject("status", CHANGED_ELSEWHERE);
            conflict = changed;
        }
        if (errors.any()) {
            AiSystem system = systems.open(subject, systemId);
            systemPage.fill(subject, system, errors, conflict, model);
            systemPage.moveFields(system, status, reason, liveSinceDay, liveSinceMonth, liveSinceYear, errors, model);
            model.addAttribute("steps", steps.stream().map(step -> Map.entry(step, step.progress(system))).toList());
            return "assurance/system";
        }
        redirect.addFlashAttribute("notice", "Status changed");
        return "redirect:/assurance/systems/" + systemId;
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    static String personName(Map<UUID, PersonSummary> people, UUID id) {
        PersonSummary person = id == null ? null : people.get(id);
        return person == null ? null : person.displayName();
    }

    static String initiativeName(Map<UUID, InitiativeSummary> initiatives, UUID id) {
        InitiativeSummary initiative = id == null ? null : initiatives.get(id);
        return initiative == null ? null : initiative.reference() + " " + initiative.title();
    }
}
