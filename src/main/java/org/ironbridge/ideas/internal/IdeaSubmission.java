package org.ironbridge.ideas.internal;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Relationship;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and submitting an idea: a draft only its submitter sees, submitted when the whole story is
 * there, never created twice by a double-clicked button, never saved over a newer edit, audited in the
 * same transaction.
 */
@Component
public class IdeaSubmission {

    static final String RECORD_TYPE = "Idea";

    private final IdeaRepository ideas;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final IdeaTriage triage;
    private final Clock clock;

    IdeaSubmission(IdeaRepository ideas, People people, AccessPolicy policy, AuditTrail audit, JdbcClient jdbc,
                   IdeaTriage triage, Clock clock) {
        this.ideas = ideas;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.triage = triage;
        this.clock = clock;
    }

    /** The idea saved, or the errors to show with the input kept. */
    public record Outcome(Idea idea, FormErrors errors) {
    }

    @Transactional
    public Outcome create(Subject subject, IdeaForm form, boolean submitting) {
        UUID token = FormText.uuid(form.getFormToken());
        if (token == null) {
            form.setFormToken(UUID.randomUUID().toString());
            return new Outcome(null, new FormErrors().reject("title", "The form had expired. Check your idea and send it again"));
        }
        Optional<Idea> already = ideas.findByFormToken(token);
        if (already.isPresent()) {
            // The same form sent twice (a double click, a resent request): the first one stands.
            return new Outcome(mine(subject, already.get()), new FormErrors());
        }
        FormErrors errors = new FormErrors();
        Idea.Text text = form.validate(submitting, businessAreas(subject), errors);
        if (text == null) {
            return new Outcome(null, errors);
        }
        Idea idea = Idea.draft(subject.forceId(), nextReference(subject.forceId()), subject.personId(), text, token,
                clock.instant());
        if (submitting) {
            idea = triage.routed(idea.submitted(idea.createdAt()));
        }
        try {
            idea = ideas.save(idea);
        } catch (DuplicateKeyException raced) {
            return new Outcome(mine(subject, ideas.findByFormToken(token).orElseThrow()), new FormErrors());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, idea.id(), Operation.COLLECTION, (submitting ? "Submitted idea " : "Drafted idea ")
                + idea.reference() + " " + idea.title()).withChanges(describe(subject, null, idea)).inForce(subject.forceCode()));
        if (submitting) {
            triage.submitted(subject, null, idea);
        }
        return new Outcome(idea, errors);
    }

    @Transactional
    public Outcome edit(Subject subject, UUID ideaId, IdeaForm form, boolean submitting) {
        Idea idea = forEditing(subject, ideaId);
        FormErrors errors = new FormErrors();
        Idea.Text text = form.validate(submitting, businessAreas(subject), errors);
        if (text == null) {
            return new Outcome(null, errors);
        }
        Idea changed = idea.rewritten(text, clock.instant());
        if (!Objects.equals(form.getVersion(), idea.version())) {
            throw audit.conflictOn(RECORD_TYPE, ideaId.toString(), describe(subject, idea, changed), idea.updatedAt());
        }
        if (submitting) {
            changed = triage.routed(changed.submitted(changed.updatedAt()));
        }
        List<FieldChange> changes = describe(subject, idea, changed);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Outcome(idea, errors);
        }
        Idea saved;
        try {
            saved = ideas.save(changed);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, ideaId.toString(), changes, clock.instant());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, ideaId, Operation.ALTERATION, (submitting
                        ? (idea.status() == IdeaStatus.DRAFT ? "Submitted idea " : "Resubmitted idea ") : "Edited idea ")
                + idea.reference()).withChanges(changes).inForce(subject.forceCode()));
        if (submitting) {
            triage.submitted(subject, idea.status(), saved);
        }
        return new Outcome(saved, errors);
    }

    /** An idea this person may read: a published idea of their force, or their own draft. Otherwise not found. */
    @Transactional(readOnly = true)
    public Idea open(Subject subject, UUID ideaId) {
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, ideaId));
        RecordDecision reading = policy.decide(subject, Permission.USE_SERVICE, record(idea));
        // Its submitter wrote it, so they keep sight of it even once it is marked above their vetting.
        boolean own = idea.submitterId().equals(subject.personId()) && idea.forceId().equals(subject.forceId());
        if (!(reading.allowed() || own) || (!idea.status().published() && !mayEdit(subject, idea))) {
            throw new RecordNotFoundException(RECORD_TYPE, ideaId);
        }
        return idea;
    }

    @Transactional(readOnly = true)
    public Idea forEditing(Subject subject, UUID ideaId) {
        Idea idea = open(subject, ideaId);
        if (!mayEdit(subject, idea)) {
            throw new IdeaLocked(idea);
        }
        return idea;
    }

    /** Whether this person may change the idea now: its submitter, while it is a draft or needs more information. */
    public boolean mayEdit(Subject subject, Idea idea) {
        return idea.status().editable() && policy.decide(subject, Permission.EDIT_IDEA, record(idea)).allowed();
    }

    public IdeaForm formOf(Idea idea) {
        return IdeaForm.of(idea);
    }

    @Transactional(readOnly = true)
    public List<Idea> mine(Subject subject) {
        return ideas.findBySubmitterIdOrderByUpdatedAtDesc(subject.personId());
    }

    /** The submitter's name as this reader may see it: hidden from colleagues when they asked to be anonymous. */
    public String submitterShownTo(Subject reader, Idea idea) {
        if (idea.anonymous() && !idea.submitterId().equals(reader.personId())) {
            return "Anonymous";
        }
        return people.find(idea.submitterId()).map(PersonSummary::displayName).orElse("Unknown");
    }

    public List<UnitSummary> businessAreasOf(Subject subject) {
        return people.units(subject.forceId());
    }

    /** Thrown when someone asks to change an idea that is no longer theirs to change. */
    public static class IdeaLocked extends RuntimeException {
        private final transient Idea idea;

        IdeaLocked(Idea idea) {
            super("Idea " + idea.reference() + " can no longer be changed");
            this.idea = idea;
        }

        public Idea idea() {
            return idea;
        }
    }

    private Idea mine(Subject subject, Idea idea) {
        if (!idea.submitterId().equals(subject.personId())) {
            throw new RecordNotFoundException(RECORD_TYPE, idea.id());
        }
        return idea;
    }

    private Set<UUID> businessAreas(Subject subject) {
        return people.units(subject.forceId()).stream().map(UnitSummary::id).collect(Collectors.toSet());
    }

    private String nextReference(UUID forceId) {
        return reference(jdbc, forceId, Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
    }

    /** The force's next idea reference for the year, such as IDEA-2026-0042. */
    static String reference(JdbcClient jdbc, UUID forceId, int year) {
        int number = jdbc.sql("""
                insert into idea_reference_counter (force_id, year, last) values (:f, :y, 1)
                on conflict (force_id, year) do update set last = idea_reference_counter.last + 1
                returning last
                """).param("f", forceId).param("y", year).query(Integer.class).single();
        return "IDEA-%d-%04d".formatted(year, number);
    }

    private List<FieldChange> describe(Subject subject, Idea before, Idea after) {
        Map<UUID, String> areas = people.units(subject.forceId()).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        return List.of(
                new FieldChange("Title", before == null ? null : before.title(), after.title()),
                new FieldChange("Problem", before == null ? null : before.problem(), after.problem()),
                new FieldChange("Proposed change", before == null ? null : before.proposedChange(), after.proposedChange()),
                new FieldChange("Expected benefit", before == null ? null : before.expectedBenefit(), after.expectedBenefit()),
                new FieldChange("Hours saved a month", before == null || before.hoursSavedPerMonth() == null ? null
                        : before.hoursSavedPerMonth().toString(),
                        after.hoursSavedPerMonth() == null ? null : after.hoursSavedPerMonth().toString()),
                new FieldChange("Money saved a year", before == null || before.moneySavedPerYear() == null ? null
                        : Pounds.format(before.moneySavedPerYear()),
                        after.moneySavedPerYear() == null ? null : Pounds.format(after.moneySavedPerYear())),
                new FieldChange("Business area", before == null ? null : areas.get(before.businessAreaId()),
                        areas.get(after.businessAreaId())),
                new FieldChange("Name hidden from colleagues", before == null ? null : before.anonymous() ? "Yes" : "No",
                        after.anonymous() ? "Yes" : "No"),
                new FieldChange("Status", before == null ? null : before.status().label(), after.status().label()));
    }

    static ProtectedRecord record(Idea idea) {
        return ProtectedRecord.of(RECORD_TYPE, idea.id(), idea.forceId(), idea.classification())
                .with(Relationship.OWNER, idea.submitterId());
    }
}
