package org.ironbridge.ideas.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.notifications.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What colleagues do with a published idea: support it (one support each, never one's own, withdrawn at
 * will), comment on it in plain text, and follow it. An idea merged into another as its duplicate keeps its
 * supports and follows; they count towards the original (one per person), so undoing the merge restores both.
 * Every change is audited in its transaction.
 */
@Component
public class IdeaConversation {

    public static final int COMMENT_LIMIT = 2000;
    static final String THE_SUBMITTER = "The submitter";

    /** The supporters of an idea and of every idea merged into it, once each, never its own submitter. */
    static final String SUPPORTERS = """
            select distinct s.person_id from idea_support s join idea d on d.id = s.idea_id join idea x on x.id = :idea
            where (d.id = x.id or d.duplicate_of_id = x.id) and s.person_id <> x.submitter_id
            """;
    /** Its followers likewise. */
    static final String FOLLOWERS = """
            select distinct f.person_id from idea_follow f join idea d on d.id = f.idea_id
            where d.id = :idea or d.duplicate_of_id = :idea
            """;

    public record UnitCount(String unit, long supporters) {
    }

    /** A comment as this reader may see it: an anonymous submitter is "The submitter" to everyone else. */
    public record Comment(UUID id, String author, String body, Instant at, boolean bySubmitter) {
    }

    /** The idea's conversation as one reader sees it. {@code original} is set when it was merged into another. */
    public record View(long supporters, List<UnitCount> byUnit, boolean supporting, boolean following, boolean own,
                       boolean mayTakePart, Idea original, List<Comment> comments) {
    }

    /** Something this person may not do to this idea, with the reason in their words. */
    public static class Refused extends RuntimeException {
        private final UUID ideaId;

        Refused(UUID ideaId, String reason) {
            super(reason);
            this.ideaId = ideaId;
        }

        public UUID ideaId() {
            return ideaId;
        }
    }

    private final IdeaSubmission submission;
    private final IdeaRepository ideas;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    IdeaConversation(IdeaSubmission submission, IdeaRepository ideas, JdbcClient jdbc, AuditTrail audit,
                     Notifications notifications, Clock clock) {
        this.submission = submission;
        this.ideas = ideas;
        this.jdbc = jdbc;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public View view(Subject subject, Idea idea) {
        boolean own = idea.submitterId().equals(subject.personId());
        List<UnitCount> byUnit = jdbc.sql("select coalesce(u.name, 'No unit recorded'), count(*) from (" + SUPPORTERS
                        + ") sp join person p on p.id = sp.person_id left join organisation_unit u on u.id = p.organisation_unit_id "
                        + "group by 1 order by 2 desc, 1")
                .param("idea", idea.id()).query((rs, n) -> new UnitCount(rs.getString(1), rs.getLong(2))).list();
        long total = byUnit.stream().mapToLong(UnitCount::supporters).sum();
        boolean supporting = jdbc.sql("select count(*) from (" + SUPPORTERS + ") sp where sp.person_id = :me")
                .param("idea", idea.id()).param("me", subject.personId()).query(Long.class).single() > 0;
        boolean following = jdbc.sql("select count(*) from (" + FOLLOWERS + ") fp where fp.person_id = :me")
                .param("idea", idea.id()).param("me", subject.personId()).query(Long.class).single() > 0;
        List<Comment> comments = jdbc.sql("select c.id, c.author_id, p.display_name, c.body, c.created_at from idea_comment c "
                        + "join person p on p.id = c.author_id where c.idea_id = :idea order by c.created_at, c.id")
                .param("idea", idea.id())
                .query((rs, n) -> comment(subject, idea, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        return new View(total, byUnit, supporting, following, own, idea.status().published()
                && idea.status() != IdeaStatus.DUPLICATE, original(idea).orElse(null), comments);
    }

    /** How many distinct people support the idea, counting those of the ideas merged into it. */
    @Transactional(readOnly = true)
    public long supporters(UUID ideaId) {
        return jdbc.sql("select count(*) from (" + SUPPORTERS + ") sp").param("idea", ideaId).query(Long.class).single();
    }

    /** Supports the idea; false when this person already did. */
    @Transactional
    public boolean support(Subject subject, UUID ideaId) {
        Idea idea = open(subject, ideaId, "supported");
        if (idea.submitterId().equals(subject.personId())) {
            throw new Refused(ideaId, "You cannot support your own idea: ask colleagues who share the problem to support it");
        }
        int added = jdbc.sql("insert into idea_support (idea_id, person_id, supported_at) values (:idea, :me, :at) "
                        + "on conflict do nothing")
                .param("idea", ideaId).param("me", subject.personId()).param("at", Timestamp.from(clock.instant())).update();
        if (added == 0) {
            return false;
        }
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.COLLECTION, "Supported idea "
                + idea.reference()).withChanges(List.of(new FieldChange("Supported by", null, subject.username())))
                .inForce(subject.forceCode()));
        return true;
    }

    /**
     * Withdraws this person's support of the idea, and of any idea merged into it (one support per person:
     * withdrawn means none left). False when there was none.
     */
    @Transactional
    public boolean withdraw(Subject subject, UUID ideaId) {
        Idea idea = submission.open(subject, ideaId);
        int removed = jdbc.sql("delete from idea_support where person_id = :me and idea_id in "
                        + "(select id from idea where id = :idea or duplicate_of_id = :idea)")
                .param("me", subject.personId()).param("idea", ideaId).update();
        if (removed == 0) {
            return false;
        }
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.ERASURE, "Withdrew support of idea "
                + idea.reference()).withChanges(List.of(new FieldChange("Supported by", subject.username(), null)))
                .inForce(subject.forceCode()));
        return true;
    }

    /** Adds a plain-text comment; the errors to show with the text kept when it is refused. */
    @Transactional
    public FormErrors comment(Subject subject, UUID ideaId, String text) {
        Idea idea = open(subject, ideaId, "commented on");
        FormErrors errors = new FormErrors();
        String body = FormText.clean(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        if (body == null) {
            errors.reject("comment", "Enter your comment");
        } else if (FormText.tooLong(body, COMMENT_LIMIT)) {
            errors.reject("comment", "Comment must be " + String.format("%,d", COMMENT_LIMIT) + " characters or fewer");
        }
        if (errors.any()) {
            return errors;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into idea_comment (id, idea_id, author_id, body, created_at) values (:id, :idea, :me, :body, :at)")
                .param("id", id).param("idea", ideaId).param("me", subject.personId()).param("body", body)
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.COLLECTION, "Commented on idea "
                + idea.reference()).withChanges(List.of(new FieldChange("Comment", null, body))).inForce(subject.forceCode()));
        if (!idea.submitterId().equals(subject.personId())) {
            notifications.tell(idea.submitterId(), idea.forceId(), "New comment on your idea " + idea.reference() + " "
                    + idea.title(), subject.displayName() + " wrote:\n" + body, "/ideas/" + idea.id() + "#comments");
        }
        return errors;
    }

    /** Follows the idea; false when already following. Its submitter is always told and need not follow it. */
    @Transactional
    public boolean follow(Subject subject, UUID ideaId) {
        Idea idea = submission.open(subject, ideaId);
        if (!idea.status().published()) {
            throw new Refused(ideaId, "A draft cannot be followed: submit it first");
        }
        if (idea.submitterId().equals(subject.personId())) {
            throw new Refused(ideaId, "You are told about every change to your own idea: there is no need to follow it");
        }
        int added = jdbc.sql("insert into idea_follow (idea_id, person_id, followed_at) values (:idea, :me, :at) "
                        + "on conflict do nothing")
                .param("idea", ideaId).param("me", subject.personId()).param("at", Timestamp.from(clock.instant())).update();
        if (added > 0) {
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.COLLECTION, "Followed idea "
                    + idea.reference()).withChanges(List.of(new FieldChange("Followed by", null, subject.username())))
                    .inForce(subject.forceCode()));
        }
        return added > 0;
    }

    /** Stops following the idea (and any idea merged into it); false when not following. */
    @Transactional
    public boolean unfollow(Subject subject, UUID ideaId) {
        Idea idea = submission.open(subject, ideaId);
        int removed = jdbc.sql("delete from idea_follow where person_id = :me and idea_id in "
                        + "(select id from idea where id = :idea or duplicate_of_id = :idea)")
                .param("me", subject.personId()).param("idea", ideaId).update();
        if (removed > 0) {
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.ERASURE, "Stopped following idea "
                    + idea.reference()).withChanges(List.of(new FieldChange("Followed by", subject.username(), null)))
                    .inForce(subject.forceCode()));
        }
        return removed > 0;
    }

    /** The idea this one was merged into, when it is a duplicate of a published idea of the same force. */
    @Transactional(readOnly = true)
    public Optional<Idea> original(Idea idea) {
        UUID originalId = idea.triage().duplicateOfId();
        if (originalId == null) {
            return Optional.empty();
        }
        return ideas.findById(originalId).filter(o -> o.forceId().equals(idea.forceId()) && o.status().published());
    }

    private Idea open(Subject subject, UUID ideaId, String verb) {
        Idea idea = submission.open(subject, ideaId);
        if (!idea.status().published()) {
            throw new Refused(ideaId, "A draft cannot be " + verb + ": submit it first");
        }
        if (idea.status() == IdeaStatus.DUPLICATE) {
            throw new Refused(ideaId, original(idea).map(o -> "Idea " + idea.reference() + " has been merged into " + o.reference()
                            + " " + o.title() + ". It can no longer be " + verb + ": go to " + o.reference() + " instead")
                    .orElse("Idea " + idea.reference() + " is a duplicate and can no longer be " + verb));
        }
        return idea;
    }

    private static Comment comment(Subject reader, Idea idea, UUID id, UUID authorId, String name, String body, Instant at) {
        boolean bySubmitter = authorId.equals(idea.submitterId());
        String author = name;
        if (bySubmitter && idea.anonymous()) {
            author = authorId.equals(reader.personId()) ? "You (shown to others as " + THE_SUBMITTER.toLowerCase(java.util.Locale.ROOT) + ")"
                    : THE_SUBMITTER;
        } else if (bySubmitter) {
            author = name + " (submitter)";
        }
        return new Comment(id, author, body, at, bySubmitter);
    }
}
