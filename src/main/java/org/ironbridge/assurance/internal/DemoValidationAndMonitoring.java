package org.ironbridge.assurance.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
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
 * Validation and monitoring as WMP would have recorded them: Andi-Esra validated before it took every 101 call
 * in December 2024, with thresholds the Ethics Panel set, then reviewed monthly from January 2025 (one breach,
 * in March 2025, referred back to the Ethics Panel) with its next review a few days away; the Connect allocation
 * bot reviewed quarterly against its 1% error criterion, its latest review a few days overdue. Copilot has
 * neither: its pilot is not approved. The review dates follow the day the demo is loaded, so the calendar always
 * has something due. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(54)
class DemoValidationAndMonitoring implements ApplicationRunner {

    private static final ThresholdDirection AT_LEAST = ThresholdDirection.AT_LEAST;
    private static final ThresholdDirection AT_MOST = ThresholdDirection.AT_MOST;

    private final People people;
    private final JdbcClient jdbc;
    private final Validations validations;
    private final MonitoringPlans plans;
    private final MonitoringReviews reviews;
    private final AuditTrail audit;
    private final Clock clock;

    DemoValidationAndMonitoring(People people, JdbcClient jdbc, Validations validations, MonitoringPlans plans,
                                MonitoringReviews reviews, AuditTrail audit, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.validations = validations;
        this.plans = plans;
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        UUID andiEsra = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.ANDI_ESRA);
        UUID bot = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.RPA_ALLOCATION);
        if (andiEsra == null || bot == null || jdbc.sql("select count(*) from ai_monitoring_plan where system_id in (?, ?)")
                .params(andiEsra, bot).query(Integer.class).single() > 0) {
            return;
        }
        Map<String, UUID> staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username,
                PersonSummary::id));
        LocalDate today = LocalDate.now(clock.withZone(AiSystems.LONDON));
        validateAndiEsra(andiEsra, staff.get("practitioner"));
        monitorAndiEsra(andiEsra, staff.get("sro"), today);
        monitorBot(bot, staff.get("iao"), today);
        audit.record(AuditEntry.of(MonitoringPlans.RECORD_TYPE, andiEsra, Operation.COLLECTION,
                "Loaded the demonstration validation and monitoring of Andi-Esra and the Connect allocation bot")
                .by(DemoAssurance.DEMO).inForce("WMP"));
    }

    private void validateAndiEsra(UUID system, UUID validator) {
        List<Measure> results = List.of(
                accuracy("Calls categorised correctly", "93.8", AT_LEAST, "90"),
                accuracy("Vulnerable callers routed to a call handler", "99.3", AT_LEAST, "98"),
                accuracy("Crime update requests matched to the right crime reference", "97.1", AT_LEAST, "95"),
                accuracy("Words transcribed correctly", "91.6", AT_LEAST, "88"),
                group(GroupCharacteristic.SEX, "Female", "Calls categorised correctly", "94.1", "90"),
                group(GroupCharacteristic.SEX, "Male", "Calls categorised correctly", "93.5", "90"),
                group(GroupCharacteristic.AGE, "65 and over", "Vulnerable callers routed to a call handler", "99.0", "98"),
                group(GroupCharacteristic.AGE, "18 to 34", "Calls categorised correctly", "94.6", "90"),
                group(GroupCharacteristic.LANGUAGE, "West Midlands regional accents", "Calls categorised correctly", "92.8", "90"),
                group(GroupCharacteristic.LANGUAGE, "First language not English", "Vulnerable callers routed to a call handler",
                        "98.4", "98"));
        UUID id = UUID.randomUUID();
        LocalDate on = LocalDate.of(2024, 11, 12);
        jdbc.sql("""
                insert into ai_validation (id, system_id, test_data, validated_by, validated_on, thresholds_set_by,
                    thresholds_reference, notes, passed, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, 'ETHICS_PANEL', ?, ?, ?, ?, ?)
                """).params(id, system,
                "3,000 recorded 101 calls from October 2023 to March 2024, transcribed and anonymised, replayed through the "
                        + "assistant in the test environment; two call handlers marked the outcome each call should have had. "
                        + "Added to them, 420 scripted calls made by volunteers from across the West Midlands, among them "
                        + "older callers, callers with regional accents and callers whose first language is not English.",
                validator, Date.valueOf(on),
                "Ethics Panel referral EP-2024-001, meeting of 24 September 2024: advice before go-live",
                "Routing of vulnerable callers whose first language is not English was closest to its threshold. As the "
                        + "Ethics Panel recommended (EP-2024-001, recommendation 2), how well the assistant understands "
                        + "callers by language is watched in every monthly review from the first month of live use.",
                Validation.passes(results), DemoAssurance.DEMO, Timestamp.valueOf(on.atTime(16, 30))).update();
        validations.insertResults(id, results);
    }

    private void monitorAndiEsra(UUID system, UUID owner, LocalDate today) {
        LocalDate next = today.plusDays(5);
        next = next.getDayOfMonth() > 28 ? next.withDayOfMonth(28) : next;
        LocalDate first = LocalDate.of(2025, 1, next.getDayOfMonth());
        List<Measure> metrics = List.of(
                metric("Vulnerable callers reaching a call handler", AT_LEAST, "98", "%"),
                metric("Calls abandoned before being answered or routed", AT_MOST, "8", "%"),
                metric("Calls misrouted", AT_MOST, "2", "%"),
                metric("Complaints about the voice assistant", AT_MOST, "15", "complaints"),
                metric("Calls not understood, callers whose first language is not English", AT_MOST, "6", "%"));
        plan(system, ReviewFrequency.MONTHLY, owner, first, next, metrics, LocalDate.of(2024, 11, 28));
        for (int n = 0; ReviewFrequency.MONTHLY.due(first, n).isBefore(next); n++) {
            LocalDate due = ReviewFrequency.MONTHLY.due(first, n);
            LocalDate held = due.plusDays(n % 3 == 0 ? 1 : 0);
            boolean march2025 = due.getYear() == 2025 && due.getMonthValue() == 3;
            List<Measure> observed = List.of(
                    metrics.get(0).withValue(decimal(98.7 + (n * 37 % 8) / 10.0)),
                    metrics.get(1).withValue(decimal(4.2 + (n * 53 % 21) / 10.0)),
                    metrics.get(2).withValue(march2025 ? new BigDecimal("2.6") : decimal(1.1 + (n * 29 % 7) / 10.0)),
                    metrics.get(3).withValue(BigDecimal.valueOf(4 + n * 7 % 8)),
                    metrics.get(4).withValue(decimal(3.1 + (n * 11 % 19) / 10.0)));
            ReviewOutcome outcome = ReviewOutcome.CONTINUE;
            String notes = "Every metric within its threshold; use continues.";
            if (march2025) {
                outcome = ReviewOutcome.REFER_TO_ETHICS_PANEL;
                notes = "Misrouted calls rose to 2.6% after the change of 3 March to the call categories: the new 'request "
                        + "a crime update' intent was taking some calls reporting a new crime. The system was put under "
                        + "review and referred back to the Ethics Panel; the category change was reverted on 21 March and "
                        + "the intent model retrained.";
            } else if (due.getYear() == 2025 && due.getMonthValue() == 4) {
                outcome = ReviewOutcome.CONTINUE_WITH_ACTIONS;
                notes = "Misrouting back within threshold after the retraining. The Ethics Panel advised that use may "
                        + "continue with a monthly sample of 200 routed calls checked by a call handler supervisor; the "
                        + "status returned to Live. Action: Force Contact to report the sample in each review.";
            } else if (n % 5 == 4) {
                outcome = ReviewOutcome.CONTINUE_WITH_ACTIONS;
                notes = "All metrics within thresholds, but abandonment was higher at the evening peak. Action: Force "
                        + "Contact to review the greeting wording and the evening staffing of the call handlers who take "
                        + "routed calls.";
            }
            reviews.insert(UUID.randomUUID(), system, due, held, outcome, notes, owner, observed, DemoAssurance.DEMO);
        }
    }

    private void monitorBot(UUID system, UUID owner, LocalDate today) {
        LocalDate next = today.minusDays(4);
        next = next.getDayOfMonth() > 28 ? next.withDayOfMonth(28) : next;
        LocalDate first = next;
        while (!first.minusMonths(3).isBefore(LocalDate.of(2025, 1, 1))) {
            first = first.minusMonths(3);
        }
        List<Measure> metrics = List.of(metric("Investigations allocated to the wrong unit (worst month of the quarter)",
                AT_MOST, "1", "%"));
        plan(system, ReviewFrequency.QUARTERLY, owner, first, next, metrics, LocalDate.of(2024, 9, 20));
        for (int n = 0; ReviewFrequency.QUARTERLY.due(first, n).isBefore(next); n++) {
            LocalDate due = ReviewFrequency.QUARTERLY.due(first, n);
            List<Measure> observed = new ArrayList<>(List.of(metrics.getFirst().withValue(decimal(0.2 + (n * 3 % 5) / 10.0))));
            reviews.insert(UUID.randomUUID(), system, due, due.plusDays(2), ReviewOutcome.CONTINUE,
                    "The Crime Services Team checked a sample of 500 allocations each month; every error found was "
                            + "re-allocated by hand and the allocation rules were unchanged.",
                    owner, observed, DemoAssurance.DEMO);
        }
    }

    private void plan(UUID system, ReviewFrequency frequency, UUID owner, LocalDate first, LocalDate next,
                      List<Measure> metrics, LocalDate createdOn) {
        jdbc.sql("""
                insert into ai_monitoring_plan (system_id, frequency, owner_id, first_review_on, next_due_on, version,
                    created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)
                """).params(system, frequency.name(), owner, Date.valueOf(first), Date.valueOf(next), DemoAssurance.DEMO,
                Timestamp.valueOf(createdOn.atTime(11, 0)), Timestamp.valueOf(createdOn.atTime(11, 0))).update();
        plans.insertMetrics(system, metrics);
    }

    private static Measure accuracy(String name, String value, ThresholdDirection direction, String threshold) {
        return new Measure(null, null, name, new BigDecimal(value), direction, new BigDecimal(threshold), "%");
    }

    private static Measure group(GroupCharacteristic characteristic, String group, String name, String value,
                                 String threshold) {
        return new Measure(characteristic, group, name, new BigDecimal(value), AT_LEAST, new BigDecimal(threshold), "%");
    }

    private static Measure metric(String name, ThresholdDirection direction, String threshold, String unit) {
        return new Measure(null, null, name, null, direction, new BigDecimal(threshold), unit);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(Math.round(value * 10) / 10.0);
    }
}
