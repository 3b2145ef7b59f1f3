package org.ironbridge.ideas.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaTriage;
import org.ironbridge.ideas.internal.PortalSettings;
import org.ironbridge.ideas.internal.TriageForm;
import org.ironbridge.ideas.internal.TriageQueue;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderators' side of the portal: the triage queue, and triaging one idea to an answer. */
@Controller
class IdeaTriageController {

    private static final String SOMEONE_ELSE = "Someone else acted on this idea while you had it open. Nothing you "
            + "entered has been saved. Check what they did, then decide again";

    private final IdeaTriage triage;
    private final TriageQueue queue;
    private final PortalSettings settings;
    private final People people;
    private final Portfolio portfolio;

    IdeaTriageController(IdeaTriage triage, TriageQueue queue, PortalSettings settings, People people, Portfolio portfolio) {
        this.triage = triage;
        this.queue = queue;
        this.settings = settings;
        this.people = people;
        this.portfolio = portfolio;
    }

    @GetMapping("/ideas/triage")
    String queue(@RequestParam(required = false) String queue, @RequestParam(required = false) String status,
                 Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        UUID chosenQueue = FormText.uuid(queue);
        IdeaStatus chosenStatus = FormText.choice(IdeaStatus.class, status);
        FormErrors none = new FormErrors();
        model.addAttribute("view", this.queue.of(subject.forceId(), chosenQueue, chosenStatus));
        model.addAttribute("queueField", FormFields.select("queue", "Business area queue", units(subject),
                chosenQueue == null ? null : chosenQueue.toString(), none));
        model.addAttribute("statusField", FormFields.select("status", "Status", Stream.of(IdeaStatus.values())
                        .filter(s -> triage.movesFrom(s).size() > 0).map(s -> Choice.of(s.name(), s.label())).toList(),
                chosenStatus == null ? null : chosenStatus.name(), none));
        return "ideas/triage-queue";
    }

    @GetMapping("/ideas/{ideaId}/triage")
    String idea(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Idea idea = triage.open(subject, ideaId);
        TriageForm form = new TriageForm();
        form.setVersion(idea.version());
        return page(subject, idea, form, new FormErrors(), null, model);
    }

    @PostMapping("/ideas/{ideaId}/triage")
    String decide(@PathVariable UUID ideaId, @ModelAttribute TriageForm form, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            IdeaTriage.Outcome outcome = triage.decide(subject, ideaId, form);
            if (outcome.errors().any()) {
                return page(subject, outcome.idea(), form, outcome.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Idea " + outcome.idea().reference() + " is now "
                    + outcome.idea().status().label().toLowerCase(java.util.Locale.ROOT)
                    + ". Its submitter and followers have been told");
            return "redirect:/ideas/" + ideaId + "/triage";
        } catch (EditConflict conflict) {
            return conflicted(subject, ideaId, conflict, "outcome", model);
        }
    }

    @PostMapping("/ideas/{ideaId}/separation")
    String separate(@PathVariable UUID ideaId, @RequestParam(required = false) Integer version,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Idea idea = triage.separate(subject, ideaId, version);
            redirect.addFlashAttribute("notice", "Idea " + idea.reference() + " is no longer merged; it is "
                    + idea.status().label().toLowerCase(java.util.Locale.ROOT) + " again");
            return "redirect:/ideas/" + ideaId + "/triage";
        } catch (EditConflict conflict) {
            return conflicted(subject, ideaId, conflict, "outcome", model);
        }
    }

    @PostMapping("/ideas/{ideaId}/routing")
    String reroute(@PathVariable UUID ideaId, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) String queue, @RequestParam(required = false) String why,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            IdeaTriage.Outcome outcome = triage.reroute(subject, ideaId, version, queue, why);
            if (outcome.errors().any()) {
                model.addAttribute("rerouteQueue", queue);
                model.addAttribute("rerouteWhy", why);
                return page(subject, outcome.idea(), blank(outcome.idea()), outcome.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Idea " + outcome.idea().reference() + " re-routed");
            return "redirect:/ideas/" + ideaId + "/triage";
        } catch (EditConflict conflict) {
            return conflicted(subject, ideaId, conflict, "queue", model);
        }
    }

    @PostMapping("/ideas/{ideaId}/classification")
    String classify(@PathVariable UUID ideaId, @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) String classification, Authentication authentication, Model model,
                    RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            IdeaTriage.Outcome outcome = triage.classify(subject, ideaId, version, classification);
            if (outcome.errors().any()) {
                return page(subject, outcome.idea(), blank(outcome.idea()), outcome.errors(), null, model);
            }
            redirect.addFlashAttribute("notice", "Idea " + outcome.idea().reference() + " is marked "
                    + outcome.idea().classification().marking());
            return "redirect:/ideas/" + ideaId + "/triage";
        } catch (EditConflict conflict) {
            return conflicted(subject, ideaId, conflict, "classification", model);
        }
    }

    @PostMapping("/ideas/{ideaId}/notes")
    String note(@PathVariable UUID ideaId, @RequestParam(required = false) String note, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        IdeaTriage.Outcome outcome = triage.addNote(subject, ideaId, note);
        if (outcome.errors().any()) {
            model.addAttribute("noteText", note);
            return page(subject, outcome.idea(), blank(outcome.idea()), outcome.errors(), null, model);
        }
        redirect.addFlashAttribute("notice", "Note added. Only moderators and assessors can see it");
        return "redirect:/ideas/" + ideaId + "/triage#notes";
    }

    private String conflicted(Subject subject, UUID ideaId, EditConflict conflict, String field, Model model) {
        Idea current = triage.open(subject, ideaId);
        return page(subject, current, blank(current), new FormErrors().reject(field, SOMEONE_ELSE), conflict, model);
    }

    private static TriageForm blank(Idea idea) {
        TriageForm form = new TriageForm();
        form.setVersion(idea.version());
        return form;
    }

    private String page(Subject subject, Idea idea, TriageForm form, FormErrors errors, EditConflict conflict, Model model) {
        Map<UUID, String> units = triage.unitNames(subject.forceId());
        model.addAttribute("idea", idea);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        PersonSummary submitter = people.find(idea.submitterId()).orElse(null);
        model.addAttribute("submitter", submitter);
        model.addAttribute("area", units.get(idea.businessAreaId()));
        model.addAttribute("queueName", units.get(idea.triage().queueUnitId()));
        model.addAttribute("flags", triage.flags(idea.id()));
        model.addAttribute("notes", triage.notes(idea.id()));
        model.addAttribute("history", triage.history(idea.id()));
        model.addAttribute("duplicates", triage.duplicatesOf(idea.id()));
        model.addAttribute("original", idea.triage().duplicateOfId() == null ? null
                : triage.byId(idea.triage().duplicateOfId()).orElse(null));
        model.addAttribute("initiative", idea.triage().initiativeId() == null ? null
                : portfolio.find(idea.triage().initiativeId()).orElse(null));
        model.addAttribute("declineReason", idea.triage().declineReasonId() == null ? null
                : settings.declineReason(idea.forceId(), idea.triage().declineReasonId()).orElse(null));
        Set<IdeaStatus> moves = triage.movesFrom(idea.status());
        model.addAttribute("moves", moves.stream().sorted().toList());
        model.addAttribute("reasons", settings.declineReasons(idea.forceId()).stream().filter(PortalSettings.DeclineReason::active).toList());
        model.addAttribute("types", List.of(InitiativeType.values()));
        model.addAttribute("answerField", FormFields.textarea("answer", "What to tell the submitter",
                "Required when you ask for more information, decline it or record it as implemented locally. "
                        + "The submitter and followers receive it by email.", form.getAnswer(), errors));
        model.addAttribute("originalField", FormFields.input("originalReference", "Reference of the earlier idea",
                form.getOriginalReference(), errors));
        model.addAttribute("initiativeRefField", FormFields.input("initiativeReference", "Reference of the initiative",
                form.getInitiativeReference(), errors));
        model.addAttribute("reasonField", FormFields.select("declineReasonId", "Reason", settings.declineReasons(idea.forceId())
                        .stream().filter(PortalSettings.DeclineReason::active).map(r -> Choice.of(r.id().toString(), r.label())).toList(),
                form.getDeclineReasonId(), errors));
        model.addAttribute("typeField", FormFields.select("initiativeType", "Type of initiative", Stream.of(InitiativeType.values())
                .map(t -> Choice.of(t.name(), t.label())).toList(), form.getInitiativeType(), errors));
        model.addAttribute("rerouteQueueField", FormFields.select("queue", "Business area queue", units(subject),
                model.containsAttribute("rerouteQueue") ? (String) model.getAttribute("rerouteQueue") : null, errors));
        model.addAttribute("rerouteWhyField", FormFields.input("why", "Why", model.containsAttribute("rerouteWhy")
                ? (String) model.getAttribute("rerouteWhy") : null, errors));
        model.addAttribute("classificationField", FormFields.radios("classification", "Classification", null,
                Stream.of(Classification.OFFICIAL, Classification.OFFICIAL_SENSITIVE).map(c -> Choice.of(c.name(), c.marking())).toList(),
                idea.classification().name(), errors));
        model.addAttribute("noteField", FormFields.textarea("note", "Add an internal note", "Only moderators and assessors see notes.",
                model.containsAttribute("noteText") ? (String) model.getAttribute("noteText") : null, errors));
        return "ideas/triage";
    }

    private List<Choice> units(Subject subject) {
        return people.units(subject.forceId()).stream().map(u -> Choice.of(u.id().toString(), u.name())).toList();
    }
}
