package org.ironbridge.governance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.BoardConfiguration;
import org.ironbridge.governance.internal.BoardForm;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.Tier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up boards: a new board, and changing a board's chair, members, quorum, terms and agenda. */
@Controller
class BoardSetupController {

    private final Boards boards;
    private final BoardConfiguration configuration;
    private final People people;
    private final Portfolio portfolio;

    BoardSetupController(Boards boards, BoardConfiguration configuration, People people, Portfolio portfolio) {
        this.boards = boards;
        this.configuration = configuration;
        this.people = people;
        this.portfolio = portfolio;
    }

    @GetMapping("/governance/boards/new")
    String newBoard(@RequestParam(required = false) String tier, @RequestParam(required = false) String initiativeId,
                    Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return form(subject, null, configuration.formForNew(subject, tier, initiativeId), new FormErrors(), null, model);
    }

    @PostMapping("/governance/boards")
    String create(@ModelAttribute BoardForm form, Authentication authentication, Model model,
                              RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        BoardConfiguration.Result result = configuration.create(subject, form);
        if (result.errors().any()) {
            return form(subject, null, form, result.errors(), null, model);
        }
        redirect.addFlashAttribute("notice", result.board().name() + " set up");
        return "redirect:/governance/boards/" + result.board().id();
    }

    @GetMapping("/governance/boards/{boardId}/edit")
    String editForm(@PathVariable UUID boardId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Board board = boards.board(subject, boardId);
        return form(subject, board, configuration.formFor(subject, board), new FormErrors(), null, model);
    }

    @PostMapping("/governance/boards/{boardId}")
    String edit(@PathVariable UUID boardId, @ModelAttribute BoardForm form, Authentication authentication, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            BoardConfiguration.Result result = configuration.configure(subject, boardId, form);
            if (result.errors().any()) {
                return form(subject, boards.board(subject, boardId), form, result.errors(), null, model);
            }
        } catch (EditConflict conflict) {
            Board current = boards.board(subject, boardId);
            return form(subject, current, configuration.formFor(subject, current), new FormErrors().reject("name",
                    "Someone else changed this board's set-up while you were editing. Nothing you entered has been "
                            + "saved. Check their changes, then make yours again"), conflict, model);
        }
        redirect.addFlashAttribute("notice", "Board set-up saved");
        return "redirect:/governance/boards/" + boardId;
    }

    private String form(Subject subject, Board board, BoardForm form, FormErrors errors, EditConflict conflict, Model model) {
        Map<UUID, String> names = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        boolean projectBoard = board != null && board.projectBoard();
        model.addAttribute("board", board);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("projectBoard", projectBoard);
        if (board == null) {
            model.addAttribute("tierField", FormFields.radios("tier", "Kind of board", "Your force has one Change Board "
                    + "and one Design and Delivery Board, and a Project Board for each initiative that needs one.",
                    Stream.of(Tier.values()).map(t -> Choice.of(t.name(), t.label())).toList(), form.getTier(), errors));
            model.addAttribute("initiativeField", FormFields.select("initiativeId", "Initiative (Project Boards only)", configuration
                    .withoutProjectBoard(subject).stream()
                    .map(i -> Choice.of(i.id().toString(), i.reference() + " " + i.title())).toList(),
                    form.getInitiativeId(), errors));
        } else if (projectBoard) {
            model.addAttribute("sro", portfolio.find(board.initiativeId()).map(i -> i.seniorResponsibleOwnerId())
                    .map(names::get).orElse("not yet named"));
        }
        model.addAttribute("nameField", FormFields.input("name", "Name", form.getName(), errors));
        String chairNote = board == null ? " (not for Project Boards, which their initiative's SRO chairs)" : "";
        model.addAttribute("chairField", FormFields.input("chair", "Chair's email address or username" + chairNote,
                form.getChair(), errors));
        model.addAttribute("chairTitleField", FormFields.input("chairTitle", "Chair's title" + chairNote,
                form.getChairTitle(), errors));
        List<Choice> current = board == null ? List.of() : board.memberIds().stream()
                .map(id -> Choice.of(id.toString(), names.getOrDefault(id, id.toString())))
                .sorted(Comparator.comparing(Choice::text)).toList();
        model.addAttribute("membersField", current.isEmpty() ? null : FormFields.checkboxes("members", "Members",
                "Untick a member to take them off the board. The chair is always a member.", current, form.getMembers(),
                errors));
        model.addAttribute("newMembersField", FormFields.textarea("newMembers", board == null ? "Members"
                        : "Add members", "Email address or username of each person, one per line. The chair is added "
                        + "automatically.", form.getNewMembers(), errors));
        Map<String, Object> quorum = FormFields.input("quorum", "Quorum", form.getQuorum(), errors);
        quorum.put("hint", Map.of("text", "How many members must be present for the board to decide."));
        quorum.put("classes", "govuk-input--width-3");
        quorum.put("inputmode", "numeric");
        model.addAttribute("quorumField", quorum);
        model.addAttribute("termsField", FormFields.textarea("termsOfReference", "Terms of reference", null,
                form.getTermsOfReference(), errors));
        model.addAttribute("escalatesField", FormFields.select("escalatesTo", projectBoard ? "Escalates exceptions to"
                        : "Escalates exceptions to (leave unselected for the most senior board)",
                boards.of(subject.forceId()).stream().filter(b -> board == null || !b.id().equals(board.id()))
                        .map(b -> Choice.of(b.id().toString(), b.name())).toList(), form.getEscalatesTo(), errors));
        model.addAttribute("standingField", FormFields.textarea("standingItems", "Standing items",
                "One per line, in agenda order. Papers submitted to a meeting come before a last item of any other "
                        + "business. Meetings already held keep the agenda they had.", form.getStandingItems(), errors));
        return "governance/board-form";
    }
}
