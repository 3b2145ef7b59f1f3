package org.ironbridge.ideas.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.ideas.IdeaStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' queue: every idea still waiting for an answer, oldest first, with its age in working
 * days and whether its first response is overdue against the force's service level.
 */
@Component
public class TriageQueue {

    /** One idea in the queue. {@code queue} null means the force-wide queue. */
    public record Entry(Idea idea, String queue, int ageInWorkingDays, LocalDate firstResponseDue, boolean responded,
                        boolean overdue, int flags) {
    }

    public record View(List<Entry> entries, int responseDays, long overdue) {
    }

    private final IdeaRepository ideas;
    private final PortalSettings settings;
    private final IdeaTriage triage;
    private final JdbcClient jdbc;
    private final Clock clock;

    TriageQueue(IdeaRepository ideas, PortalSettings settings, IdeaTriage triage, JdbcClient jdbc, Clock clock) {
        this.ideas = ideas;
        this.settings = settings;
        this.triage = triage;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The force's open ideas, optionally only one queue's ({@code queue}) or one status. */
    @Transactional
    public View of(UUID forceId, UUID queue, IdeaStatus status) {
        int days = settings.responseDays(forceId);
        Map<UUID, String> names = triage.unitNames(forceId);
        Map<UUID, Integer> flags = jdbc.sql("""
                select f.idea_id, count(*) from idea_quality_flag f join idea i on i.id = f.idea_id
                where i.force_id = :force group by f.idea_id
                """).param("force", forceId).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingDays.LONDON).toLocalDate();
        List<Entry> entries = ideas.findByForceIdAndStatusIn(forceId, status == null ? IdeaTriage.OPEN : List.of(status))
                .stream()
                .filter(i -> IdeaTriage.OPEN.contains(i.status()))
                .filter(i -> queue == null || queue.equals(i.triage().queueUnitId()))
                .sorted(Comparator.comparing(Idea::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(i -> {
                    Instant submitted = i.submittedAt() == null ? i.createdAt() : i.submittedAt();
                    LocalDate due = WorkingDays.after(submitted, days);
                    boolean responded = i.triage().firstResponseAt() != null;
                    return new Entry(i, names.get(i.triage().queueUnitId()), WorkingDays.between(submitted, now), due,
                            responded, !responded && today.isAfter(due), flags.getOrDefault(i.id(), 0));
                }).toList();
        return new View(entries, days, entries.stream().filter(Entry::overdue).count());
    }
}
