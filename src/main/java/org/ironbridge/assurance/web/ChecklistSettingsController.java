package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.ChecklistChanges;
import org.ironbridge.assurance.internal.ChecklistVersion;
import org.ironbridge.assurance.internal.Checklists;
import org.ironbridge.assurance.internal.ComplianceFramework;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's compliance checklists: every framework, its current items and its earlier versions, and the
 * forms that add an item, change one's wording or withdraw it. Frameworks and items are named in the query
 * string, so there are no new path variables.
 */
@Controller
class ChecklistSettingsController {

    private static final String LIST = "/assurance/settings/checklists";

    private final Checklists checklists;
    private final ChecklistChanges changes;
    private final People people;

    ChecklistSettingsController(Checklists checklists, ChecklistChanges changes, People people) {
        this.checklists = checklists;
        this.changes = changes;
        this.people = people;
    }

    @GetMapping(LIST)
    String checklists(@RequestParam(required = false) String framework, @RequestParam(required = false) String version,
                      Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        changes.require(subject);
        model.addAttribute("forceName", forceName(subject));
        if (framework == null) {
            List<ComplianceFramework> frameworks = checklists.frameworks();
            model.addAttribute("frameworks", frameworks);
            model.addAttribute("current", frameworks.stream().collect(java.util.stream.Collectors.toMap(
                    ComplianceFramework::code, f -> checklists.current(subject.forceId(), f.code()))));
            return "assurance/compliance-checklists";
        }
        ComplianceFramework chosen = changes.framework(subject, framework);
        ChecklistVersion current = checklists.current(subject.forceId(), chosen.code());
        ChecklistVersion shown = current;
        if (version != null) {
            shown = checklists.version(subject.forceId(), FormText.uuid(version))
                    .filter(v -> v.frameworkCode().equals(chosen.code()))
                    .orElseThrow(() -> new RecordNotFoundException(ChecklistChanges.RECORD_TYPE, version));
        }
        model.addAttribute("framework", chosen);
        model.addAttribute("current", current);
        model.addAttribute("shown", shown);
        model.addAttribute("history", checklists.history(subject.forceId(), chosen.code()));
        model.addAttribute("newerNational", checklists.newerNational(subject.forceId(), chosen.code()).orElse(null));
        return "assurance/compliance-checklist";
    }

    @GetMapping(LIST + "/item")
    String item(@RequestParam(required = false) String framework, @RequestParam(required = false) String item,
                Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        changes.require(subject);
        if (framework == null) {
            return "redirect:" + LIST;
        }
        ComplianceFramework chosen = changes.framework(subject, framework);
        ChecklistVersion current = checklists.current(subject.forceId(), chosen.code());
        ChecklistVersion.Item existing = item == null ? null : current.item(item)
                .orElseThrow(() -> new RecordNotFoundException(ChecklistChanges.RECORD_TYPE, item));
        return itemForm(subject, chosen, current, existing, existing == null ? Map.of()
                : Map.of("text", existing.text(), "guidance", existing.guidance() == null ? "" : existing.guidance()),
                new FormErrors(), null, model);
    }

    @PostMapping(LIST + "/items")
    String save(@RequestParam Map<String, String> params, Authentication authentication, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ChecklistChanges.Change change = change(params, "note");
        try {
            FormErrors errors = changes.save(subject, change);
            if (errors.any()) {
                return refused(subject, change, params, errors, null, model);
            }
        } catch (EditConflict conflict) {
            return refused(subject, change, Map.of(), new FormErrors().reject("text", AiRegisterController.CHANGED_ELSEWHERE),
                    conflict, model);
        }
        return saved(subject, change.framework(), redirect, change.item() == null ? "Item added" : "Wording changed");
    }

    @PostMapping(LIST + "/items/withdrawal")
    String withdraw(@RequestParam Map<String, String> params, Authentication authentication, Model model,
                    RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ChecklistChanges.Change change = change(params, "withdrawNote");
        try {
            FormErrors errors = changes.withdraw(subject, change);
            if (errors.any()) {
                return refused(subject, change, params, errors, null, model);
            }
        } catch (EditConflict conflict) {
            return refused(subject, change, Map.of(), new FormErrors().reject("withdrawNote",
                    AiRegisterController.CHANGED_ELSEWHERE), conflict, model);
        }
        return saved(subject, change.framework(), redirect, "Item withdrawn");
    }

    private static ChecklistChanges.Change change(Map<String, String> params, String noteField) {
        return new ChecklistChanges.Change(FormText.clean(params.get("framework")), params.get("basedOn"),
                FormText.clean(params.get("item")), params.get("text"), params.get("guidance"), params.get(noteField));
    }

    private String saved(Subject subject, String framework, RedirectAttributes redirect, String what) {
        ChecklistVersion now = checklists.current(subject.forceId(), framework);
        redirect.addFlashAttribute("notice", what + ": the checklist is now version " + now.number()
                + ". Compliance tests already answered keep the version they were answered against");
        return "redirect:" + LIST + "?framework=" + framework;
    }

    /** The form again, as it is now: with the person's input on a mistake, or with the latest version on a conflict. */
    private String refused(Subject subject, ChecklistChanges.Change change, Map<String, String> typed, FormErrors errors,
                           EditConflict conflict, Model model) {
        ComplianceFramework chosen = changes.framework(subject, change.framework());
        ChecklistVersion current = checklists.current(subject.forceId(), chosen.code());
        ChecklistVersion.Item existing = change.item() == null ? null : current.item(change.item()).orElse(null);
        if (change.item() != null && existing == null) {
            return "redirect:" + LIST + "?framework=" + chosen.code();
        }
        Map<String, String> values = conflict == null ? typed : existing == null ? Map.of()
                : Map.of("text", existing.text(), "guidance", existing.guidance() == null ? "" : existing.guidance());
        UUID basedOn = conflict == null ? FormText.uuid(change.basedOn()) : current.id();
        return itemForm(subject, chosen, current, existing, values, errors, conflict, model, basedOn);
    }

    private String itemForm(Subject subject, ComplianceFramework framework, ChecklistVersion current,
                            ChecklistVersion.Item existing, Map<String, String> values, FormErrors errors,
                            EditConflict conflict, Model model) {
        return itemForm(subject, framework, current, existing, values, errors, conflict, model, current.id());
    }

    private String itemForm(Subject subject, ComplianceFramework framework, ChecklistVersion current,
                            ChecklistVersion.Item existing, Map<String, String> values, FormErrors errors,
                            EditConflict conflict, Model model, UUID basedOn) {
        model.addAttribute("forceName", forceName(subject));
        model.addAttribute("framework", framework);
        model.addAttribute("current", current);
        model.addAttribute("existing", existing);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("textField", FormFields.textarea("text", "Item", "What the checklist asks, in a sentence.",
                values.get("text"), errors));
        model.addAttribute("guidanceField", FormFields.textarea("guidance", "Guidance (optional)",
                "What a reviewer looks for, and where the law or guidance says it.", values.get("guidance"), errors));
        model.addAttribute("noteField", FormFields.textarea("note", "Why the checklist is changing",
                "For the version history: for example, the Act or the guidance that changed.", values.get("note"), errors));
        model.addAttribute("withdrawNoteField", FormFields.textarea("withdrawNote", "Why the item is withdrawn",
                "For the version history.", values.get("withdrawNote"), errors));
        return "assurance/compliance-checklist-item";
    }

    private String forceName(Subject subject) {
        return people.forceName(subject.forceId()).orElse(subject.forceCode());
    }
}
