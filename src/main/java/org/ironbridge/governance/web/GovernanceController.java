package org.ironbridge.governance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.governance.Outcome;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.DecisionForm;
import org.ironbridge.governance.internal.DecisionRecording;
import org.ironbridge.governance.internal.DecisionRegister;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
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

/** The boards, each board's page, recording a decision, and the decision register. */
@Controller
class GovernanceController {

    private final Boards boards;
    private final DecisionRecording recording;
    private final DecisionRegister register;
    private final People people;
    private final AccessPolicy policy;
    private final Portfolio portfolio;

    GovernanceController(Boards boards, DecisionRecording recording, DecisionRegister register, People people,
                         AccessPolicy policy, Portfolio portfolio) {
        this.boards = boards;
        this.recording = recording;
        this.register = register;
        this.people = people;
        this.policy = policy;
        this.portfolio = portfolio;
    }

    @GetMapping("/governance/boards")
    String boards(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("boards", boards.of(subject.forceId()));
        model.addAttribute("names", names(subject));
        return "governance/boards";
    }

    @GetMapping("/governance/boards/{boardId}")
    String board(@PathVariable UUID boardId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Board board = recording.board(subject, boardId);
        Map<UUID, String> names = names(subject);
        model.addAttribute("board", board);
        model.addAttribute("chair", names.getOrDefault(board.chairId(), "Not yet appointed"));
        model.addAttribute("members", board.memberIds().stream().map(names::get).sorted().toList());
        model.addAttribute("decisions", register.search(subject.forceId(), boardId, null, null, null));
        model.addAttribute("mayRecord", policy.permits(subject, Permission.RECORD_DECISION));
        return "governance/board";
    }

    @GetMapping("/governance/boards/{boardId}/decisions/new")
    String decisionForm(@PathVariable UUID boardId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return form(subject, recording.board(subject, boardId), new DecisionForm(), new FormErrors(), model);
    }

    @PostMapping("/governance/boards/{boardId}/decisions")
    String record(@PathVariable UUID boardId, @ModelAttribute DecisionForm form, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DecisionRecording.Result result = recording.record(subject, boardId, form);
        if (result.errors().any()) {
            return form(subject, recording.board(subject, boardId), form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Decision " + result.decision().reference() + " recorded");
        return "redirect:/governance/boards/" + boardId;
    }

    @GetMapping("/governance/decisions")
    String register(@RequestParam(required = false) String board, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String q, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors none = new FormErrors();
        model.addAttribute("decisions", register.search(subject.forceId(), FormText.uuid(board), FormText.choice(Outcome.class, outcome), null,
                q == null || q.isBlank() ? null : q.strip()));
        model.addAttribute("qField", FormFields.input("q", "Search decisions", q, none));
        model.addAttribute("boardField", FormFields.select("board", "Board", boards.of(subject.forceId()).stream()
                .map(b -> Choice.of(b.id().toString(), b.name())).toList(), board, none));
        model.addAttribute("outcomeField", FormFields.select("outcome", "Outcome", Stream.of(Outcome.values())
                .map(o -> Choice.of(o.name(), o.label())).toList(), outcome, none));
        return "governance/decisions";
    }

    private String form(Subject subject, Board board, DecisionForm form, FormErrors errors, Model model) {
        Map<UUID, String> names = names(subject);
        List<Choice> initiatives = portfolio.inForce(subject.forceId()).stream()
                .map(i -> Choice.of(i.id().toString(), i.reference() + " " + i.title())).toList();
        List<Choice> earlier = register.search(subject.forceId(), board.id(), null, null, null).stream()
                .map(d -> Choice.of(d.id().toString(), d.reference() + " " + d.subject())).toList();
        model.addAttribute("board", board);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("initiativeField", FormFields.select("initiativeId", "Initiative (if the decision is about one)",
                initiatives, form.getInitiativeId(), errors));
        model.addAttribute("subjectField", FormFields.input("subject", "What the board decided on", form.getSubject(), errors));
        model.addAttribute("outcomeField", FormFields.radios("outcome", "Outcome", null, Stream.of(Outcome.values())
                .map(o -> Choice.of(o.name(), o.label())).toList(), form.getOutcome(), errors));
        model.addAttribute("rationaleField", FormFields.textarea("rationale", "Rationale",
                "Why the board decided this, the options it considered and the assessments it had regard to.",
                form.getRationale(), errors));
        model.addAttribute("dateField", FormFields.date("day", "", "Date of the meeting", form.getDay(), form.getMonth(),
                form.getYear(), errors));
        model.addAttribute("presentField", FormFields.checkboxes("present", "Members present",
                "The board's quorum is " + board.quorum() + ".", board.memberIds().stream()
                        .map(id -> Choice.of(id.toString(), names.getOrDefault(id, id.toString())))
                        .sorted(java.util.Comparator.comparing(Choice::text)).toList(), form.getPresent(), errors));
        model.addAttribute("declarationsField", FormFields.textarea("declarations", "Declarations of interest",
                "Who declared an interest, in what, and whether they took part.", form.getDeclarations(), errors));
        model.addAttribute("supersedesField", FormFields.select("supersedesId",
                "Supersedes an earlier decision of this board (optional)", earlier, form.getSupersedesId(), errors));
        return "governance/decision-form";
    }

    private Map<UUID, String> names(Subject subject) {
        return people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }
}
