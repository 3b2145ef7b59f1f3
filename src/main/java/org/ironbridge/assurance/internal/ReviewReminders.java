package org.ironbridge.assurance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ironbridge.notifications.Notifications;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, tells the owner of each monitoring review that falls due within a week, or is overdue, that it
 * is: once per due date, whichever node runs the job and however often. ShedLock keeps it to one node.
 */
@Component
public class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);
    private static final List<String> IN_SERVICE = List.of(AiSystemStatus.APPROVED_FOR_PILOT.name(),
            AiSystemStatus.APPROVED.name(), AiSystemStatus.LIVE.name(), AiSystemStatus.UNDER_REVIEW.name());

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final People people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReviewReminders(JdbcClient jdbc, Notifications notifications, People people, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.people = people;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    record Due(UUID systemId, UUID forceId, String reference, String name, String frequency, LocalDate dueOn, UUID ownerId) {
    }

    @Scheduled(cron = "${ironbridge.assurance.review-reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "assurance-review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        int told = remind(LocalDate.now(clock.withZone(AiSystems.LONDON)));
        log.info("Told {} review owners that a monitoring review is due", told);
    }

    /** Tells the owners of the reviews due by {@code today} plus a week; returns how many were told this time. */
    public int remind(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select p.system_id, s.force_id, s.reference, s.name, p.frequency, p.next_due_on, p.owner_id
                from ai_monitoring_plan p join ai_system s on s.id = p.system_id
                where s.status in (:statuses) and p.next_due_on <= :until order by p.next_due_on
                """).param("statuses", IN_SERVICE).param("until", java.sql.Date.valueOf(today.plusDays(DueState.NOTICE_DAYS)))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), ReviewFrequency.valueOf(rs.getString(5)).label(), rs.getDate(6).toLocalDate(),
                        rs.getObject(7, UUID.class))).list();
        int told = 0;
        for (Due review : due) {
            Boolean tell = transaction.execute(status -> tell(review, today));
            told += Boolean.TRUE.equals(tell) ? 1 : 0;
        }
        return told;
    }

    private boolean tell(Due review, LocalDate today) {
        PersonSummary owner = people.find(review.ownerId()).filter(PersonSummary::active).orElse(null);
        if (owner == null) {
            return false;
        }
        int first = jdbc.sql("""
                insert into ai_review_notice (system_id, due_on, person_id, told_at) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(review.systemId(), java.sql.Date.valueOf(review.dueOn()), owner.id(),
                Timestamp.from(clock.instant())).update();
        if (first == 0) {
            return false;
        }
        String title = "Monitoring review " + (review.dueOn().isBefore(today) ? "overdue" : "due") + ": "
                + review.reference() + " " + review.name();
        String text = review.frequency() + " review of " + review.name() + " "
                + (review.dueOn().isBefore(today) ? "was due on " : "is due on ") + Validation.DAY.format(review.dueOn())
                + ". Record the value observed for each metric and the outcome of the review. A value beyond its "
                + "threshold puts the system under review and refers it back to the Ethics Panel.";
        String link = "/assurance/systems/" + review.systemId() + "/monitoring";
        notifications.tell(owner.id(), review.forceId(), title, text, link);
        events.publishEvent(new MonitoringReviewDue(review.systemId(), owner.id(), review.dueOn(), title, text, link));
        return true;
    }
}
