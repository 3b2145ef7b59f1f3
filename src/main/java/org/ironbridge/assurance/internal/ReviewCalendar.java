package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review calendar: every monitored system in service, its next review (overdue ones first), the systems in
 * service that have no monitoring plan, and the reviews due over the next twelve months.
 */
@Component
public class ReviewCalendar {

    static final int MONTHS_AHEAD = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AiSystems systems;
    private final MonitoringPlans plans;
    private final MonitoringReviews reviews;

    ReviewCalendar(AiSystems systems, MonitoringPlans plans, MonitoringReviews reviews) {
        this.systems = systems;
        this.plans = plans;
        this.reviews = reviews;
    }

    /** One system's next review; {@code lastReview} is null before the first. */
    public record Entry(AiSystem system, MonitoringPlan plan, MonitoringReview lastReview, DueState state, String due) {
    }

    public record Scheduled(LocalDate due, AiSystem system, String owner, DueState state) {
    }

    public record Month(String name, List<Scheduled> reviews) {
    }

    public record View(LocalDate today, List<Entry> overdue, List<Entry> current, List<AiSystem> unplanned,
                       List<Month> months) {
    }

    @Transactional(readOnly = true)
    public View of(Subject subject) {
        LocalDate today = plans.today();
        List<AiSystem> inService = systems.register(subject, null).stream().filter(s -> s.status().inService()).toList();
        Map<UUID, MonitoringPlan> byId = plans.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(MonitoringPlan::systemId, Function.identity()));
        List<Entry> entries = inService.stream().filter(s -> byId.containsKey(s.id())).map(s -> {
            MonitoringPlan plan = byId.get(s.id());
            return new Entry(s, plan, reviews.latest(s.id()).orElse(null), plan.state(today), plan.describeDue(today));
        }).sorted(Comparator.comparing((Entry e) -> e.plan().nextDueOn()).thenComparing(e -> e.system().reference())).toList();
        List<AiSystem> unplanned = inService.stream().filter(s -> !byId.containsKey(s.id())).toList();
        Map<YearMonth, List<Scheduled>> months = new TreeMap<>();
        LocalDate until = today.plusMonths(MONTHS_AHEAD);
        for (Entry entry : entries) {
            for (LocalDate due : entry.plan().dueDatesUntil(until)) {
                months.computeIfAbsent(YearMonth.from(due.isBefore(today) ? today : due), m -> new ArrayList<>())
                        .add(new Scheduled(due, entry.system(), entry.plan().ownerName(), DueState.of(due, today)));
            }
        }
        List<Month> calendar = months.entrySet().stream().map(m -> new Month(MONTH.format(m.getKey()),
                m.getValue().stream().sorted(Comparator.comparing(Scheduled::due)).toList())).toList();
        return new View(today, entries.stream().filter(e -> e.state() == DueState.OVERDUE).toList(),
                entries.stream().filter(e -> e.state() != DueState.OVERDUE).toList(), unplanned, calendar);
    }
}
