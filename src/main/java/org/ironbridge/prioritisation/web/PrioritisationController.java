package org.ironbridge.prioritisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.prioritisation.internal.Quadrant;
import org.ironbridge.prioritisation.internal.ScoringSettings;
import org.ironbridge.prioritisation.internal.SettingsForm;
import org.ironbridge.prioritisation.internal.Shortlist;
import org.ironbridge.prioritisation.internal.ValueEffortChart;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ranked shortlist, the value-versus-effort matrix and the force's scoring settings. */
@Controller
class PrioritisationController {

    private final Shortlist shortlist;
    private final ScoringSettings settings;

    PrioritisationController(Shortlist shortlist, ScoringSettings settings) {
        this.shortlist = shortlist;
        this.settings = settings;
    }

    @GetMapping("/prioritisation/shortlist")
    String shortlist(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("entries", shortlist.ranked(subject));
        model.addAttribute("settings", settings.of(subject.forceId()));
        return "prioritisation/shortlist";
    }

    @GetMapping("/prioritisation/value-effort")
    String valueEffort(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        List<Shortlist.Entry> entries = shortlist.ranked(subject);
        model.addAttribute("placed", entries.stream().filter(e -> e.quadrant() != null).toList());
        model.addAttribute("unplaced", entries.stream().filter(e -> e.quadrant() == null).toList());
        model.addAttribute("chart", ValueEffortChart.of(entries));
        model.addAttribute("quadrants", Quadrant.values());
        model.addAttribute("valueMidpoint", Quadrant.VALUE_MIDPOINT);
        model.addAttribute("effortMidpoint", Quadrant.EFFORT_MIDPOINT);
        return "prioritisation/value-effort";
    }

    @GetMapping("/prioritisation/settings")
    String settingsForm(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return settingsPage(SettingsForm.of(settings.of(subject.forceId())), new FormErrors(), null, model);
    }

    @PostMapping("/prioritisation/settings")
    String saveSettings(@ModelAttribute("settingsForm") SettingsForm form, Authentication authentication, Model model,
                        RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = new FormErrors();
        SettingsForm.Values values = form.validate(errors);
        if (values == null) {
            return settingsPage(form, errors, null, model);
        }
        try {
            settings.save(subject, values.criteria(), values.thresholds(), form.versionNumber());
        } catch (EditConflict conflict) {
            return settingsPage(SettingsForm.of(settings.of(subject.forceId())), new FormErrors().reject("criteria-0-name",
                    "The scoring settings were changed by someone else while you were editing. Nothing you entered has "
                            + "been saved. Check the changes, then make yours again"), conflict, model);
        }
        redirect.addFlashAttribute("notice", "The scoring settings are saved");
        return "redirect:/prioritisation/settings";
    }

    private String settingsPage(SettingsForm form, FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < SettingsForm.MAX_CRITERIA; i++) {
            Map<String, Object> name = FormFields.input("criterionName[" + i + "]", "Criterion " + (i + 1),
                    form.getCriterionName().get("" + i), errors);
            name.put("id", "criteria-" + i + "-name");
            if (errors.has("criteria-" + i + "-name")) {
                name.put("errorMessage", errors.errorMessage("criteria-" + i + "-name"));
            }
            Map<String, Object> weight = FormFields.input("criterionWeight[" + i + "]", "Weight of criterion " + (i + 1),
                    form.getCriterionWeight().get("" + i), errors);
            weight.put("id", "criteria-" + i + "-weight");
            weight.put("classes", "govuk-input--width-3");
            weight.put("inputmode", "numeric");
            weight.put("suffix", Map.of("text", "%"));
            if (errors.has("criteria-" + i + "-weight")) {
                weight.put("errorMessage", errors.errorMessage("criteria-" + i + "-weight"));
            }
            rows.add(Map.of("name", name, "weight", weight));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("matrixField", threshold("matrixPoints", "Weighted matrix: percentage points", "%",
                form.getMatrixPoints(), errors));
        model.addAttribute("iceField", threshold("icePoints", "ICE: points", null, form.getIcePoints(), errors));
        model.addAttribute("riceField", threshold("ricePercent", "RICE: percentage of the assessors' mean score", "%",
                form.getRicePercent(), errors));
        model.addAttribute("wsjfField", threshold("wsjfPercent", "WSJF: percentage of the assessors' mean score", "%",
                form.getWsjfPercent(), errors));
        model.addAttribute("moscowField", threshold("moscowSteps", "MoSCoW: steps between categories", null,
                form.getMoscowSteps(), errors));
        return "prioritisation/settings";
    }

    private static Map<String, Object> threshold(String name, String label, String suffix, String value, FormErrors errors) {
        Map<String, Object> field = FormFields.input(name, label, value, errors);
        field.put("classes", "govuk-input--width-4");
        field.put("inputmode", "numeric");
        if (suffix != null) {
            field.put("suffix", Map.of("text", suffix));
        }
        return field;
    }
}
