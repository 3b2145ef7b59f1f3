package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.governance.DecisionRecorded;
import org.ironbridge.governance.Outcome;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a board's decision: only when the board was quorate, with its rationale, options, the assessments
 * it had regard to and any declared interests, audited in the same transaction. A decision on a Change Paper
 * is what passes a gate, approves a financial request, answers an exception or closes an initiative, and it
 * does so only when the evidence the gate needs exists. A decision is never edited; a later one supersedes it.
 */
@Component
public class DecisionRecording {

    static final String RECORD_TYPE = "Decision";

    private final Boards boards;
    private final DecisionRepository decisions;
    private final PaperRepository papers;
    private final MeetingRepository meetings;
    private final ChangePapers changePapers;
    private final BoardActions actions;
    private final JdbcAggregateTemplate aggregates;
    private final DecisionReferences references;
    private final Portfolio portfolio;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionRecording(Boards boards, DecisionRepository decisions, PaperRepository papers, MeetingRepository meetings,
                      ChangePapers changePapers, BoardActions actions, JdbcAggregateTemplate aggregates,
                      DecisionReferences references, Portfolio portfolio, AccessPolicy policy, AuditTrail audit, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.boards = boards;
        this.decisions = decisions;
        this.papers = papers;
        this.meetings = meetings;
        this.changePapers = changePapers;
        this.actions = actions;
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
        return boards.board(subject, boardId);
    }

    /** The paper being decided, when the form names one: submitted to a meeting of this board. */
    public Paper paperFor(Subject subject, Board board, String paperId) {
        UUID id = FormText.uuid(paperId);
        if (id == null) {
            return null;
        }
        return papers.findById(id).filter(p -> p.forceId().equals(subject.forceId()))
                .filter(p -> p.status() == PaperStatus.SUBMITTED && p.meetingId() != null)
                .filter(p -> meetings.findById(p.meetingId()).map(Meeting::boardId).filter(board.id()::equals).isPresent())
                .orElse(null);
    }

    /** The gate the paper asks to pass, if it asks to pass one. */
    public GateCheck gateFor(Paper paper) {
        return paper != null && paper.kind().passesGate()
                ? portfolio.gateCheck(paper.initiativeId(), paper.processesPersonalData()) : null;
    }

    @Transactional
    public Result record(Subject subject, UUID boardId, DecisionForm form) {
        if (!policy.permits(subject, Permission.RECORD_DECISION)) {
            throw new AccessDeniedException("Not allowed to record decisions");
        }
        Board board = board(subject, boardId);
        FormErrors errors = new FormErrors();
        Paper paper = null;
        Meeting meeting = null;
        if (FormText.clean(form.getPaperId()) != null) {
            paper = paperFor(subject, board, form.getPaperId());
            if (paper == null) {
                errors.reject("paperId", "The paper must be one submitted to a meeting of this board and not yet decided");
            } else {
                meeting = meetings.findById(paper.meetingId()).orElseThrow();
            }
        }
        UUID initiativeId = paper != null ? paper.initiativeId() : initiative(subject, form.getInitiativeId(), errors);
        String topic = required(form.getSubject(), 200, "subject", "Enter what the board decided on", "Subject", errors);
        Outcome outcome = outcome(form.getOutcome(), errors);
        String rationale = required(form.getRationale(), 4000, "rationale", "Enter the reasons for the decision",
                "Rationale", errors);
        String options = optional(form.getOptionsConsidered(), 4000, "optionsConsidered", "Options considered", errors);
        String assessments = optional(form.getAssessmentsConsidered(), 4000, "assessmentsConsidered",
                "Assessments considered", errors);
        LocalDate today = LocalDate.now(clock.withZone(BoardMeetings.LONDON));
        LocalDate date = meeting != null ? meeting.startsAt().toLocalDate() : form.meetingDate();
        if (meeting != null && date.isAfter(today)) {
            errors.reject("paperId", "The meeting has not taken place yet: record its decisions on the day or after");
        } else if (date == null) {
            errors.reject("day", form.anyDatePart() ? "Meeting date must be a real date" : "Enter the date of the meeting");
        } else if (date.isAfter(today)) {
            errors.reject("day", "Meeting date must be today or in the past");
        }
        Set<UUID> present = present(board, form, errors);
        String declarations = FormText.clean(form.getDeclarations());
        if (FormText.tooLong(declarations, 2000)) {
            errors.reject("declarations", "Declarations of interest must be 2000 characters or fewer");
        }
        UUID supersedes = supersedes(board, form.getSupersedesId(), errors);
        List<BoardActions.ConditionDraft> conditions = conditions(subject, form, errors);
        if (outcome == Outcome.APPROVE_WITH_CONDITIONS && conditions.isEmpty() && !errors.has("condition1Description")) {
            errors.reject("condition1Description", "Enter at least one condition, with its owner and due date");
        }
        Effect effect = outcome == null || errors.has("paperId") ? Effect.NONE
                : effect(board, paper, initiativeId, outcome, form, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        String considered = effect.gate == null ? assessments : withEvidence(assessments, effect.gate);
        Decision decision = new Decision(UUID.randomUUID(), subject.forceId(), references.next(subject.forceId(), date.getYear()),
                board.id(), date, initiativeId, topic, outcome, rationale, present.size(), board.quorum(),
                board.chairId(), declarations, supersedes, subject.username(), clock.instant(),
                meeting == null ? null : meeting.id(), paper == null ? null : paper.id(), options, considered,
                effect.stageEntered, effect.amountApproved, effect.pilotConclusion);
        aggregates.insert(decision);
        audit.record(AuditEntry.of(RECORD_TYPE, decision.id(), Operation.COLLECTION, "Recorded decision "
                + decision.reference() + " of the " + board.name() + ": " + outcome.label() + " – " + topic)
                .inForce(subject.forceCode()));
        apply(subject, decision, paper, effect);
        actions.attach(subject, decision, conditions);
        if (paper != null) {
            changePapers.decided(paper, outcome == Outcome.DEFER);
        }
        events.publishEvent(new DecisionRecorded(decision.id(), subject.forceId(), subject.forceCode(), decision.reference(),
                board.name(), board.tier(), initiativeId, paper == null ? null : paper.id(),
                paper == null ? null : paper.reference(), paper != null && paper.kind().passesGate(), outcome, date,
                subject.username()));
        return new Result(decision, errors);
    }

    /** What a decision does beyond being recorded. */
    private record Effect(GateCheck gate, Stage from, Stage stageEntered, BigDecimal amountApproved,
                          Decision.PilotConclusion pilotConclusion) {
        static final Effect NONE = new Effect(null, null, null, null, null);
    }

    private Effect effect(Board board, Paper paper, UUID initiativeId, Outcome outcome, DecisionForm form,
                          FormErrors errors) {
        boolean approves = outcome == Outcome.APPROVE || outcome == Outcome.APPROVE_WITH_CONDITIONS;
        InitiativeSummary initiative = initiativeId == null ? null : portfolio.find(initiativeId).orElse(null);
        if (paper == null) {
            if (initiative != null && outcome == Outcome.CLOSE) {
                errors.reject("outcome", "An initiative is closed only on its closure paper: record the decision against it");
            }
            return Effect.NONE;
        }
        switch (paper.kind()) {
            case COMMISSIONING, GATE -> {
                if (!approves) {
                    return stopOrNone(outcome, initiative);
                }
                GateCheck gate = gateFor(paper);
                if (gate.to() == null) {
                    errors.reject("outcome", "The initiative has no further gate to pass");
                } else if (!gate.passable()) {
                    errors.reject("outcome", "The " + gate.gateName() + " gate cannot be passed without its evidence. Missing: "
                            + gate.missing().stream().map(e -> e.name() + " (" + e.detail() + ")").collect(Collectors.joining("; ")));
                } else if (!gate.notYetAvailable().isEmpty() && !"yes".equals(form.getAcknowledged())) {
                    errors.reject("acknowledged", "Confirm that the board has seen that "
                            + gate.notYetAvailable().stream().map(e -> e.name()).collect(Collectors.joining(" and "))
                            + " cannot yet be shown in Ironbridge and has considered the evidence put to it");
                }
                return new Effect(gate, gate.from(), gate.to(), null, null);
            }
            case FINANCIAL_REQUEST -> {
                if (!approves && outcome != Outcome.RELEASE_FUNDS) {
                    return stopOrNone(outcome, initiative);
                }
                if (board.tier() != Tier.CHANGE_BOARD) {
                    errors.reject("outcome", "Only the Change Board approves financial requests");
                }
                BigDecimal amount = Pounds.parse(form.getAmountApproved());
                if (FormText.clean(form.getAmountApproved()) == null) {
                    errors.reject("amountApproved", "Enter the amount approved");
                } else if (amount == null || amount.signum() <= 0) {
                    errors.reject("amountApproved", "Amount approved must be an amount in pounds, like 250000 or £1,250,000.50");
                }
                return new Effect(null, null, null, amount, null);
            }
            case CLOSURE -> {
                if (outcome != Outcome.CLOSE) {
                    return stopOrNone(outcome, initiative);
                }
                Decision.PilotConclusion conclusion = FormText.choice(Decision.PilotConclusion.class, form.getPilotConclusion());
                if (initiative.type() == InitiativeType.PILOT && conclusion == null) {
                    errors.reject("pilotConclusion", "Select whether the pilot is scaled up, extended or stopped");
                }
                return new Effect(null, initiative.stage(), portfolio.stageAfterClosure(initiativeId), null,
                        initiative.type() == InitiativeType.PILOT ? conclusion : null);
            }
            default -> {
                return stopOrNone(outcome, initiative);
            }
        }
    }

    /** A decision to stop sends the initiative to closure: it is still closed properly, on a closure paper. */
    private static Effect stopOrNone(Outcome outcome, InitiativeSummary initiative) {
        if (outcome == Outcome.STOP && initiative != null && initiative.stage().ordinal() < Stage.CLOSURE.ordinal()) {
            return new Effect(null, initiative.stage(), Stage.CLOSURE, null, null);
        }
        return Effect.NONE;
    }

    private void apply(Subject subject, Decision decision, Paper paper, Effect effect) {
        if (effect.stageEntered != null) {
            try {
                portfolio.enterStage(subject, decision.initiativeId(), effect.from, effect.stageEntered, decision.reference());
            } catch (IllegalStateException movedMeanwhile) {
                throw new DecisionConflict(movedMeanwhile.getMessage());
            }
        }
        if (effect.amountApproved != null) {
            portfolio.approveFunding(subject, decision.initiativeId(), effect.amountApproved, decision.id(),
                    decision.reference());
        }
        if (paper != null && paper.kind() == PaperKind.EXCEPTION && paper.exceptionReportId() != null) {
            portfolio.decideException(subject, paper.exceptionReportId(), decision.id(), decision.reference());
        }
    }

    /** The gate's evidence, item by item, becomes part of what the board is recorded as having considered. */
    private static String withEvidence(String assessments, GateCheck gate) {
        String evidence = "Evidence for " + gate.gateName() + ": " + gate.evidence().stream()
                .map(e -> e.name() + " – " + e.status().label().toLowerCase() + (e.status() == GateCheck.Status.NOT_YET_AVAILABLE
                        ? " (acknowledged by the board)" : " (" + e.detail() + ")"))
                .collect(Collectors.joining("; "));
        return assessments == null ? evidence : assessments + "\n" + evidence;
    }

    private Set<UUID> present(Board board, DecisionForm form, FormErrors errors) {
        Set<UUID> present = new HashSet<>();
        for (String value : form.getPresent()) {
            UUID id = FormText.uuid(value);
            if (id == null || !board.memberIds().contains(id)) {
                errors.reject("present", "Select the members present from the list");
            } else {
                present.add(id);
            }
        }
        if (!errors.has("present")) {
            Quorum.refusal(present.size(), board.memberIds().size(), board.quorum())
                    .ifPresent(refusal -> errors.reject("present", refusal));
        }
        return present;
    }

    private List<BoardActions.ConditionDraft> conditions(Subject subject, DecisionForm form, FormErrors errors) {
        List<BoardActions.ConditionDraft> drafts = new ArrayList<>();
        List<String[]> slots = form.conditionSlots();
        for (int i = 0; i < slots.size(); i++) {
            String[] slot = slots.get(i);
            BoardActions.ConditionDraft draft = actions.validate(subject.forceId(), "condition" + (i + 1), slot[0], slot[1],
                    slot[2], slot[3], slot[4], errors);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        return drafts;
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
        String cleaned = optional(value, limit, field, label, errors);
        if (cleaned == null) {
            errors.reject(field, missing);
        }
        return cleaned;
    }

    private static String optional(String value, int limit, String field, String label, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (FormText.tooLong(cleaned, limit)) {
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

    /** Another decision moved the initiative on while this one was being recorded: nothing is saved. */
    public static class DecisionConflict extends RuntimeException {
        DecisionConflict(String message) {
            super(message);
        }
    }
}
