package org.ironbridge.ideas.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.notifications.Notifications;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colleagues' support, comments and follows on WMP's demo ideas, and the submitters' notices of where their
 * ideas stand. It finds the ideas by force and status, whatever the demo ideas are, spreads support unevenly
 * (some ideas popular, some not), never lets anyone support their own idea, and runs once.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(40)
class DemoIdeaConversations implements ApplicationRunner {

    private static final List<String> COMMENTS = List.of(
            "We have exactly this problem on the night shift at our station. Happy to help test it.",
            "Worth talking to Information Management before anything is built: some of this data is sensitive.",
            "Could this join up with what IT & Digital are already piloting? It sounds close.",
            "Our team tried a manual version of this last year and it saved a couple of hours a week.\n"
                    + "It stopped when the person running it moved on, so it needs to be part of the system.",
            "This comes up at nearly every team meeting. Fully support it.",
            "Has anyone estimated how many officers and staff this would affect across the force?");

    private record DemoIdea(UUID id, String reference, String title, UUID submitterId, IdeaStatus status, Instant submittedAt) {
    }

    private final People people;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIdeaConversations(People people, Notifications notifications, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || jdbc.sql("select count(*) from idea_support s join idea i on i.id = s.idea_id "
                + "where i.force_id = :f").param("f", force).query(Long.class).single() > 0) {
            return;
        }
        List<DemoIdea> ideas = jdbc.sql("select id, reference, title, submitter_id, status, submitted_at from idea "
                        + "where force_id = :f and status <> 'DRAFT' and submitted_at is not null order by submitted_at, reference")
                .param("f", force)
                .query((rs, n) -> new DemoIdea(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), IdeaStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant()))
                .list();
        List<PersonSummary> staff = people.inForce(force).stream().filter(PersonSummary::active)
                .sorted(java.util.Comparator.comparing(PersonSummary::username)).toList();
        if (ideas.isEmpty() || staff.size() < 2) {
            return;
        }
        Instant now = clock.instant();
        for (int k = 0; k < ideas.size(); k++) {
            DemoIdea idea = ideas.get(k);
            List<PersonSummary> colleagues = rotated(staff, k).stream().filter(p -> !p.id().equals(idea.submitterId())).toList();
            int supports = Math.min(colleagues.size(), (k * 7 + 3) % 10);
            for (int s = 0; s < supports; s++) {
                insert("idea_support", "supported_at", idea.id(), colleagues.get(s).id(), at(idea, s + 1, now));
            }
            int follows = k % 3 == 0 ? Math.min(2, colleagues.size()) : 0;
            for (int f = 0; f < follows; f++) {
                insert("idea_follow", "followed_at", idea.id(), colleagues.get(colleagues.size() - 1 - f).id(), at(idea, f + 2, now));
            }
            int comments = k < 12 && idea.status() != IdeaStatus.DUPLICATE ? 1 + k % 2 : 0;
            for (int c = 0; c < comments && c < colleagues.size(); c++) {
                jdbc.sql("insert into idea_comment (id, idea_id, author_id, body, created_at) values (:id, :i, :p, :b, :at)")
                        .param("id", UUID.randomUUID()).param("i", idea.id()).param("p", colleagues.get(c).id())
                        .param("b", COMMENTS.get((k + c) % COMMENTS.size())).param("at", Timestamp.from(at(idea, 3 + c * 4, now)))
                        .update();
            }
            if (idea.status() != IdeaStatus.SUBMITTED) {
                notifications.tell(idea.submitterId(), force, "Idea " + idea.reference() + " " + idea.title() + " is now "
                        + idea.status().label(), "What happens next: " + idea.status().nextStep(), "/ideas/" + idea.id());
            }
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, idea.id(), Operation.COLLECTION, "Demo data: "
                    + supports + " supports, " + comments + " comments and " + follows + " follows on idea "
                    + idea.reference()).inForce("WMP").by("system:demo-data"));
        }
    }

    private void insert(String table, String column, UUID ideaId, UUID personId, Instant at) {
        jdbc.sql("insert into " + table + " (idea_id, person_id, " + column + ") values (:i, :p, :at) on conflict do nothing")
                .param("i", ideaId).param("p", personId).param("at", Timestamp.from(at)).update();
    }

    /** Some days after the idea was submitted, never in the future. */
    private static Instant at(DemoIdea idea, int days, Instant now) {
        Instant at = idea.submittedAt().plus(Duration.ofDays(days)).plus(Duration.ofMinutes(37L * days));
        return at.isAfter(now) ? now : at;
    }

    private static <T> List<T> rotated(List<T> list, int by) {
        List<T> rotated = new ArrayList<>(list.subList(by % list.size(), list.size()));
        rotated.addAll(list.subList(0, by % list.size()));
        return rotated;
    }
}
