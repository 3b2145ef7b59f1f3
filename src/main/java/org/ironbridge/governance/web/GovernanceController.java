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
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.BoardActions;
import org.ironbridge.governance.internal.BoardMeetings;
import org.ironbridge.governance.internal.Decision;
import org.ironbridge.governance.internal.Meeting;
import org.ironbridge.governance.internal.Paper;
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
    private final BoardMeetings meetings;
    private final BoardActions actions;

    GovernanceController(Boards boards, DecisionRecording recording, DecisionRegister register, People people,
                         AccessPolicy policy, Portfolio portfolio, BoardMeetings meetings, BoardActions actions) {
        this.meetings = meetings;
        this.actions = actions;
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
        List<Board> all = boards.of(subject.forceId());
        model.addAttribute("boards", all);
        model.addAttribute("boardNames", all.stream().collect(Collectors.toMap(Board::id, Board::name)));
        model.addAttribute("names", names(subject));
        model.addAttribute("mayConfigure", policy.permits(subject, Permission.CONFIGURE_GOVERNANCE));
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
        model.addAttribute("mayConfigure", policy.permits(subject, Permission.CONFIGURE_GOVERNANCE));
        model.addAttribute("escalatesTo", board.escalatesTo() == null ? null : boards.board(subject, board.escalatesTo()));
        model.addAttribute("initiativeTitle", board.initiativeId() == null ? null : portfolio.find(board.initiativeId())
                .map(i -> i.reference() + " " + i.title()).orElse(null));
        model.addAttribute("meetings", meetings.ofBoard(boardId));
        model.addAttribute("standingItems", meetings.standingItems(boardId));
        model.addAttribute("today", meetings.today());
        return "governance/board";
    }

    @GetMapping("/governance/boards/{boardId}/decisions/new")
    String decisionForm(@PathVariable UUID boardId, @RequestParam(required = false) String paperId,
                        Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Board board = recording.board(subject, boardId);
        DecisionForm form = new DecisionForm();
        Paper paper = recording.paperFor(subject, board, paperId);
        if (paper != null) {
            Meeting meeting = meetings.meeting(subject, paper.meetingId());
            form.setPaperId(paper.id().toString());
            form.setSubject(paper.title());
            form.setPresent(meeting.present().stream().map(UUID::toString).toList());
            form.setDeclarations(meetings.declarationsFor(meeting.id(), paper.id()));
        }
        return form(subject, board, form, new FormErrors(), model);
    }

    @GetMapping("/governance/decisions/{decisionId}")
    String decision(@PathVariable UUID decisionId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DecisionRegister.Entry decision = register.find(subject.forceId(), decisionId)
                .orElseThrow(() -> new RecordNotFoundException("Decision", decisionId));
        model.addAttribute("decision", decision);
        model.addAttribute("conditions", actions.ofDecision(decisionId));
        model.addAttribute("names", names(subject));
        model.addAttribute("today", meetings.today());
        return "governance/decision";
    }

    @PostMapping("/governance/boards/{boardId}/decisions")
    String record(@PathVariable UUID boardId, @ModelAttribute DecisionForm form, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        DecisionRecording.Result result;
        try {
            result = recording.record(subject, boardId, form);
        } catch (DecisionRecording.DecisionConflict conflict) {
            return form(subject, recording.board(subject, boardId), form, new FormErrors().reject("outcome",
                    "Another decision moved this initiative on while you were recording this one. Nothing has been "
                            + "saved. " + conflict.getMessage()), model);
        }
        if (result.errors().any()) {
            return form(subject, recording.board(subject, boardId), form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Decision " + result.decision().reference() + " recorded");
        return "redirect:/governance/decisions/" + result.decision().id();
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
        Paper paper = recording.paperFor(subject, board, form.getPaperId());
        model.addAttribute("paper", paper);
        model.addAttribute("gate", recording.gateFor(paper));
        model.addAttribute("paperInitiative", paper == null ? null : portfolio.find(paper.initiativeId()).orElse(null));
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
        model.addAttribute("optionsField", FormFields.textarea("optionsConsidered", "Options considered",
                "The options put to the board, and why the chosen one was preferred.", form.getOptionsConsidered(), errors));
        model.addAttribute("assessmentsField", FormFields.textarea("assessmentsConsidered", "Assessments considered",
                "The equality analysis and other assessments the board had regard to: the record of due regard under the "
                        + "Public Sector Equality Duty.", form.getAssessmentsConsidered(), errors));
        model.addAttribute("acknowledgedField", FormFields.checkboxes("acknowledged", "Evidence not yet held in Ironbridge",
                null, List.of(Choice.of("yes", "The board has seen that this evidence is not yet available in Ironbridge "
                        + "and has considered the evidence put to it")), form.getAcknowledged() == null ? List.of()
                        : List.of(form.getAcknowledged()), errors));
        model.addAttribute("amountField", FormFields.input("amountApproved", "Amount approved, in pounds",
                form.getAmountApproved(), errors));
        model.addAttribute("pilotField", FormFields.radios("pilotConclusion", "How the pilot ends", null,
                Stream.of(Decision.PilotConclusion.values()).map(c -> Choice.of(c.name(), c.label())).toList(),
                form.getPilotConclusion(), errors));
        List<Choice> owners = people.inForce(subject.forceId()).stream().filter(PersonSummary::active)
                .map(p -> Choice.of(p.id().toString(), p.displayName())).sorted(java.util.Comparator.comparing(Choice::text)).toList();
        List<Map<String, Object>> conditionFields = new java.util.ArrayList<>();
        List<String[]> slots = form.conditionSlots();
        for (int i = 0; i < slots.size(); i++) {
            String prefix = "condition" + (i + 1);
            String[] slot = slots.get(i);
            conditionFields.add(Map.of(
                    "legend", "Condition " + (i + 1),
                    "description", FormFields.textarea(prefix + "Description", "Condition", null, slot[0], errors),
                    "owner", FormFields.select(prefix + "Owner", "Owner", owners, slot[1], errors),
                    "due", FormFields.date(prefix + "Day", prefix, "Due date", slot[2], slot[3], slot[4], errors)));
        }
        model.addAttribute("conditionFields", conditionFields);
        return "governance/decision-form";
    }

    private Map<UUID, String> names(Subject subject) {
        return people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }
}
