package org.ironbridge.governance.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.SeniorResponsibleOwnerChanged;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the force sets up its boards: names, chairs, members, quorum, terms of reference, which board
 * each escalates to and the standing items of their agendas; and Project Boards for initiatives, chaired
 * by the initiative's Senior Responsible Owner and following them when the SRO changes.
 */
@Component
public class BoardConfiguration {

    static final String RECORD_TYPE = "Board";
    static final String SRO_TITLE = "Senior Responsible Owner";
    /** A new Project Board's terms and agenda, as WMP's Change Strategy words them; the force may change both. */
    static final String PROJECT_BOARD_TERMS = "Chaired by the Senior Responsible Owner, it ensures the individual project "
            + "or change initiative is defined, owned and delivered in the right way and to the right standards.";
    static final List<String> PROJECT_BOARD_STANDING_ITEMS = List.of("Apologies", "Progress against plan", "RAID review",
            "Any other business");
    private static final int MAX_MEMBERS = 40;
    private static final int MAX_STANDING_ITEMS = 15;

    private final BoardRepository boards;
    private final Boards forceBoards;
    private final MeetingRepository meetings;
    private final BoardMeetings boardMeetings;
    private final People people;
    private final Portfolio portfolio;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    BoardConfiguration(BoardRepository boards, Boards forceBoards, MeetingRepository meetings, BoardMeetings boardMeetings,
                       People people, Portfolio portfolio, AccessPolicy policy, AuditTrail audit, JdbcClient jdbc,
                       Clock clock) {
        this.boards = boards;
        this.forceBoards = forceBoards;
        this.meetings = meetings;
        this.boardMeetings = boardMeetings;
        this.people = people;
        this.portfolio = portfolio;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Result(Board board, FormErrors errors) {
    }

    /** A board's set-up once the form has been checked. */
    record Setup(String name, UUID chairId, String chairTitle, Set<UUID> members, int quorum, String termsOfReference,
                 UUID escalatesTo, List<String> standingItems) {
    }

    public boolean mayConfigure(Subject subject) {
        return policy.permits(subject, Permission.CONFIGURE_GOVERNANCE);
    }

    /** The form for a board as it stands. */
    @Transactional(readOnly = true)
    public BoardForm formFor(Subject subject, Board board) {
        requireConfigure(subject);
        String chair = board.chairId() == null ? null : people.find(board.chairId()).map(BoardConfiguration::login).orElse(null);
        return BoardForm.of(board, chair, boardMeetings.standingItems(board.id()));
    }

    /**
     * The form for a new board. A Project Board's form for a chosen initiative comes filled: its SRO in the
     * chair, its project manager a member, escalating to the Design and Delivery Board.
     */
    @Transactional(readOnly = true)
    public BoardForm formForNew(Subject subject, String tier, String initiativeId) {
        requireConfigure(subject);
        BoardForm form = new BoardForm();
        Tier chosen = FormText.choice(Tier.class, tier);
        form.setTier(chosen == null ? null : chosen.name());
        if (chosen != Tier.PROJECT_BOARD) {
            return form;
        }
        form.setTermsOfReference(PROJECT_BOARD_TERMS);
        form.setStandingItems(String.join("\n", PROJECT_BOARD_STANDING_ITEMS));
        boards.findByForceIdOrderByTierAscNameAsc(subject.forceId()).stream()
                .filter(b -> b.tier() == Tier.DESIGN_AND_DELIVERY_BOARD).findFirst()
                .ifPresent(b -> form.setEscalatesTo(b.id().toString()));
        withoutProjectBoard(subject).stream().filter(i -> i.id().toString().equals(initiativeId)).findFirst()
                .ifPresent(initiative -> {
                    form.setInitiativeId(initiative.id().toString());
                    form.setName(projectBoardName(initiative.title()));
                    Optional.ofNullable(portfolio.facts(initiative.id()).projectManagerId()).flatMap(people::find)
                            .map(BoardConfiguration::login).ifPresent(form::setNewMembers);
                    form.setQuorum("2");
                });
        return form;
    }

    /** Initiatives still under way that have no Project Board yet. */
    @Transactional(readOnly = true)
    public List<InitiativeSummary> withoutProjectBoard(Subject subject) {
        Set<UUID> withBoard = boards.findByForceIdOrderByTierAscNameAsc(subject.forceId()).stream()
                .map(Board::initiativeId).filter(Objects::nonNull).collect(Collectors.toSet());
        return portfolio.inForce(subject.forceId()).stream()
                .filter(i -> !withBoard.contains(i.id()) && i.stage() != Stage.CLOSED).toList();
    }

    @Transactional
    public Result configure(Subject subject, UUID boardId, BoardForm form) {
        requireConfigure(subject);
        Board board = forceBoards.board(subject, boardId);
        FormErrors errors = new FormErrors();
        UUID sro = board.projectBoard() ? portfolio.find(board.initiativeId())
                .map(InitiativeSummary::seniorResponsibleOwnerId).orElse(null) : null;
        Setup setup = validate(subject, board, board.projectBoard(), sro, form, errors);
        if (setup == null) {
            return new Result(null, errors);
        }
        List<String> standingBefore = boardMeetings.standingItems(boardId);
        List<FieldChange> changes = changes(subject, board, standingBefore, setup);
        if (!Objects.equals(form.getVersion(), board.version())) {
            throw audit.conflictOn(RECORD_TYPE, boardId.toString(), changes, clock.instant());
        }
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Result(board, errors);
        }
        Board saved;
        try {
            saved = boards.save(board.reconfigured(setup.name(), setup.chairId(), setup.chairTitle(), setup.quorum(),
                    setup.termsOfReference(), setup.escalatesTo(), setup.members()));
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, boardId.toString(), changes, clock.instant());
        }
        if (!standingBefore.equals(setup.standingItems())) {
            replaceStandingItems(saved, setup.standingItems());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, boardId, Operation.ALTERATION, "Changed the set-up of the " + saved.name())
                .withChanges(changes).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /**
     * Sets up a board. The force has one Change Board and one Design and Delivery Board; any number of Project
     * Boards, one per initiative, each chaired by the initiative's SRO.
     */
    @Transactional
    public Result create(Subject subject, BoardForm form) {
        requireConfigure(subject);
        FormErrors errors = new FormErrors();
        Tier tier = FormText.choice(Tier.class, form.getTier());
        InitiativeSummary initiative = null;
        if (tier == null) {
            errors.reject("tier", "Select which kind of board this is");
        } else if (tier != Tier.PROJECT_BOARD && boards.findByForceIdOrderByTierAscNameAsc(subject.forceId()).stream()
                .anyMatch(b -> b.tier() == tier)) {
            errors.reject("tier", "Your force already has a " + tier.label() + ". Change its set-up instead");
        } else if (tier == Tier.PROJECT_BOARD) {
            UUID initiativeId = FormText.uuid(form.getInitiativeId());
            initiative = withoutProjectBoard(subject).stream().filter(i -> i.id().equals(initiativeId))
                    .findFirst().orElse(null);
            if (initiative == null) {
                errors.reject("initiativeId", "Select the initiative the Project Board delivers: one that is under way "
                        + "and has no Project Board yet");
            } else if (initiative.seniorResponsibleOwnerId() == null) {
                errors.reject("initiativeId", "Name a Senior Responsible Owner for " + initiative.reference()
                        + " first: the SRO chairs its Project Board");
            } else if (FormText.clean(form.getName()) == null) {
                form.setName(projectBoardName(initiative.title()));
            }
        }
        Setup setup = validate(subject, null, tier == Tier.PROJECT_BOARD, initiative == null ? null
                : initiative.seniorResponsibleOwnerId(), form, errors);
        if (setup == null || errors.any()) {
            return new Result(null, errors);
        }
        Board saved = boards.save(Board.create(subject.forceId(), setup.name(), tier, setup.chairId(), setup.chairTitle(),
                setup.quorum(), setup.termsOfReference(), setup.escalatesTo(), initiative == null ? null : initiative.id(),
                setup.members()));
        replaceStandingItems(saved, setup.standingItems());
        audit.record(AuditEntry.of(RECORD_TYPE, saved.id(), Operation.COLLECTION, "Set up the " + saved.name()
                        + (initiative == null ? "" : " for initiative " + initiative.reference()))
                .withChanges(changes(subject, null, List.of(), setup)).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /** A Project Board's chair is its initiative's SRO: a new SRO takes the chair, in the same transaction. */
    @EventListener
    void sroChanged(SeniorResponsibleOwnerChanged changed) {
        boards.findByInitiativeId(changed.initiativeId()).ifPresent(board -> {
            Set<UUID> members = new LinkedHashSet<>(board.memberIds());
            members.add(changed.sroId());
            Board saved = boards.save(board.reconfigured(board.name(), changed.sroId(), board.chairTitle(), board.quorum(),
                    board.termsOfReference(), board.escalatesTo(), members));
            Map<UUID, String> names = names(board.forceId());
            audit.record(AuditEntry.of(RECORD_TYPE, saved.id(), Operation.ALTERATION, "The new Senior Responsible Owner of "
                            + changed.reference() + " chairs the " + saved.name())
                    .withChanges(List.of(new FieldChange("Chair", names.get(board.chairId()), names.get(changed.sroId()))))
                    .inForce(changed.forceCode()));
        });
    }

    private Setup validate(Subject subject, Board board, boolean projectBoard, UUID sroId, BoardForm form,
                           FormErrors errors) {
        List<Board> others = boards.findByForceIdOrderByTierAscNameAsc(subject.forceId()).stream()
                .filter(b -> board == null || !b.id().equals(board.id())).toList();
        Map<String, PersonSummary> byLogin = new HashMap<>();
        for (PersonSummary person : people.inForce(subject.forceId())) {
            if (person.active()) {
                byLogin.put(person.username().toLowerCase(), person);
                if (person.email() != null) {
                    byLogin.put(person.email().toLowerCase(), person);
                }
            }
        }

        String name = FormText.clean(form.getName());
        if (name == null) {
            errors.reject("name", "Enter the board's name");
        } else if (FormText.tooLong(name, 120)) {
            errors.reject("name", "Name must be 120 characters or fewer");
        } else if (others.stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
            errors.reject("name", "The force already has a board called " + name + ". Choose another name");
        }

        UUID chairId = sroId;
        String chairTitle = SRO_TITLE;
        if (!projectBoard) {
            String chair = FormText.clean(form.getChair());
            PersonSummary person = chair == null ? null : byLogin.get(chair.toLowerCase());
            if (chair == null) {
                errors.reject("chair", "Enter the chair's email address or username");
            } else if (person == null) {
                errors.reject("chair", "No active person in your force has the email address or username " + shown(chair));
            } else {
                chairId = person.id();
            }
            chairTitle = FormText.clean(form.getChairTitle());
            if (chairTitle == null) {
                errors.reject("chairTitle", "Enter the chair's title, for example Deputy Chief Constable");
            } else if (FormText.tooLong(chairTitle, 120)) {
                errors.reject("chairTitle", "Chair's title must be 120 characters or fewer");
            }
        }

        Set<UUID> members = new LinkedHashSet<>();
        Set<UUID> current = board == null ? Set.of() : board.memberIds();
        for (String kept : form.getMembers()) {
            UUID id = FormText.uuid(kept);
            if (id == null || !current.contains(id)) {
                errors.reject("members", "Select members from the list");
            } else {
                members.add(id);
            }
        }
        List<String> unknown = new ArrayList<>();
        List<String> typed = lines(form.getNewMembers());
        if (typed.size() > MAX_MEMBERS) {
            errors.reject("newMembers", "Add at most " + MAX_MEMBERS + " members at a time");
        } else {
            for (String login : typed) {
                PersonSummary person = byLogin.get(login.toLowerCase());
                if (person == null) {
                    unknown.add(shown(login));
                } else {
                    members.add(person.id());
                }
            }
        }
        if (!unknown.isEmpty()) {
            errors.reject("newMembers", "No active person in your force has the email address or username "
                    + String.join(", ", unknown) + ". Check the spelling, one person per line");
        }
        if (chairId != null) {
            members.add(chairId);
        }
        if (members.isEmpty()) {
            errors.reject("newMembers", "Add at least one member");
        } else if (members.size() > MAX_MEMBERS) {
            errors.reject("newMembers", "A board can have at most " + MAX_MEMBERS + " members");
        }

        Integer quorum = null;
        String typedQuorum = FormText.clean(form.getQuorum());
        if (typedQuorum == null) {
            errors.reject("quorum", "Enter the quorum: how many members must be present for the board to decide");
        } else if (!typedQuorum.matches("\\d{1,3}") || Integer.parseInt(typedQuorum) < 1) {
            errors.reject("quorum", "Quorum must be a whole number, such as 3");
        } else if (!members.isEmpty() && Integer.parseInt(typedQuorum) > members.size()) {
            errors.reject("quorum", "Quorum must be no more than the number of members (" + members.size() + ")");
        } else {
            quorum = Integer.parseInt(typedQuorum);
        }

        String terms = FormText.clean(form.getTermsOfReference());
        if (terms == null) {
            errors.reject("termsOfReference", "Enter the board's terms of reference");
        } else if (FormText.tooLong(terms, 4000)) {
            errors.reject("termsOfReference", "Terms of reference must be 4,000 characters or fewer");
        }

        UUID escalatesTo = null;
        String typedEscalation = FormText.clean(form.getEscalatesTo());
        if (typedEscalation == null) {
            if (projectBoard) {
                errors.reject("escalatesTo", "Select the board this Project Board escalates exceptions to");
            }
        } else {
            escalatesTo = FormText.uuid(typedEscalation);
            UUID target = escalatesTo;
            if (target == null || others.stream().noneMatch(b -> b.id().equals(target))) {
                errors.reject("escalatesTo", "Select a board from the list");
                escalatesTo = null;
            } else if (board != null && escalatesBackTo(board.id(), target, others)) {
                errors.reject("escalatesTo", "The " + nameOf(target, others) + " already escalates to the "
                        + board.name() + ", directly or through another board. Escalation cannot go round in a circle");
                escalatesTo = null;
            }
        }

        List<String> standing = lines(form.getStandingItems());
        if (standing.size() > MAX_STANDING_ITEMS) {
            errors.reject("standingItems", "Enter at most " + MAX_STANDING_ITEMS + " standing items");
        } else if (standing.stream().anyMatch(item -> FormText.tooLong(item, 200))) {
            errors.reject("standingItems", "Each standing item must be 200 characters or fewer");
        }

        if (errors.any()) {
            return null;
        }
        return new Setup(name, chairId, chairTitle, members, quorum, terms, escalatesTo, standing);
    }

    /** Whether following escalation upwards from target comes back to the board: a circle. */
    private static boolean escalatesBackTo(UUID boardId, UUID target, List<Board> others) {
        Map<UUID, UUID> upwards = others.stream().filter(b -> b.escalatesTo() != null)
                .collect(Collectors.toMap(Board::id, Board::escalatesTo));
        Set<UUID> seen = new LinkedHashSet<>();
        for (UUID at = target; at != null && seen.add(at); at = upwards.get(at)) {
            if (at.equals(boardId)) {
                return true;
            }
        }
        return false;
    }

    private List<FieldChange> changes(Subject subject, Board before, List<String> standingBefore, Setup after) {
        Map<UUID, String> names = names(subject.forceId());
        Map<UUID, String> boardNames = boards.findByForceIdOrderByTierAscNameAsc(subject.forceId()).stream()
                .collect(Collectors.toMap(Board::id, Board::name));
        return List.of(
                new FieldChange("Name", before == null ? null : before.name(), after.name()),
                new FieldChange("Chair", before == null ? null : names.get(before.chairId()), names.get(after.chairId())),
                new FieldChange("Chair's title", before == null ? null : before.chairTitle(), after.chairTitle()),
                new FieldChange("Members", before == null ? null : memberNames(before.memberIds(), names),
                        memberNames(after.members(), names)),
                new FieldChange("Quorum", before == null ? null : Integer.toString(before.quorum()),
                        Integer.toString(after.quorum())),
                new FieldChange("Terms of reference", before == null ? null : before.termsOfReference(),
                        after.termsOfReference()),
                new FieldChange("Escalates to", before == null ? null : boardNames.get(before.escalatesTo()),
                        boardNames.get(after.escalatesTo())),
                new FieldChange("Standing items", before == null ? null : String.join("; ", standingBefore),
                        String.join("; ", after.standingItems())));
    }

    /** The board's new standing items, taken up by its coming meetings; meetings already held keep their agenda. */
    private void replaceStandingItems(Board board, List<String> items) {
        jdbc.sql("delete from board_standing_item where board_id = ?").param(board.id()).update();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into board_standing_item (board_id, position, title) values (?, ?, ?)")
                    .params(board.id(), i + 1, items.get(i)).update();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(BoardMeetings.LONDON));
        meetings.findByBoardIdOrderByStartsAtDesc(board.id()).stream().filter(m -> m.startsAt().isAfter(now))
                .forEach(m -> boardMeetings.takeStandingItems(m.id(), board.id()));
    }

    private void requireConfigure(Subject subject) {
        if (!mayConfigure(subject)) {
            throw new AccessDeniedException("Not allowed to configure boards");
        }
    }

    private Map<UUID, String> names(UUID forceId) {
        return people.inForce(forceId).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }

    private static String memberNames(Set<UUID> ids, Map<UUID, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id.toString())).sorted().collect(Collectors.joining(", "));
    }

    private static String nameOf(UUID boardId, List<Board> boards) {
        return boards.stream().filter(b -> b.id().equals(boardId)).map(Board::name).findFirst().orElse("board");
    }

    static String projectBoardName(String initiativeTitle) {
        String suffix = " Project Board";
        String title = initiativeTitle.length() > 120 - suffix.length()
                ? initiativeTitle.substring(0, 120 - suffix.length()).strip() : initiativeTitle;
        return title + suffix;
    }

    static String login(PersonSummary person) {
        return person.email() != null ? person.email() : person.username();
    }

    /** Each non-blank line of a text box, cleaned. */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(FormText::clean).filter(Objects::nonNull).toList();
    }

    /** Typed text repeated in a message, shortened so a pasted essay does not fill the error summary. */
    private static String shown(String typed) {
        return "\u201c" + (typed.length() > 60 ? typed.substring(0, 60) + "\u2026" : typed) + "\u201d";
    }
}
