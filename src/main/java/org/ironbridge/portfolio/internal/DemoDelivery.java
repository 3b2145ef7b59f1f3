package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.Rag;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones, tolerances, money and a year of monthly status reports for some of WMP's demo
 * initiatives. The seeds give few dates and no budgets: figures quoted from docs/seed-facts.md are
 * marked "seed"; every other date, amount, RAG and narrative is ILLUSTRATIVE, made up to tell a
 * believable story (Andi-Esra slips past its time tolerance and raises an exception report to the
 * Change Board; RMS procurement's breach still waits for one). No budget is shown as approved:
 * only a board decision approves one. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(13)
class DemoDelivery implements ApplicationRunner {

    private static final String LOADER = "system:demo-data";

    private final People people;
    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final ToleranceRepository tolerances;
    private final FinanceRepository finances;
    private final StatusReportRepository reports;
    private final DeliveryPosition position;
    private final JdbcAggregateTemplate aggregates;
    private final AuditTrail audit;
    private final Clock clock;

    DemoDelivery(People people, InitiativeRepository initiatives, MilestoneRepository milestones,
                 ToleranceRepository tolerances, FinanceRepository finances, StatusReportRepository reports,
                 DeliveryPosition position,
                 JdbcAggregateTemplate aggregates, AuditTrail audit, Clock clock) {
        this.people = people;
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.tolerances = tolerances;
        this.finances = finances;
        this.reports = reports;
        this.position = position;
        this.aggregates = aggregates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null) {
            return;
        }
        Map<String, Initiative> byTitle = initiatives.findByForceIdOrderByReference(force).stream()
                .collect(Collectors.toMap(Initiative::title, Function.identity()));
        Optional<Initiative> andiEsra = starting(byTitle, "Andi-Esra");
        if (andiEsra.isEmpty() || !milestones.findByInitiativeIdOrderByBaselineDateAscTitleAsc(andiEsra.get().id()).isEmpty()) {
            return;
        }
        andiEsra(andiEsra.get());
        starting(byTitle, "Windows 11").ifPresent(this::windows11);
        starting(byTitle, "Vape testing").ifPresent(this::vapeTesting);
        starting(byTitle, "Operation Stemson").ifPresent(this::stemson);
        starting(byTitle, "RMS procurement").ifPresent(this::rmsProcurement);
    }

    private void andiEsra(Initiative initiative) {
        schedule(initiative, date(2024, 7, 1), date(2025, 9, 30), date(2025, 12, 19));
        milestone(initiative, "Ethics Panel advice reported to the Change Board", date(2024, 10, 15), null, date(2024, 10, 15));
        milestone(initiative, "Testing and call-handler training complete", date(2024, 11, 15), null, date(2024, 11, 19));
        // Seed: "Andi-Esra will triage all 101 calls in WMP from December 2024." The other dates are illustrative.
        milestone(initiative, "Andi-Esra triages all 101 calls", date(2024, 12, 2), null, date(2024, 12, 2));
        milestone(initiative, "Request a Crime Update: the public message the officer in charge", date(2025, 3, 31),
                null, date(2025, 5, 12));
        milestone(initiative, "Legacy 101 technology decommissioned", date(2025, 6, 30), date(2025, 11, 28), null);
        tolerances(initiative, 30, null, 10, 16,
                "All nine capabilities in the design, from answering calls immediately to future extensibility; "
                        + "dropping one goes back to the board",
                "Every caller can still reach a call handler; vulnerable callers are prioritised",
                "Reduced caller wait times on 101 and calls deflected through channel shift, as the business case sets out");
        finance(initiative, "480000", "395000", "505000");
        String by = "pm";
        report(initiative, "2024-12", DeliveryConfidence.GREEN, "GGGGGG", "Andi-Esra began triaging 101 calls on "
                + "2 December as planned. Call handlers report the hand-over of complex calls working well.", null, null,
                null, by);
        report(initiative, "2025-01", DeliveryConfidence.GREEN, "GGGGGA", "Stable running through the January peak. "
                + "Two call handlers moved to the Request a Crime Update build.", "Build team capacity.", null, null, by);
        report(initiative, "2025-02", DeliveryConfidence.AMBER, "AGGGGA", "Request a Crime Update depends on an RMS "
                + "interface that the supplier has not yet delivered; go-live will miss the end of March.",
                "RMS interface delivery.", null, 12, by);
        report(initiative, "2025-03", DeliveryConfidence.AMBER, "AGGGGA", "Interface now promised for late April. "
                + "Wait-time benefit on track.", "RMS interface delivery.", null, 12, by);
        // The correction: finance reconciled after submission, so the cost RAG was Amber, not Green.
        report(initiative, "2025-03", DeliveryConfidence.AMBER, "AAGGGA", "Interface now promised for late April. "
                + "Wait-time benefit on track. Corrected: the March reconciliation shows supplier days above plan, so cost "
                + "is Amber.", "RMS interface delivery; supplier days above plan.", null, 12, by);
        report(initiative, "2025-04", DeliveryConfidence.AMBER, "AAGGGG", "Interface delivered and in test.",
                "Supplier days above plan.", null, 12, by);
        report(initiative, "2025-05", DeliveryConfidence.AMBER, "AAGGGG", "Request a Crime Update went live on 12 May. "
                + "Decommissioning the legacy technology depends on the telephony contract exit date.",
                "Telephony contract exit date.", null, 15, by);
        report(initiative, "2025-06", DeliveryConfidence.RED, "RAGGAG", "The telephony supplier cannot release the "
                + "legacy platform before November. Decommissioning is forecast five months late, beyond the time "
                + "tolerance; exception report raised to the Change Board.", "Legacy platform runs in parallel until "
                + "November.", "Accept the revised decommissioning date, or fund an early contract exit.", 16, by);
        report(initiative, "2025-07", DeliveryConfidence.RED, "RAGGAG", "Awaiting the Change Board's decision on the "
                + "exception report. Parallel running costs included in the forecast.", "Parallel running costs.",
                "Decision on the exception report.", 16, by);
        report(initiative, "2025-08", DeliveryConfidence.AMBER, "AAGGAG", "Recovery plan agreed with the supplier; "
                + "decommissioning planned for 28 November.", "Parallel running costs.", null, 15, by);
        report(initiative, "2025-09", DeliveryConfidence.AMBER, "AAGGGG", "Data migration for decommissioning in test.",
                null, null, 12, by);
        report(initiative, "2025-10", DeliveryConfidence.AMBER, "AAGGGG", "Data migration complete. Cut-over rehearsal "
                + "booked.", null, null, 12, by);
        report(initiative, "2025-11", DeliveryConfidence.AMBER, "AAGGGG", "Cut-over rehearsal passed; decommissioning "
                + "on track for 28 November.", null, null, 10, by);
        exception(initiative, Tolerance.TIME, date(2025, 6, 20), "pm",
                "The telephony supplier cannot release the legacy 101 platform before its contract ends in November; "
                        + "decommissioning cannot start until then.",
                "1. Accept decommissioning on 28 November 2025 and run both platforms in parallel until then. "
                        + "2. Pay for an early contract exit to keep close to the baseline date. "
                        + "3. Decommission in stages, keeping the legacy platform for overflow only.",
                "Option 1: the parallel running cost is within the cost tolerance, and an early exit buys little time.");
        reassess(initiative);
    }

    private void windows11(Initiative initiative) {
        schedule(initiative, date(2025, 1, 6), date(2025, 10, 31), date(2025, 11, 14));
        milestone(initiative, "Pilot group of laptops upgraded", date(2025, 3, 31), null, date(2025, 4, 10));
        milestone(initiative, "Half of the 11k laptops upgraded", date(2025, 7, 31), null, date(2025, 8, 22));
        milestone(initiative, "Every one of the 11k laptops on Windows 11", date(2025, 10, 14), date(2025, 10, 31), null);
        tolerances(initiative, 30, "25000", null, 12, "Every laptop in the estate; desktops follow in their own refresh",
                "No rise in service-desk calls after the upgrade",
                // Seed: "estimated at £100 - £150 per unit" ... "estate of 11k laptops" ... "£1.1m - £1.6m per re-fresh cycle".
                "Laptops bought without an integrated Smartcard reader: a saving estimated at £100 - £150 per unit, "
                        + "between £1.1m - £1.6m per re-fresh cycle across the estate of 11k laptops");
        finance(initiative, "350000", "262000", "338000");
        String by = "pm";
        report(initiative, "2025-04", DeliveryConfidence.GREEN, "GGGGGG", "Pilot group upgraded ten days after the "
                + "baseline; no blocking issues.", null, null, null, by);
        report(initiative, "2025-05", DeliveryConfidence.GREEN, "GGGGGA", "Roll-out waves scheduled by Local Police "
                + "Area.", "Engineer availability over the summer.", null, null, by);
        report(initiative, "2025-06", DeliveryConfidence.AMBER, "AGGGGA", "Two line-of-business applications failed "
                + "compatibility testing; waves re-ordered around them.", "Application compatibility.", null, 10, by);
        report(initiative, "2025-07", DeliveryConfidence.AMBER, "AGGGGA", "Fixes for both applications in test.",
                "Application compatibility.", null, 10, by);
        report(initiative, "2025-08", DeliveryConfidence.AMBER, "AGGGGG", "Half of the 11k laptops upgraded, three "
                + "weeks after the baseline.", null, null, 8, by);
        report(initiative, "2025-09", DeliveryConfidence.GREEN, "AGGGGG", "Remaining waves on course for the end of "
                + "October.", null, null, 6, by);
        report(initiative, "2025-10", DeliveryConfidence.GREEN, "GGGGGG", "Final waves complete bar a handful of "
                + "laptops held by officers on leave.", null, "Agree that the roll-out can close.", 6, by);
        reassess(initiative);
    }

    private void vapeTesting(Initiative initiative) {
        // Seed: "The project is due to complete at the end of March 2025."
        schedule(initiative, date(2024, 10, 1), date(2025, 3, 31), date(2025, 3, 31));
        milestone(initiative, "Rapid test for Class B drugs in vape fluid validated with the University of Bath",
                date(2025, 1, 31), null, date(2025, 2, 14));
        milestone(initiative, "Evaluation report and project complete", date(2025, 3, 31), null, date(2025, 3, 31));
        tolerances(initiative, 14, null, null, null, null, "Test results the laboratory can rely on as evidence", null);
        String by = "board.member";
        report(initiative, "2024-10", DeliveryConfidence.GREEN, "GGGGGG", "Partnership agreement with the University "
                + "of Bath signed; samples collection started.", null, null, null, by);
        report(initiative, "2024-11", DeliveryConfidence.GREEN, "GGGGGG", "First batch of seized vapes tested.", null,
                null, null, by);
        report(initiative, "2024-12", DeliveryConfidence.GREEN, "GGGGGA", "Laboratory time reduced over the holiday.",
                "Laboratory capacity.", null, null, by);
        report(initiative, "2025-01", DeliveryConfidence.AMBER, "AGGGGA", "Validation slipping by two weeks, within "
                + "tolerance.", "Laboratory capacity.", null, null, by);
        report(initiative, "2025-02", DeliveryConfidence.GREEN, "GGGGGG", "Method validated on 14 February.", null,
                null, null, by);
        report(initiative, "2025-03", DeliveryConfidence.GREEN, "GGGGGG", "Evaluation report delivered; the project "
                + "completed at the end of March as planned.", null, "Decide whether to scale, extend or stop.",
                null, by);
        reassess(initiative);
    }

    private void stemson(Initiative initiative) {
        milestone(initiative, "Detained property stores surveyed", date(2025, 5, 30), null, date(2025, 6, 6));
        milestone(initiative, "RRD process complete on all physical storage", date(2026, 3, 31), date(2026, 4, 30), null);
        tolerances(initiative, 45, null, null, null, "Every physical store the force holds", null, null);
        String by = "dpo";
        report(initiative, "2025-05", DeliveryConfidence.GREEN, "GGGGGA", "Survey of the stores under way.",
                "Staff to review records.", null, null, by);
        report(initiative, "2025-06", DeliveryConfidence.GREEN, "GGGGGA", "Survey complete; review started at the "
                + "largest store.", "Staff to review records.", null, null, by);
        report(initiative, "2025-07", DeliveryConfidence.AMBER, "AGGGGR", "Two reviewers redeployed; review rate "
                + "halved.", "Staff to review records.", "Restore the two reviewers.", null, by);
        report(initiative, "2025-08", DeliveryConfidence.AMBER, "AGGGGA", "One reviewer back.", "Review rate.", null,
                null, by);
        report(initiative, "2025-09", DeliveryConfidence.AMBER, "AGGGGA", "Review rate recovering; completion forecast "
                + "a month late, within tolerance.", "Review rate.", null, null, by);
        report(initiative, "2025-10", DeliveryConfidence.AMBER, "AGGGGG", "On course for the end of April 2026.", null,
                null, null, by);
        reassess(initiative);
    }

    /** Beyond its time tolerance with no exception report yet: the PMO's prompt to raise one. */
    private void rmsProcurement(Initiative initiative) {
        milestone(initiative, "Market engagement complete", date(2025, 4, 30), null, date(2025, 5, 23));
        milestone(initiative, "New RMS contract awarded", date(2025, 9, 30), date(2026, 1, 30), null);
        milestone(initiative, "New RMS live", date(2026, 3, 31), date(2026, 7, 31), null);
        tolerances(initiative, 60, null, null, null, null, null, null);
    }

    private void schedule(Initiative initiative, LocalDate start, LocalDate baselineEnd, LocalDate forecastEnd) {
        if (initiative.schedule().baselineEnd() == null) {
            initiative.plan(new Initiative.Schedule(start, baselineEnd, start, forecastEnd, start, null), clock.instant());
            initiatives.save(initiative);
        }
    }

    private void milestone(Initiative initiative, String title, LocalDate baseline, LocalDate forecast, LocalDate actual) {
        Milestone milestone = milestones.save(Milestone.plan(initiative.id(), new Milestone.Details(title, baseline,
                forecast == null ? (actual == null ? baseline : actual) : forecast, actual), clock.instant()));
        loaded(MilestonePlanning.RECORD_TYPE, milestone.id(), "milestone ‘" + title + "’ of " + initiative.reference());
    }

    private void tolerances(Initiative initiative, Integer days, String pounds, Integer percent, Integer risk,
                            String scope, String quality, String benefits) {
        Tolerances set = Tolerances.none(initiative.id());
        set.set(new ToleranceRules.Limits(days, pounds == null ? null : new BigDecimal(pounds), percent, risk, scope,
                quality, benefits), clock.instant());
        tolerances.save(set);
        loaded(ToleranceSetting.RECORD_TYPE, initiative.id(), "tolerances of " + initiative.reference());
    }

    private void finance(Initiative initiative, String requested, String spent, String forecast) {
        InitiativeFinance finance = InitiativeFinance.none(initiative.id());
        finance.report(new InitiativeFinance.Figures(new BigDecimal(requested), new BigDecimal(spent),
                new BigDecimal(forecast)), clock.instant());
        finances.save(finance);
        loaded(FinanceRecords.RECORD_TYPE, initiative.id(), "finances of " + initiative.reference());
    }

    /** A report as submitted early the next month; RAG letters are schedule, cost, scope, benefits, risk, resources. */
    private void report(Initiative initiative, String month, DeliveryConfidence confidence, String rag, String narrative,
                        String risks, String decisions, Integer riskForecast, String by) {
        YearMonth period = YearMonth.parse(month);
        if (period.isAfter(YearMonth.from(EnteredDate.today(clock)))) {
            return;
        }
        int version = 1 + (int) reports.findByInitiativeIdOrderByPeriodDescVersionNumberDesc(initiative.id()).stream()
                .filter(r -> r.month().equals(period)).count();
        Instant submitted = period.plusMonths(1).atDay(5).atTime(10, version * 7).toInstant(ZoneOffset.UTC);
        StatusReport report = new StatusReport(UUID.randomUUID(), initiative.id(), period.atDay(1), version, confidence,
                new Initiative.RagStatus(rag(rag, 0), rag(rag, 1), rag(rag, 2), rag(rag, 3), rag(rag, 4), rag(rag, 5)),
                narrative, risks, decisions, ToleranceForecast.WITHIN, ToleranceForecast.WITHIN, ToleranceForecast.WITHIN,
                riskForecast, by, submitted.isAfter(clock.instant()) ? clock.instant() : submitted);
        aggregates.insert(report);
        loaded(StatusReporting.RECORD_TYPE, report.id(), "status report for " + report.name() + " of "
                + initiative.reference());
    }

    private void exception(Initiative initiative, Tolerance tolerance, LocalDate raisedOn, String by, String cause,
                           String options, String recommendation) {
        ToleranceRules.Breach breach = position.of(initiative).breach(tolerance).orElseThrow();
        ExceptionReport report = new ExceptionReport(UUID.randomUUID(), initiative.id(), tolerance, breach.forecast(),
                breach.limit(), cause, options, recommendation, ToleranceRules.escalatesTo(initiative.tier()), by,
                raisedOn, raisedOn.atTime(15, 0).toInstant(ZoneOffset.UTC));
        aggregates.insert(report);
        loaded(ExceptionReporting.RECORD_TYPE, report.id(), "exception report on the " + tolerance.label().toLowerCase(Locale.UK)
                + " tolerance of " + initiative.reference());
    }

    /** The initiative's current delivery confidence and RAG follow its latest report. */
    private void reassess(Initiative initiative) {
        position.latestReport(initiative.id()).ifPresent(latest -> {
            Initiative current = initiatives.findById(initiative.id()).orElseThrow();
            current.assess(latest.deliveryConfidence(), latest.rag(), clock.instant());
            initiatives.save(current);
        });
    }

    private void loaded(String type, UUID id, String what) {
        audit.record(AuditEntry.of(type, id, Operation.COLLECTION, "Loaded demo " + what).inForce("WMP").by(LOADER));
    }

    private static Rag rag(String letters, int at) {
        return switch (letters.charAt(at)) {
            case 'G' -> Rag.GREEN;
            case 'A' -> Rag.AMBER;
            case 'R' -> Rag.RED;
            default -> throw new IllegalArgumentException(letters);
        };
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Optional<Initiative> starting(Map<String, Initiative> byTitle, String start) {
        return byTitle.entrySet().stream().filter(e -> e.getKey().startsWith(start)).map(Map.Entry::getValue)
                .min(Comparator.comparing(Initiative::reference));
    }
}
