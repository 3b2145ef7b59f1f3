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
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.DecisionForm;
import org.ironbridge.governance.internal.DecisionRecording;
import org.ironbridge.governance.internal.DecisionRegister;
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

    private final Boards boards;
    private final DecisionRegister register;
    private final DecisionRecording recording;

    GovernanceApi(Boards boards, DecisionRegister register, DecisionRecording recording) {
        this.boards = boards;
        this.register = register;
        this.recording = recording;
    }

    @GetMapping("/api/v1/boards")
    @Operation(summary = "The caller's force's boards, most senior first")
    List<BoardView> boards(Authentication authentication) {
        return boards.of(AccessPolicy.subjectOf(authentication).forceId()).stream().map(BoardView::of).toList();
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
            return invalid(Map.of("boardId", "Give the board"));
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
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            result.errors().summary().forEach(e -> errors.put(String.valueOf(e.get("href")).replace("#", ""),
                    String.valueOf(e.get("text"))));
            return invalid(errors);
        }
        DecisionRegister.Entry entry = register.find(subject.forceId(), result.decision().id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + entry.id())).body(entry);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static ResponseEntity<ProblemDetail> invalid(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The decision was not recorded: " + String.join("; ", errors.values()));
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
