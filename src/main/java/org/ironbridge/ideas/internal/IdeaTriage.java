package org.ironbridge.ideas.internal;

import static org.ironbridge.ideas.IdeaStatus.ALREADY_BEING_DONE;
import static org.ironbridge.ideas.IdeaStatus.APPROVED;
import static org.ironbridge.ideas.IdeaStatus.DECLINED;
import static org.ironbridge.ideas.IdeaStatus.DUPLICATE;
import static org.ironbridge.ideas.IdeaStatus.IMPLEMENTED_LOCALLY;
import static org.ironbridge.ideas.IdeaStatus.IN_TRIAGE;
import static org.ironbridge.ideas.IdeaStatus.NEEDS_MORE_INFORMATION;
import static org.ironbridge.ideas.IdeaStatus.SHORTLISTED;
import static org.ironbridge.ideas.IdeaStatus.SUBMITTED;
import static org.ironbridge.ideas.IdeaStatus.UNDER_ASSESSMENT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.IdeaStatusChanged;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeProposal;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage: a submitted idea is routed to a business area's queue and checked for what a human should look
 * at; a moderator then moves it through the lifecycle to an answer. Every move is checked against the
 * idea's version (two moderators never overwrite each other), kept in its history, audited, and announced
 * to its submitter and followers in the same transaction.
 */
@Component
public class IdeaTriage {

    /** Where a moderator may take an idea from each status. */
    static final Map<IdeaStatus, Set<IdeaStatus>> MOVES = Map.of(
            SUBMITTED, EnumSet.of(IN_TRIAGE, NEEDS_MORE_INFORMATION, UNDER_ASSESSMENT, DECLINED, DUPLICATE,
                    ALREADY_BEING_DONE, IMPLEMENTED_LOCALLY),
            IN_TRIAGE, EnumSet.of(NEEDS_MORE_INFORMATION, UNDER_ASSESSMENT, DECLINED, DUPLICATE, ALREADY_BEING_DONE,
                    IMPLEMENTED_LOCALLY),
            NEEDS_MORE_INFORMATION, EnumSet.of(DECLINED, DUPLICATE, ALREADY_BEING_DONE, IMPLEMENTED_LOCALLY),
            UNDER_ASSESSMENT, EnumSet.of(SHORTLISTED, NEEDS_MORE_INFORMATION, DECLINED, DUPLICATE, ALREADY_BEING_DONE,
                    IMPLEMENTED_LOCALLY),
            SHORTLISTED, EnumSet.of(APPROVED, UNDER_ASSESSMENT, DECLINED, ALREADY_BEING_DONE, IMPLEMENTED_LOCALLY));

    static final Set<IdeaStatus> OPEN = EnumSet.of(SUBMITTED, IN_TRIAGE, NEEDS_MORE_INFORMATION, UNDER_ASSESSMENT, SHORTLISTED);

    private static final Set<IdeaStatus> DECIDED = EnumSet.of(APPROVED, DECLINED, DUPLICATE, ALREADY_BEING_DONE,
            IMPLEMENTED_LOCALLY);

    /** A quality flag as the moderator sees it. */
    public record FlagView(String kind, String field, String excerpt, String reason) {
    }

    /** An internal note. */
    public record Note(UUID id, String author, String body, Instant createdAt) {
    }

    /** One move in the idea's history. */
    public record Move(IdeaStatus from, IdeaStatus to, String actor, String answer, Instant at) {
    }

    /** The outcome of a moderator's request: the idea as it now stands, or the errors to show. */
    public record Outcome(Idea idea, FormErrors errors) {
    }

    private final IdeaRepository ideas;
    private final PortalSettings settings;
    private final People people;
    private final Portfolio portfolio;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdeaTriage(IdeaRepository ideas, PortalSettings settings, People people, Portfolio portfolio, AccessPolicy policy,
               AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.settings = settings;
        this.people = people;
        this.portfolio = portfolio;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A newly submitted idea, routed to its queue; a resubmitted one keeps the queue it had. */
    Idea routed(Idea idea) {
        if (idea.triage().routedBecause() != null) {
            return idea;
        }
        Map<UUID, String> names = unitNames(idea.forceId());
        UUID submitterUnit = people.find(idea.submitterId()).map(PersonSummary::organisationUnit)
                .flatMap(unit -> people.units(idea.forceId()).stream().filter(u -> u.name().equals(unit)).findFirst())
                .map(UnitSummary::id).orElse(null);
        IdeaRouting.Route route = IdeaRouting.route(idea.text(), submitterUnit, settings.routingRules(idea.forceId()), names);
        Idea.Triage t = idea.triage();
        return idea.triaged(idea.status(), new Idea.Triage(route.queueUnitId(), route.ruleId(), route.because(), t.answer(),
                t.declineReasonId(), t.duplicateOfId(), t.initiativeId(), t.firstResponseAt(), t.decidedAt()), idea.updatedAt());
    }

    /** After a submission or resubmission is saved: flag what a human should look at, keep the move, tell people. */
    void submitted(Subject submitter, IdeaStatus from, Idea idea) {
        flag(idea, idea.updatedAt());
        moved(idea, from, submitter.personId(), null, idea.updatedAt());
    }

    /** Replaces the idea's quality flags with what the checks find in it now. */
    void flag(Idea idea, Instant at) {
        PortalSettings.Terms terms = settings.terms(idea.forceId());
        jdbc.sql("delete from idea_quality_flag where idea_id = :id").param("id", idea.id()).update();
        for (QualityChecks.Flag flag : QualityChecks.check(idea.text(), terms.sensitive(), terms.misconduct())) {
            jdbc.sql("""
                    insert into idea_quality_flag (id, idea_id, kind, field, excerpt, reason, raised_at)
                    values (:id, :idea, :kind, :field, :excerpt, :reason, :at)
                    """).param("id", UUID.randomUUID()).param("idea", idea.id()).param("kind", flag.kind().name())
                    .param("field", flag.field()).param("excerpt", limit(flag.excerpt(), 300))
                    .param("reason", limit(flag.reason(), 300)).param("at", java.sql.Timestamp.from(at)).update();
        }
    }

    /** The idea as a moderator opens it; reading an OFFICIAL-SENSITIVE idea is logged as a consultation. */
    @Transactional
    public Idea open(Subject subject, UUID ideaId) {
        Idea idea = ideas.findById(ideaId).filter(i -> i.status().published())
                .orElseThrow(() -> new RecordNotFoundException(IdeaSubmission.RECORD_TYPE, ideaId));
        if (!mayModerate(subject, idea)) {
            throw new RecordNotFoundException(IdeaSubmission.RECORD_TYPE, ideaId);
        }
        consulted(subject, idea);
        return idea;
    }

    /** Logs that a moderator read an OFFICIAL-SENSITIVE idea (DPA 2018 s62: consultation). */
    @Transactional
    public void consulted(Subject subject, Idea idea) {
        if (idea.classification() == Classification.OFFICIAL_SENSITIVE && mayModerate(subject, idea)) {
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, idea.id(), Operation.CONSULTATION,
                    "Viewed OFFICIAL-SENSITIVE idea " + idea.reference()).inForce(subject.forceCode()));
        }
    }

    public boolean mayModerate(Subject subject, Idea idea) {
        return policy.decide(subject, Permission.MODERATE_IDEAS, IdeaSubmission.record(idea)).allowed();
    }

    /** What a moderator may do with an idea in its status. */
    public Set<IdeaStatus> movesFrom(IdeaStatus status) {
        return MOVES.getOrDefault(status, Set.of());
    }

    @Transactional
    public Outcome decide(Subject subject, UUID ideaId, TriageForm form) {
        Idea idea = open(subject, ideaId);
        FormErrors errors = new FormErrors();
        stale(idea, form.getVersion(), "Status", idea.status().label());
        TriageForm.Decision decision = form.validate(movesFrom(idea.status()), errors);
        if (decision == null) {
            return new Outcome(idea, errors);
        }
        Instant now = clock.instant();
        Idea.Triage t = idea.triage();
        UUID initiativeId = t.initiativeId();
        UUID duplicateOf = null;
        UUID reason = null;
        String answer = decision.answer();
        switch (decision.outcome()) {
            case DECLINED -> {
                Optional<PortalSettings.DeclineReason> chosen = settings.declineReason(idea.forceId(), decision.declineReasonId())
                        .filter(PortalSettings.DeclineReason::active);
                if (chosen.isEmpty()) {
                    return new Outcome(idea, errors.reject("declineReasonId", "Choose the reason the idea is declined"));
                }
                reason = chosen.get().id();
            }
            case DUPLICATE -> {
                Optional<Idea> original = ideas.findByForceIdAndReference(idea.forceId(), decision.originalReference());
                if (original.isEmpty() || !original.get().status().published()) {
                    return new Outcome(idea, errors.reject("originalReference", "There is no submitted idea "
                            + decision.originalReference() + " in your force"));
                }
                if (original.get().id().equals(idea.id())) {
                    return new Outcome(idea, errors.reject("originalReference", "An idea cannot be a duplicate of itself"));
                }
                if (original.get().status() == DUPLICATE) {
                    return new Outcome(idea, errors.reject("originalReference", original.get().reference()
                            + " is itself a duplicate of another idea: enter the reference of that one"));
                }
                duplicateOf = original.get().id();
                if (answer == null) {
                    answer = "This is the same as idea " + original.get().reference() + ", " + original.get().title()
                            + ". Your idea, its supporters and its followers now count towards that one.";
                }
            }
            case ALREADY_BEING_DONE -> {
                Optional<InitiativeSummary> initiative = portfolio.inForce(idea.forceId()).stream()
                        .filter(i -> i.reference().equalsIgnoreCase(decision.initiativeReference())).findFirst();
                if (initiative.isEmpty()) {
                    return new Outcome(idea, errors.reject("initiativeReference", "There is no initiative "
                            + decision.initiativeReference() + " in your force's portfolio"));
                }
                initiativeId = initiative.get().id();
                if (answer == null) {
                    answer = "Initiative " + initiative.get().reference() + ", " + initiative.get().title()
                            + ", already covers this.";
                }
            }
            case APPROVED -> {
                long supporters = jdbc.sql("select count(*) from (" + IdeaConversation.SUPPORTERS + ") sp")
                        .param("idea", idea.id()).query(Long.class).single();
                InitiativeSummary initiative = portfolio.propose(new InitiativeProposal(idea.forceId(), "ideas",
                        idea.id().toString(), idea.title(), proposalSummary(idea, supporters), decision.initiativeType(),
                        idea.businessAreaId() == null ? Set.of() : Set.of(idea.businessAreaId())));
                initiativeId = initiative.id();
                if (answer == null) {
                    answer = "Your idea has become proposed initiative " + initiative.reference()
                            + " in the force's change portfolio.";
                }
            }
            default -> {
            }
        }
        Idea.Triage next = new Idea.Triage(t.queueUnitId(), t.routingRuleId(), t.routedBecause(),
                answer == null ? t.answer() : answer, reason, duplicateOf, initiativeId,
                t.firstResponseAt() == null ? now : t.firstResponseAt(),
                DECIDED.contains(decision.outcome()) ? now : null);
        Idea changed = save(subject, idea, idea.triaged(decision.outcome(), next, now),
                "Moved idea " + idea.reference() + " to " + decision.outcome().label(), answer);
        return new Outcome(changed, errors);
    }

    /** Undoes a merge: the idea returns to where it was before it was marked a duplicate. */
    @Transactional
    public Idea separate(Subject subject, UUID ideaId, Integer version) {
        Idea idea = open(subject, ideaId);
        stale(idea, version, "Status", idea.status().label());
        if (idea.status() != DUPLICATE) {
            return idea;
        }
        IdeaStatus before = jdbc.sql("""
                select from_status from idea_status_change where idea_id = :id and to_status = 'DUPLICATE'
                order by changed_at desc limit 1
                """).param("id", idea.id()).query(String.class).optional().map(IdeaStatus::valueOf).orElse(IN_TRIAGE);
        Instant now = clock.instant();
        Idea.Triage t = idea.triage();
        String answer = "Your idea is no longer treated as a duplicate; it is considered on its own again.";
        return save(subject, idea, idea.triaged(before, new Idea.Triage(t.queueUnitId(), t.routingRuleId(), t.routedBecause(),
                answer, null, null, t.initiativeId(), t.firstResponseAt(), null), now),
                "Separated idea " + idea.reference() + " from the idea it had been merged with", answer);
    }

    /** Sends the idea to another business area's queue, saying why. */
    @Transactional
    public Outcome reroute(Subject subject, UUID ideaId, Integer version, String queue, String why) {
        Idea idea = open(subject, ideaId);
        stale(idea, version, "Queue", unitNames(idea.forceId()).get(idea.triage().queueUnitId()));
        FormErrors errors = new FormErrors();
        UUID unit = FormText.uuid(queue);
        Map<UUID, String> names = unitNames(idea.forceId());
        if (unit == null || !names.containsKey(unit)) {
            errors.reject("queue", "Choose the business area whose queue it should go to");
        }
        String reason = FormText.clean(why);
        if (reason == null) {
            errors.reject("why", "Say why it is re-routed");
        } else if (FormText.tooLong(reason, 200)) {
            errors.reject("why", "The reason must be 200 characters or fewer");
        }
        if (errors.any()) {
            return new Outcome(idea, errors);
        }
        Idea.Triage t = idea.triage();
        String because = "Re-routed by " + subject.displayName() + ": " + reason;
        Idea changed = idea.triaged(idea.status(), new Idea.Triage(unit, null, because, t.answer(), t.declineReasonId(),
                t.duplicateOfId(), t.initiativeId(), t.firstResponseAt(), t.decidedAt()), clock.instant());
        return new Outcome(persist(subject, idea, changed, "Re-routed idea " + idea.reference() + " to " + names.get(unit)), errors);
    }

    /** Marks the idea OFFICIAL or OFFICIAL-SENSITIVE; staff without the vetting for it then no longer see it. */
    @Transactional
    public Outcome classify(Subject subject, UUID ideaId, Integer version, String marking) {
        Idea idea = open(subject, ideaId);
        stale(idea, version, "Classification", idea.classification().marking());
        Classification chosen = FormText.choice(Classification.class, marking);
        if (chosen == null || chosen.ordinal() > Classification.OFFICIAL_SENSITIVE.ordinal()) {
            return new Outcome(idea, new FormErrors().reject("classification", "Choose OFFICIAL or OFFICIAL-SENSITIVE"));
        }
        if (chosen == idea.classification()) {
            return new Outcome(idea, new FormErrors());
        }
        return new Outcome(persist(subject, idea, idea.classified(chosen, clock.instant()),
                "Marked idea " + idea.reference() + " " + chosen.marking()), new FormErrors());
    }

    @Transactional
    public Outcome addNote(Subject subject, UUID ideaId, String text) {
        Idea idea = open(subject, ideaId);
        String body = FormText.clean(text);
        FormErrors errors = new FormErrors();
        if (body == null) {
            errors.reject("note", "Write the note");
        } else if (FormText.tooLong(body, 2000)) {
            errors.reject("note", "The note must be 2,000 characters or fewer");
        }
        if (errors.any()) {
            return new Outcome(idea, errors);
        }
        UUID id = note(idea.id(), subject.personId(), body, clock.instant());
        audit.record(AuditEntry.of("Idea note", id, Operation.COLLECTION, "Added an internal note to idea " + idea.reference())
                .withChanges(List.of(new FieldChange("Note", null, body))).inForce(subject.forceCode()));
        return new Outcome(idea, errors);
    }

    UUID note(UUID ideaId, UUID author, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into idea_note (id, idea_id, author_id, body, created_at) values (:id, :idea, :author, :body, :at)")
                .param("id", id).param("idea", ideaId).param("author", author).param("body", body)
                .param("at", java.sql.Timestamp.from(at)).update();
        return id;
    }

    public List<Note> notes(UUID ideaId) {
        return jdbc.sql("""
                select n.id, p.display_name as author, n.body, n.created_at from idea_note n join person p on p.id = n.author_id
                where n.idea_id = :id order by n.created_at
                """).param("id", ideaId).query(Note.class).list();
    }

    public List<FlagView> flags(UUID ideaId) {
        return jdbc.sql("select kind, field, excerpt, reason from idea_quality_flag where idea_id = :id order by raised_at, kind")
                .param("id", ideaId).query((rs, n) -> new FlagView(QualityChecks.Kind.valueOf(rs.getString(1)).label(),
                        rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public List<Move> history(UUID ideaId) {
        return jdbc.sql("""
                select c.from_status, c.to_status, p.display_name, c.answer, c.changed_at
                from idea_status_change c join person p on p.id = c.actor_id where c.idea_id = :id order by c.changed_at
                """).param("id", ideaId).query((rs, n) -> new Move(rs.getString(1) == null ? null : IdeaStatus.valueOf(rs.getString(1)),
                IdeaStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** The ideas merged into this one. */
    public List<Idea> duplicatesOf(UUID ideaId) {
        return ideas.findByDuplicateOfId(ideaId);
    }

    public Optional<Idea> byId(UUID ideaId) {
        return ideas.findById(ideaId);
    }

    public Map<UUID, String> unitNames(UUID forceId) {
        return people.units(forceId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    private void stale(Idea idea, Integer version, String field, String now) {
        if (!Objects.equals(version, idea.version())) {
            throw audit.conflictOn(IdeaSubmission.RECORD_TYPE, idea.id().toString(),
                    List.of(new FieldChange(field, null, now)), idea.updatedAt());
        }
    }

    private Idea save(Subject subject, Idea before, Idea after, String summary, String answer) {
        Idea saved = persist(subject, before, after, summary);
        moved(saved, before.status(), subject.personId(), answer, saved.updatedAt());
        return saved;
    }

    private Idea persist(Subject subject, Idea before, Idea after, String summary) {
        Idea saved;
        try {
            saved = ideas.save(after);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(IdeaSubmission.RECORD_TYPE, before.id().toString(), changes(before, after), clock.instant());
        }
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, before.id(), Operation.ALTERATION, summary)
                .withChanges(changes(before, after)).inForce(subject.forceCode()));
        return saved;
    }

    private void moved(Idea idea, IdeaStatus from, UUID actor, String answer, Instant at) {
        remember(idea.id(), from, idea.status(), actor, answer, at);
        events.publishEvent(new IdeaStatusChanged(idea.id(), idea.forceId(), idea.reference(), idea.title(),
                idea.submitterId(), from, idea.status(), answer, actor, at));
    }

    /** Keeps one move in the idea's history. */
    void remember(UUID ideaId, IdeaStatus from, IdeaStatus to, UUID actor, String answer, Instant at) {
        jdbc.sql("""
                insert into idea_status_change (id, idea_id, from_status, to_status, actor_id, answer, changed_at)
                values (:id, :idea, :from, :to, :actor, :answer, :at)
                """).param("id", UUID.randomUUID()).param("idea", ideaId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("actor", actor).param("answer", answer)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    private List<FieldChange> changes(Idea before, Idea after) {
        Map<UUID, String> names = unitNames(before.forceId());
        Idea.Triage b = before.triage();
        Idea.Triage a = after.triage();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Status", before.status().label(), after.status().label()));
        changes.add(new FieldChange("Queue", names.get(b.queueUnitId()), names.get(a.queueUnitId())));
        changes.add(new FieldChange("Routed because", b.routedBecause(), a.routedBecause()));
        changes.add(new FieldChange("Answer to the submitter", b.answer(), a.answer()));
        changes.add(new FieldChange("Classification", before.classification().marking(), after.classification().marking()));
        changes.add(new FieldChange("Duplicate of", reference(b.duplicateOfId()), reference(a.duplicateOfId())));
        changes.add(new FieldChange("Initiative", initiative(b.initiativeId()), initiative(a.initiativeId())));
        return changes.stream().filter(FieldChange::changed).toList();
    }

    private String reference(UUID ideaId) {
        return ideaId == null ? null : ideas.findById(ideaId).map(Idea::reference).orElse(null);
    }

    private String initiative(UUID initiativeId) {
        return initiativeId == null ? null : portfolio.find(initiativeId).map(InitiativeSummary::reference).orElse(null);
    }

    private static String proposalSummary(Idea idea, long supporters) {
        StringBuilder text = new StringBuilder();
        text.append("From idea ").append(idea.reference()).append(" in the Improvement and Innovation Portal, supported by ")
                .append(supporters == 1 ? "1 colleague" : supporters + " colleagues").append(" besides its submitter.");
        if (idea.problem() != null) {
            text.append("\n\nThe problem: ").append(idea.problem());
        }
        if (idea.proposedChange() != null) {
            text.append("\n\nThe change proposed: ").append(idea.proposedChange());
        }
        if (idea.expectedBenefit() != null) {
            text.append("\n\nThe benefit expected: ").append(idea.expectedBenefit());
        }
        return limit(text.toString(), 4000);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
