package org.ironbridge.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.governance.Outcome;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.BoardConfiguration;
import org.ironbridge.governance.internal.BoardForm;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.DecisionForm;
import org.ironbridge.governance.internal.DecisionRecording;
import org.ironbridge.governance.internal.DecisionRegister;
import org.ironbridge.govuk.FormProblems;
import org.ironbridge.portfolio.Tier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Boards and decisions over the API, under the same policy and the same rules as the pages. */
@RestController
@Tag(name = "Governance", description = "The boards of the caller's force and the decision register")
class GovernanceApi {

    record BoardView(UUID id, String name, Tier tier, UUID chairId, String chairTitle, int quorum, List<UUID> memberIds,
                     String termsOfReference, UUID escalatesTo, UUID initiativeId) {
        static BoardView of(Board b) {
            return new BoardView(b.id(), b.name(), b.tier(), b.chairId(), b.chairTitle(), b.quorum(),
                    b.memberIds().stream().sorted().toList(), b.termsOfReference(), b.escalatesTo(), b.initiativeId());
        }
    }

    /** A decision to record: the same fields as the page's form; a paper decided at its meeting takes that meeting's date. */
    record NewDecision(UUID boardId, UUID paperId, UUID initiativeId, String subject, Outcome outcome, String rationale,
                       String optionsConsidered, String assessmentsConsidered, LocalDate meetingDate, List<UUID> present,
                       String declarations, UUID supersedesId, BigDecimal amountApproved, Boolean evidenceAcknowledged) {
    }

    /** A board to set up: the same fields as the page's form; members and the chair by email address or username. */
    record NewBoard(String tier, String name, UUID initiativeId, String chair, String chairTitle, List<String> members,
                    Integer quorum, String termsOfReference, UUID escalatesTo, List<String> standingItems) {
    }

    private static final String DECISION_REFUSED = "The decision was not recorded";

    private final Boards boards;
    private final DecisionRegister register;
    private final DecisionRecording recording;
    private final BoardConfiguration configuration;

    GovernanceApi(Boards boards, DecisionRegister register, DecisionRecording recording, BoardConfiguration configuration) {
        this.boards = boards;
        this.register = register;
        this.recording = recording;
        this.configuration = configuration;
    }

    @GetMapping("/api/v1/boards")
    @Operation(summary = "The caller's force's boards, most senior first")
    List<BoardView> boards(Authentication authentication) {
        return boards.of(AccessPolicy.subjectOf(authentication).forceId()).stream().map(BoardView::of).toList();
    }

    @PostMapping("/api/v1/boards")
    @Operation(summary = "Set up a board (PMO and administrators): the force's Change Board or Design and Delivery Board, "
            + "or a Project Board for an initiative, chaired by its SRO; 422 with the reasons when refused")
    ResponseEntity<?> setUp(@RequestBody NewBoard body, Authentication authentication) {
        BoardForm form = new BoardForm();
        form.setTier(body.tier());
        form.setName(body.name());
        form.setInitiativeId(text(body.initiativeId()));
        form.setChair(body.chair());
        form.setChairTitle(body.chairTitle());
        form.setNewMembers(body.members() == null ? null : String.join("\n", body.members()));
        form.setQuorum(body.quorum() == null ? null : body.quorum().toString());
        form.setTermsOfReference(body.termsOfReference());
        form.setEscalatesTo(text(body.escalatesTo()));
        form.setStandingItems(body.standingItems() == null ? null : String.join("\n", body.standingItems()));
        BoardConfiguration.Result result = configuration.create(AccessPolicy.subjectOf(authentication), form);
        if (result.errors().any()) {
            return FormProblems.unprocessable("The board was not set up", result.errors());
        }
        return ResponseEntity.created(URI.create("/api/v1/boards/" + result.board().id())).body(BoardView.of(result.board()));
    }

    @GetMapping("/api/v1/boards/{boardId}")
    @Operation(summary = "One board: chair, members, quorum, terms of reference and which board it escalates to")
    BoardView board(@PathVariable UUID boardId, Authentication authentication) {
        return BoardView.of(boards.board(AccessPolicy.subjectOf(authentication), boardId));
    }

    @GetMapping("/api/v1/decisions")
    @Operation(summary = "The decision register, newest first, filtered by board, outcome, initiative or text")
    List<DecisionRegister.Entry> decisions(@RequestParam(required = false) UUID board, @RequestParam(required = false) Outcome outcome,
                                           @RequestParam(required = false) UUID initiative, @RequestParam(required = false) String q,
                                           Authentication authentication) {
        return register.search(AccessPolicy.subjectOf(authentication).forceId(), board, outcome, initiative,
                q == null || q.isBlank() ? null : q.strip());
    }

    @GetMapping("/api/v1/decisions/{decisionId}")
    @Operation(summary = "One decision")
    DecisionRegister.Entry decision(@PathVariable UUID decisionId, Authentication authentication) {
        return register.find(AccessPolicy.subjectOf(authentication).forceId(), decisionId)
                .orElseThrow(() -> new RecordNotFoundException("Decision", decisionId));
    }

    @PostMapping("/api/v1/decisions")
    @Operation(summary = "Record a decision (secretariat and chairs): refused with 422 and the reasons when the board was "
            + "not quorate, a gate's evidence is missing, or a field is wrong")
    ResponseEntity<?> record(@RequestBody NewDecision body, Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        if (body.boardId() == null) {
            return FormProblems.unprocessable(DECISION_REFUSED, Map.of("boardId", "Give the board"));
        }
        DecisionForm form = new DecisionForm();
        form.setPaperId(text(body.paperId()));
        form.setInitiativeId(text(body.initiativeId()));
        form.setSubject(body.subject());
        form.setOutcome(body.outcome() == null ? null : body.outcome().name());
        form.setRationale(body.rationale());
        form.setOptionsConsidered(body.optionsConsidered());
        form.setAssessmentsConsidered(body.assessmentsConsidered());
        if (body.meetingDate() != null) {
            form.setDay("" + body.meetingDate().getDayOfMonth());
            form.setMonth("" + body.meetingDate().getMonthValue());
            form.setYear("" + body.meetingDate().getYear());
        }
        form.setPresent(body.present() == null ? List.of() : body.present().stream().map(UUID::toString).toList());
        form.setDeclarations(body.declarations());
        form.setSupersedesId(text(body.supersedesId()));
        form.setAmountApproved(body.amountApproved() == null ? null : body.amountApproved().toPlainString());
        form.setAcknowledged(Boolean.TRUE.equals(body.evidenceAcknowledged()) ? "yes" : null);
        DecisionRecording.Result result;
        try {
            result = recording.record(subject, body.boardId(), form);
        } catch (DecisionRecording.DecisionConflict conflict) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        if (result.errors().any()) {
            return FormProblems.unprocessable(DECISION_REFUSED, result.errors());
        }
        DecisionRegister.Entry entry = register.find(subject.forceId(), result.decision().id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + entry.id())).body(entry);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

}
