package org.ironbridge.governance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.BoardActions;
import org.ironbridge.governance.internal.BoardMeetings;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.ChangePapers;
import org.ironbridge.governance.internal.DecisionRegister;
import org.ironbridge.governance.internal.Meeting;
import org.ironbridge.governance.internal.TrackedAction;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The governance overview for the PMO, and the actions and conditions tracked to done. */
@Controller
class ActionController {

    private final BoardActions actions;
    private final BoardMeetings meetings;
    private final ChangePapers papers;
    private final Boards boards;
    private final DecisionRegister register;
    private final Portfolio portfolio;
    private final People people;

    ActionController(BoardActions actions, BoardMeetings meetings, ChangePapers papers, Boards boards,
                     DecisionRegister register, Portfolio portfolio, People people) {
        this.actions = actions;
        this.meetings = meetings;
        this.papers = papers;
        this.boards = boards;
        this.register = register;
        this.portfolio = portfolio;
        this.people = people;
    }

    /** A line of the forward plan: a coming meeting and the papers submitted to it. */
    record PlannedMeeting(Meeting meeting, String board, List<String> papers) {
    }

    @GetMapping("/governance")
    String overview(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        LocalDate today = meetings.today();
        Map<UUID, String> boardNames = boards.of(subject.forceId()).stream().collect(Collectors.toMap(Board::id, Board::name));
        List<PlannedMeeting> plan = meetings.ofForce(subject.forceId()).stream()
                .filter(m -> !m.startsAt().toLocalDate().isBefore(today))
                .map(m -> new PlannedMeeting(m, boardNames.get(m.boardId()), papers.ofMeeting(m.id()).stream()
                        .map(p -> p.reference() + " " + p.title() + " (" + p.kind().label() + ")").toList())).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("overdue", actions.ofForce(subject.forceId()).stream().filter(a -> a.overdue(today)).toList());
        model.addAttribute("exceptions", portfolio.openExceptions(subject.forceId()));
        model.addAttribute("awaiting", papers.ofForce(subject.forceId()).stream()
                .filter(p -> p.status().editable()).toList());
        model.addAttribute("names", names(subject));
        model.addAttribute("boardNames", boardNames);
        model.addAttribute("today", today);
        model.addAttribute("decisionCount", register.search(subject.forceId(), null, null, null, null).size());
        return "governance/overview";
    }

    @GetMapping("/governance/actions")
    String actions(@RequestParam(required = false) String show, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(subject, show, null, new FormErrors(), null, model);
    }

    @PostMapping("/governance/actions/{actionId}/done")
    String done(@PathVariable UUID actionId, @RequestParam Map<String, String> form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            Integer version = form.get("version") == null ? null : Integer.valueOf(form.get("version").strip());
            FormErrors errors = actions.complete(subject, actionId, note(form, actionId), version);
            if (errors.any()) {
                return page(subject, "open", actionId, errors, note(form, actionId), model);
            }
        } catch (NumberFormatException badVersion) {
            return page(subject, "open", actionId, new FormErrors().reject("note", "Reload the page and try again"), note(form, actionId), model);
        } catch (EditConflict conflict) {
            return page(subject, "open", actionId, new FormErrors().reject("note", conflict.changedBy()
                    + " updated this while you were writing. Nothing you entered has been saved"), note(form, actionId), model);
        }
        redirect.addFlashAttribute("notice", "Marked as done");
        return "redirect:/governance/actions";
    }

    private String page(Subject subject, String show, UUID failedId, FormErrors errors, String note, Model model) {
        LocalDate today = meetings.today();
        String filter = show == null || !List.of("overdue", "mine", "done", "open").contains(show) ? "open" : show;
        List<TrackedAction> all = actions.ofForce(subject.forceId());
        List<TrackedAction> shown = all.stream().filter(a -> switch (filter) {
            case "overdue" -> a.overdue(today);
            case "mine" -> subject.personId().equals(a.ownerId()) && !a.done();
            case "done" -> a.done();
            default -> !a.done();
        }).toList();
        model.addAttribute("actions", shown);
        model.addAttribute("show", filter);
        model.addAttribute("today", today);
        model.addAttribute("names", names(subject));
        model.addAttribute("boardNames", boards.of(subject.forceId()).stream().collect(Collectors.toMap(Board::id, Board::name)));
        model.addAttribute("completable", shown.stream().filter(a -> actions.mayComplete(subject, a))
                .map(TrackedAction::id).collect(Collectors.toSet()));
        model.addAttribute("errors", errorsFor(failedId, errors));
        // Each card's box has its own id; the one refused keeps the id the error summary links to.
        model.addAttribute("noteFields", shown.stream().collect(Collectors.toMap(TrackedAction::id, a -> a.id().equals(failedId)
                ? FormFields.textarea("note-" + a.id(), "What was done", null, note, errorsFor(a.id(), errors))
                : FormFields.textarea("note-" + a.id(), "What was done", null, null, new FormErrors()))));
        model.addAttribute("showField", FormFields.select("show", "Show", List.of(Choice.of("open", "Open"),
                Choice.of("overdue", "Overdue"), Choice.of("mine", "Mine, open"), Choice.of("done", "Done")), filter, new FormErrors()));
        return "governance/actions";
    }

    private static String note(Map<String, String> form, UUID actionId) {
        return form.getOrDefault("note-" + actionId, form.get("note"));
    }

    private static FormErrors errorsFor(UUID actionId, FormErrors errors) {
        FormErrors mine = new FormErrors();
        if (errors.has("note")) {
            mine.reject("note-" + actionId, errors.messageFor("note"));
        }
        return mine;
    }

    private Map<UUID, String> names(Subject subject) {
        return people.inForce(subject.forceId()).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }
}
