package org.ironbridge.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions agreed at meetings and conditions attached to decisions, each with an owner and a due date,
 * tracked until done. The owner, or the secretariat, marks one done with a note of what was done.
 */
@Component
public class BoardActions {

    static final String RECORD_TYPE = "Action";

    private final TrackedActionRepository actions;
    private final BoardMeetings meetings;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    BoardActions(TrackedActionRepository actions, BoardMeetings meetings, People people, AccessPolicy policy,
                 AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A condition as typed into the decision form, validated. */
    record ConditionDraft(String description, UUID ownerId, LocalDate dueOn) {
    }

    public List<TrackedAction> ofForce(UUID forceId) {
        return actions.findByForceIdOrderByDueOn(forceId);
    }

    public List<TrackedAction> ofMeeting(UUID meetingId) {
        return actions.findByMeetingIdOrderByDueOn(meetingId);
    }

    public List<TrackedAction> ofDecision(UUID decisionId) {
        return actions.findByDecisionIdOrderByDueOn(decisionId);
    }

    public TrackedAction action(Subject subject, UUID actionId) {
        TrackedAction action = actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, actionId));
        if (!action.forceId().equals(subject.forceId())) {
            throw new RecordNotFoundException(RECORD_TYPE, actionId);
        }
        return action;
    }

    public boolean mayComplete(Subject subject, TrackedAction action) {
        return !action.done() && (subject.personId().equals(action.ownerId())
                || policy.permits(subject, Permission.RECORD_DECISION));
    }

    @Transactional
    public FormErrors agree(Subject subject, UUID meetingId, String description, String ownerId, String day, String month,
                            String year) {
        Meeting meeting = meetings.meeting(subject, meetingId);
        if (!meetings.maySecretariat(subject)) {
            throw new AccessDeniedException("Not allowed to record actions");
        }
        FormErrors errors = new FormErrors();
        ConditionDraft draft = validate(subject.forceId(), "action", description, ownerId, day, month, year, errors);
        if (errors.any()) {
            return errors;
        }
        TrackedAction saved = actions.save(new TrackedAction(UUID.randomUUID(), subject.forceId(), meeting.boardId(),
                meetingId, null, TrackedAction.Kind.ACTION, draft.description(), draft.ownerId(), draft.dueOn(), null, null,
                null, subject.username(), clock.instant(), null));
        audit.record(AuditEntry.of(RECORD_TYPE, saved.id(), Operation.COLLECTION, "Action agreed: " + draft.description())
                .inForce(subject.forceCode()));
        return errors;
    }

    /**
     * Validates one action or condition. Fields are named {@code <prefix>Description}, {@code <prefix>Owner},
     * {@code <prefix>Day} so that several can sit on one form. An entirely blank one returns null.
     */
    ConditionDraft validate(UUID forceId, String prefix, String description, String ownerId, String day, String month,
                            String year, FormErrors errors) {
        String text = FormText.clean(description);
        boolean anyDate = FormText.clean(day) != null || FormText.clean(month) != null || FormText.clean(year) != null;
        if (text == null && FormText.clean(ownerId) == null && !anyDate) {
            if (prefix.equals("action")) {
                errors.reject(prefix + "Description", "Enter the action");
            }
            return null;
        }
        if (text == null) {
            errors.reject(prefix + "Description", "Enter what must be done");
        } else if (FormText.tooLong(text, 1000)) {
            errors.reject(prefix + "Description", "Description must be 1000 characters or fewer");
        }
        UUID owner = FormText.uuid(ownerId);
        Set<UUID> active = people.inForce(forceId).stream().filter(PersonSummary::active).map(PersonSummary::id)
                .collect(Collectors.toSet());
        if (owner == null || !active.contains(owner)) {
            errors.reject(prefix + "Owner", "Select who owns it from the list");
        }
        LocalDate due = FormText.date(day, month, year);
        if (due == null) {
            errors.reject(prefix + "Day", anyDate ? "Due date must be a real date" : "Enter the due date");
        } else if (due.isBefore(meetings.today())) {
            errors.reject(prefix + "Day", "Due date must be today or in the future");
        }
        return new ConditionDraft(text, owner, due);
    }

    /** Conditions of a decision, saved in the decision's transaction. */
    void attach(Subject subject, Decision decision, List<ConditionDraft> conditions) {
        for (ConditionDraft c : conditions) {
            TrackedAction saved = actions.save(new TrackedAction(UUID.randomUUID(), decision.forceId(), decision.boardId(),
                    decision.meetingId(), decision.id(), TrackedAction.Kind.CONDITION, c.description(), c.ownerId(), c.dueOn(),
                    null, null, null, subject.username(), clock.instant(), null));
            audit.record(AuditEntry.of(RECORD_TYPE, saved.id(), Operation.COLLECTION, "Condition of decision "
                    + decision.reference() + ": " + c.description()).inForce(subject.forceCode()));
        }
    }

    @Transactional
    public FormErrors complete(Subject subject, UUID actionId, String note, Integer version) {
        TrackedAction action = action(subject, actionId);
        if (action.done()) {
            return new FormErrors().reject("note", "This has already been marked as done");
        }
        if (!mayComplete(subject, action)) {
            // Shown as an error rather than a refusal page: the person may see the action, just not close it.
            return new FormErrors().reject("note", "Only the owner of this " + action.kind().label().toLowerCase()
                    + " or the board secretariat can mark it done");
        }
        FormErrors errors = new FormErrors();
        String text = FormText.clean(note);
        if (text == null) {
            errors.reject("note", "Enter what was done");
        } else if (FormText.tooLong(text, 2000)) {
            errors.reject("note", "What was done must be 2000 characters or fewer");
        }
        if (errors.any()) {
            return errors;
        }
        if (!Objects.equals(version, action.version())) {
            throw audit.conflictOn(RECORD_TYPE, actionId.toString(), List.of(), clock.instant());
        }
        try {
            actions.save(action.completed(meetings.today(), subject.displayName(), text));
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, actionId.toString(), List.of(), clock.instant());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, actionId, Operation.ALTERATION, action.kind().label() + " done: "
                        + action.description())
                .withChanges(List.of(new FieldChange("Done", null, text))).inForce(subject.forceCode()));
        return errors;
    }
}
