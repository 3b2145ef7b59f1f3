package org.ironbridge.assurance.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.ChecklistVersion;
import org.ironbridge.assurance.internal.ComplianceTest;
import org.ironbridge.assurance.internal.ComplianceTests;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A system's compliance test: the summary by framework and every answer, and answering one framework at a time. */
@Controller
class ComplianceController {

    private final ComplianceTests tests;
    private final AiSystems systems;
    private final People people;
    private final Justifications justifications;

    ComplianceController(ComplianceTests tests, AiSystems systems, People people, Justifications justifications) {
        this.tests = tests;
        this.systems = systems;
        this.people = people;
        this.justifications = justifications;
    }

    @GetMapping("/assurance/systems/{systemId}/compliance")
    String show(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ComplianceTests.Opened opened = tests.read(subject, systemId, justifications.of(session, systemId));
        model.addAttribute("opened", opened);
        model.addAttribute("system", opened.system());
        model.addAttribute("totals", opened.totals());
        model.addAttribute("mayRecord", systems.mayRecord(subject, opened.system()));
        model.addAttribute("names", names(subject));
        model.addAttribute("forceName", forceName(subject));
        model.addAttribute("errors", new FormErrors());
        return "assurance/compliance";
    }

    @GetMapping("/assurance/systems/{systemId}/compliance/edit")
    String edit(@PathVariable UUID systemId, @RequestParam(required = false) String framework,
                @RequestParam(required = false) String checklist, Authentication authentication, HttpSession session,
                Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ComplianceTests.Opened opened = tests.forEditing(subject, systemId, justifications.of(session, systemId));
        ComplianceTest.Part part = opened.part(chosen(opened, framework));
        boolean moveOn = "current".equals(checklist) && part.outdated();
        ChecklistVersion version = tests.toAnswer(opened, part.framework().code(), moveOn);
        Map<String, String> fields = new HashMap<>();
        part.answers().forEach((code, answer) -> {
            if (version.item(code).isPresent()) {
                fields.put("outcome-" + code, answer.outcome().name());
                fields.put("evidence-" + code, answer.evidence());
            }
        });
        fill(subject, opened, part, version, fields, moveOn, versionOf(opened), new FormErrors(), null, model);
        return "assurance/compliance-form";
    }

    @PostMapping("/assurance/systems/{systemId}/compliance")
    String save(@PathVariable UUID systemId, @RequestParam Map<String, String> params, Authentication authentication,
                HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        String framework = FormText.clean(params.get("framework"));
        ComplianceTests.Answers typed = new ComplianceTests.Answers(framework, params.get("checklist"),
                ImpactAssessmentController.number(params.get("version")), params);
        try {
            FormErrors errors = tests.save(subject, systemId, typed);
            if (errors.any()) {
                ComplianceTests.Opened current = tests.current(subject, systemId, null);
                ComplianceTest.Part part = current.part(chosen(current, framework));
                ChecklistVersion version = part.current().id().toString().equals(params.get("checklist"))
                        ? part.current() : part.checklist();
                // The version the person opened stays in the form: a save after someone else's is still a conflict.
                fill(subject, current, part, version, params, part.outdated() && version == part.current(),
                        typed.version(), errors, null, model);
                return "assurance/compliance-form";
            }
        } catch (EditConflict conflict) {
            ComplianceTests.Opened current = tests.current(subject, systemId, justifications.of(session, systemId));
            ComplianceTest.Part part = current.part(chosen(current, framework));
            Map<String, String> theirs = new HashMap<>();
            part.answers().forEach((code, answer) -> {
                theirs.put("outcome-" + code, answer.outcome().name());
                theirs.put("evidence-" + code, answer.evidence());
            });
            FormErrors errors = new FormErrors().reject("framework-notice", AiRegisterController.CHANGED_ELSEWHERE);
            fill(subject, current, part, part.checklist(), theirs, false, versionOf(current), errors, conflict, model);
            return "assurance/compliance-form";
        }
        redirect.addFlashAttribute("notice", "Answers saved");
        return "redirect:/assurance/systems/" + systemId + "/compliance#framework-" + framework;
    }

    private static Integer versionOf(ComplianceTests.Opened opened) {
        return opened.test() == null ? null : opened.test().version();
    }

    /** The framework asked for, or else the first that applies and still has items to answer. */
    private static String chosen(ComplianceTests.Opened opened, String framework) {
        return opened.parts().stream().map(p -> p.framework().code()).filter(code -> code.equals(framework)).findFirst()
                .orElseGet(() -> opened.parts().stream().filter(p -> p.applies() && p.unanswered() > 0)
                        .map(p -> p.framework().code()).findFirst().orElse(opened.parts().getFirst().framework().code()));
    }

    private void fill(Subject subject, ComplianceTests.Opened opened, ComplianceTest.Part part, ChecklistVersion version,
                      Map<String, String> fields, boolean moveOn, Integer testVersion, FormErrors errors,
                      EditConflict conflict, Model model) {
        model.addAttribute("opened", opened);
        model.addAttribute("system", opened.system());
        model.addAttribute("part", part);
        model.addAttribute("version", version);
        model.addAttribute("moveOn", moveOn);
        model.addAttribute("testVersion", testVersion);
        model.addAttribute("items", ComplianceView.items(version, part, fields, moveOn, errors));
        model.addAttribute("names", names(subject));
        model.addAttribute("forceName", forceName(subject));
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
    }

    /** Reviewers by id, whether or not they are still active. */
    private Map<String, String> names(Subject subject) {
        return people.inForce(subject.forceId()).stream().collect(Collectors.toMap(p -> p.id().toString(),
                PersonSummary::displayName, (a, b) -> a));
    }

    private String forceName(Subject subject) {
        return people.forceName(subject.forceId()).orElse(subject.forceCode());
    }
}
