package org.ironbridge.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.governance.Outcome;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a board's decision: only when the board was quorate, with its rationale and any declared
 * interests, audited in the same transaction. A decision is never edited; a later one supersedes it.
 */
@Component
public class DecisionRecording {

    static final String RECORD_TYPE = "Decision";

    private final BoardRepository boards;
    private final DecisionRepository decisions;
    private final JdbcAggregateTemplate aggregates;
    private final DecisionReferences references;
    private final Portfolio portfolio;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    DecisionRecording(BoardRepository boards, DecisionRepository decisions, JdbcAggregateTemplate aggregates,
                      DecisionReferences references, Portfolio portfolio, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.boards = boards;
        this.decisions = decisions;
        this.aggregates = aggregates;
        this.references = references;
        this.portfolio = portfolio;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The recorded decision, or the errors to show with the input kept. */
    public record Result(Decision decision, FormErrors errors) {
    }

    public Board board(Subject subject, UUID boardId) {
        Board board = boards.findById(boardId).orElseThrow(() -> new RecordNotFoundException("Board", boardId));
        if (!board.forceId().equals(subject.forceId())) {
            throw new RecordNotFoundException("Board", boardId);
        }
        return board;
    }

    @Transactional
    public Result record(Subject subject, UUID boardId, DecisionForm form) {
        if (!policy.permits(subject, Permission.RECORD_DECISION)) {
            throw new AccessDeniedException("Not allowed to record decisions");
        }
        Board board = board(subject, boardId);
        FormErrors errors = new FormErrors();
        UUID initiativeId = initiative(subject, form.getInitiativeId(), errors);
        String topic = required(form.getSubject(), 200, "subject", "Enter what the board decided on", "Subject", errors);
        Outcome outcome = outcome(form.getOutcome(), errors);
        String rationale = required(form.getRationale(), 4000, "rationale", "Enter the reasons for the decision",
                "Rationale", errors);
        LocalDate date = form.meetingDate();
        if (date == null) {
            errors.reject("day", form.anyDatePart() ? "Meeting date must be a real date" : "Enter the date of the meeting");
        } else if (date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            errors.reject("day", "Meeting date must be today or in the past");
        }
        Set<UUID> present = new HashSet<>();
        for (String value : form.getPresent()) {
            UUID id = FormText.uuid(value);
            if (id == null || !board.memberIds().contains(id)) {
                errors.reject("present", "Select the members present from the list");
            } else {
                present.add(id);
            }
        }
        if (!errors.has("present") && present.size() < board.quorum()) {
            errors.reject("present", "The board was not quorate: " + present.size() + " of its " + board.memberIds().size()
                    + " members were present and its quorum is " + board.quorum()
                    + ". A decision cannot be recorded without quorum");
        }
        String declarations = FormText.clean(form.getDeclarations());
        if (FormText.tooLong(declarations, 2000)) {
            errors.reject("declarations", "Declarations of interest must be 2000 characters or fewer");
        }
        UUID supersedes = supersedes(board, form.getSupersedesId(), errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        Decision decision = new Decision(UUID.randomUUID(), subject.forceId(), references.next(subject.forceId(), date.getYear()),
                board.id(), date, initiativeId, topic, outcome, rationale, present.size(), board.quorum(),
                board.chairId(), declarations, supersedes, subject.username(), clock.instant());
        aggregates.insert(decision);
        audit.record(AuditEntry.of(RECORD_TYPE, decision.id(), Operation.COLLECTION, "Recorded decision "
                + decision.reference() + " of the " + board.name() + ": " + outcome.label() + " – " + topic)
                .inForce(subject.forceCode()));
        return new Result(decision, errors);
    }

    private UUID initiative(Subject subject, String value, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            return null;
        }
        UUID id = FormText.uuid(cleaned);
        boolean ours = id != null && portfolio.find(id).map(InitiativeSummary::forceId)
                .filter(subject.forceId()::equals).isPresent();
        if (!ours) {
            errors.reject("initiativeId", "Select the initiative from the list");
            return null;
        }
        return id;
    }

    private UUID supersedes(Board board, String value, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            return null;
        }
        UUID id = FormText.uuid(cleaned);
        if (id == null || decisions.findById(id).filter(d -> d.boardId().equals(board.id())).isEmpty()) {
            errors.reject("supersedesId", "Select the earlier decision of this board from the list");
            return null;
        }
        return id;
    }

    private static String required(String value, int limit, String field, String missing, String label, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            errors.reject(field, missing);
        } else if (FormText.tooLong(cleaned, limit)) {
            errors.reject(field, label + " must be " + limit + " characters or fewer");
        }
        return cleaned;
    }

    private static Outcome outcome(String value, FormErrors errors) {
        Outcome outcome = FormText.choice(Outcome.class, value);
        if (outcome == null) {
            errors.reject("outcome", "Select the outcome");
        }
        return outcome;
    }
}
