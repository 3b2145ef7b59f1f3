package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssessmentCriterion;
import org.ironbridge.assurance.internal.Rating;
import org.ironbridge.assurance.internal.SystemAssessment;
import org.ironbridge.assurance.internal.SystemUse;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The formal assessment and design principles of a system, and who may use it with which data. */
@Controller
class SystemAssessmentController {

    private final AiSystems systems;
    private final SystemAssessment assessment;
    private final SystemUse use;

    SystemAssessmentController(AiSystems systems, SystemAssessment assessment, SystemUse use) {
        this.systems = systems;
        this.assessment = assessment;
        this.use = use;
    }

    @GetMapping("/assurance/systems/{systemId}/assessment")
    String assessment(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        return assessmentPage(subject, system, Map.of(), new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/assessment")
    String rate(@PathVariable UUID systemId, @RequestParam Map<String, String> form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            FormErrors errors = assessment.rate(subject, systemId, form);
            if (errors.any()) {
                return assessmentPage(subject, systems.open(subject, systemId), form, errors, null, model);
            }
        } catch (EditConflict conflict) {
            return assessmentPage(subject, systems.open(subject, systemId), Map.of(),
                    new FormErrors().reject("ratingSECURITY", AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
        }
        redirect.addFlashAttribute("notice", "Assessment saved");
        return "redirect:/assurance/systems/" + systemId + "/assessment";
    }

    private String assessmentPage(Subject subject, AiSystem system, Map<String, String> typed, FormErrors errors,
                                  EditConflict conflict, Model model) {
        Map<AssessmentCriterion, SystemAssessment.Entry> ratings = assessment.ratings(system.id());
        List<Map<String, Object>> criteria = new ArrayList<>();
        List<Choice> scale = Stream.of(Rating.values()).map(r -> Choice.of(r.name(), r.label())).toList();
        for (AssessmentCriterion criterion : AssessmentCriterion.values()) {
            SystemAssessment.Entry entry = ratings.get(criterion);
            String key = criterion.name();
            String rating = typed.containsKey("rating" + key) ? typed.get("rating" + key)
                    : entry == null ? null : entry.rating().name();
            String evidence = typed.containsKey("evidence" + key) ? typed.get("evidence" + key)
                    : entry == null ? null : entry.evidence();
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("criterion", criterion);
            item.put("entry", entry);
            item.put("stamp", typed.containsKey("stamp" + key) ? typed.get("stamp" + key) : entry == null ? "" : entry.stamp());
            item.put("ratingField", FormFields.radios("rating" + key, criterion.label(), criterion.prompt(), scale, rating, errors));
            item.put("evidenceField", FormFields.textarea("evidence" + key, "Evidence for " + criterion.label().toLowerCase(),
                    null, evidence, errors));
            criteria.add(item);
        }
        model.addAttribute("system", system);
        model.addAttribute("criteria", criteria);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        model.addAttribute("required", SystemAssessment.required(system));
        return "assurance/assessment";
    }

    @GetMapping("/assurance/systems/{systemId}/use")
    String use(@PathVariable UUID systemId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return usePage(subject, systems.open(subject, systemId), Map.of(), new FormErrors(), model);
    }

    @PostMapping("/assurance/systems/{systemId}/use/rules")
    String addRule(@PathVariable UUID systemId, @RequestParam Map<String, String> form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = use.addRule(subject, systemId, form.get("role"), form.get("minimumVetting"), form.get("training"),
                form.get("conditions"));
        if (errors.any()) {
            return usePage(subject, systems.open(subject, systemId), form, errors, model);
        }
        redirect.addFlashAttribute("notice", "Usage rule added");
        return "redirect:/assurance/systems/" + systemId + "/use";
    }

    @PostMapping("/assurance/systems/{systemId}/use/rule-removal")
    String removeRule(@PathVariable UUID systemId, @RequestParam(required = false) String ruleId,
                      Authentication authentication, RedirectAttributes redirect) {
        use.removeRule(AccessPolicy.subjectOf(authentication), systemId, requiredId(ruleId, "Usage rule"));
        redirect.addFlashAttribute("notice", "Usage rule withdrawn");
        return "redirect:/assurance/systems/" + systemId + "/use";
    }

    @PostMapping("/assurance/systems/{systemId}/use/assets")
    String addAsset(@PathVariable UUID systemId, @RequestParam Map<String, String> form, Authentication authentication,
                    Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = use.addAsset(subject, systemId, form.get("assetName"), form.get("kind"), form.get("owner"),
                form.get("lawfulBasis"));
        if (errors.any()) {
            return usePage(subject, systems.open(subject, systemId), form, errors, model);
        }
        redirect.addFlashAttribute("notice", "Information asset linked");
        return "redirect:/assurance/systems/" + systemId + "/use";
    }

    @PostMapping("/assurance/systems/{systemId}/use/asset-removal")
    String removeAsset(@PathVariable UUID systemId, @RequestParam(required = false) String assetId,
                       Authentication authentication, RedirectAttributes redirect) {
        use.removeAsset(AccessPolicy.subjectOf(authentication), systemId, requiredId(assetId, "Information asset"));
        redirect.addFlashAttribute("notice", "Information asset unlinked");
        return "redirect:/assurance/systems/" + systemId + "/use";
    }

    private static UUID requiredId(String value, String type) {
        UUID id = FormText.uuid(value);
        if (id == null) {
            throw new org.ironbridge.access.RecordNotFoundException(type, value);
        }
        return id;
    }

    private String usePage(Subject subject, AiSystem system, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("system", system);
        model.addAttribute("rules", use.rules(system.id()));
        model.addAttribute("assets", use.assets(system.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        model.addAttribute("roleField", FormFields.input("role", "Who may use it", typed.get("role"), errors));
        model.addAttribute("vettingField", FormFields.select("minimumVetting", "Minimum vetting",
                Stream.of(VettingLevel.values()).map(v -> Choice.of(v.name(), v.label())).toList(),
                typed.get("minimumVetting"), errors));
        model.addAttribute("trainingField", FormFields.input("training", "Training they must have completed (optional)",
                typed.get("training"), errors));
        model.addAttribute("conditionsField", FormFields.textarea("conditions", "Other conditions (optional)",
                "For example: only on force devices; never for decisions about a named person without review.",
                typed.get("conditions"), errors));
        model.addAttribute("assetNameField", FormFields.input("assetName", "Name", typed.get("assetName"), errors));
        model.addAttribute("kindField", FormFields.radios("kind", "Kind", null,
                Stream.of(SystemUse.AssetKind.values()).map(k -> Choice.of(k.name(), k.label())).toList(),
                typed.get("kind"), errors));
        model.addAttribute("ownerField", FormFields.input("owner", "Owner", typed.get("owner"), errors));
        model.addAttribute("basisField", FormFields.input("lawfulBasis", "Lawful basis", typed.get("lawfulBasis"), errors));
        return "assurance/use";
    }
}
