package org.ironbridge.assurance.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.ThresholdSetter;
import org.ironbridge.assurance.internal.ValidationForm;
import org.ironbridge.assurance.internal.Validations;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pre-deployment validation of a system. Its results are read with the register (accuracy and fairness results
 * by group are aggregate figures about the system, not about anyone, and belong in its public transparency
 * record), so they are not OFFICIAL-SENSITIVE assurance material.
 */
@Controller
class ValidationController {

    private final AiSystems systems;
    private final Validations validations;

    ValidationController(AiSystems systems, Validations validations) {
        this.systems = systems;
        this.validations = validations;
    }

    @GetMapping("/assurance/systems/{systemId}/validation")
    String show(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        model.addAttribute("system", system);
        model.addAttribute("validations", validations.of(systemId));
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        return "assurance/validation";
    }

    @GetMapping("/assurance/systems/{systemId}/validation/new")
    String blank(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        return form(subject, system, ValidationForm.blank(subject.personId()), new FormErrors(), model);
    }

    @PostMapping("/assurance/systems/{systemId}/validation")
    String record(@PathVariable UUID systemId, HttpServletRequest request, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.forRecording(subject, systemId);
        ValidationForm form = ValidationForm.from(request.getParameterMap());
        if ("more".equals(request.getParameter("action"))) {
            return form(subject, system, form.withSpareRows(ValidationForm.MORE_ROWS), new FormErrors(), model);
        }
        Validations.Result result = validations.record(subject, systemId, form);
        if (result.errors().any()) {
            return form(subject, system, form.withSpareRows(0), result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Validation recorded. " + result.validation().summary());
        return "redirect:/assurance/systems/" + systemId + "/validation";
    }

    private String form(Subject subject, AiSystem system, ValidationForm form, FormErrors errors, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("errors", errors);
        model.addAttribute("testDataField", FormFields.textarea("testData", "Test data",
                "Where the data came from, how much there was, when, and how it represents the people the system serves.",
                form.getTestData(), errors));
        model.addAttribute("validatedByField", FormFields.select("validatedBy", "Validated by",
                validations.validators(subject.forceId()).stream().map(p -> Choice.of(p.id().toString(),
                        p.displayName())).toList(), form.getValidatedBy(), errors));
        model.addAttribute("validatedOnField", FormFields.date("validatedOn", "validatedOn", "Date validated",
                form.getValidatedOnDay(), form.getValidatedOnMonth(), form.getValidatedOnYear(), errors));
        List<Choice> setters = Stream.of(ThresholdSetter.values()).map(s -> Choice.of(s.name(), s.label())).toList();
        model.addAttribute("setByField", FormFields.radios("thresholdsSetBy", "Thresholds set by", null, setters,
                form.getThresholdsSetBy(), errors));
        model.addAttribute("referenceField", FormFields.input("thresholdsReference", "Meeting or decision reference",
                form.getThresholdsReference(), errors));
        model.addAttribute("accuracyRows", MeasureFields.rows(form.getAccuracy(), "accuracy", "Accuracy measure", false,
                true, errors));
        model.addAttribute("groupRows", MeasureFields.rows(form.getGroups(), "group", "Group result", true, true, errors));
        model.addAttribute("notesField", FormFields.textarea("notes", "Notes (optional)",
                "Anything the board should know: limits of the test data, conditions, follow-up testing.", form.getNotes(),
                errors));
        return "assurance/validation-form";
    }
}
