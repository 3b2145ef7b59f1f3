package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.Rag;
import org.ironbridge.portfolio.StatusReportSummary;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly status reports: submitted by those who may edit the initiative, for this month or an
 * earlier one, never changed once submitted. A second report for a month is its next version; the
 * latest month's latest version sets the initiative's current delivery confidence and RAG.
 */
@Component
public class StatusReporting {

    static final String RECORD_TYPE = "Status report";

    private final StatusReportRepository reports;
    private final InitiativeRepository initiatives;
    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    StatusReporting(StatusReportRepository reports, InitiativeRepository initiatives, InitiativeEditing editing,
                    DeliveryPosition position, JdbcAggregateTemplate aggregates, JdbcClient jdbc, AuditTrail audit,
                    Clock clock) {
        this.reports = reports;
        this.initiatives = initiatives;
        this.editing = editing;
        this.position = position;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest month a report may be for. */
    public YearMonth thisMonth() {
        return YearMonth.from(EnteredDate.today(clock));
    }

    /** A new report's form, starting from the latest report's judgements. */
    @Transactional(readOnly = true)
    public StatusReportForm newForm(Subject subject, UUID initiativeId) {
        editing.forEditing(subject, initiativeId);
        return StatusReportForm.startingFrom(position.latestReport(initiativeId).orElse(null), thisMonth());
    }

    @Transactional
    public DeliveryOutcome<StatusReport> submit(Subject subject, UUID initiativeId, StatusReportForm form) {
        editing.forEditing(subject, initiativeId);
        FormErrors errors = new FormErrors();
        StatusReportForm.Submission submission = form.validate(thisMonth(), errors);
        if (submission == null) {
            return DeliveryOutcome.refused(errors);
        }
        // One submission at a time per initiative, so versions are numbered without gaps or clashes.
        jdbc.sql("select id from initiative where id = :id for update").param("id", initiativeId).query(UUID.class).single();
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        DeliveryPosition.Assessment before = position.of(initiative);
        List<StatusReport> earlier = reports.findByInitiativeIdOrderByPeriodDescVersionNumberDesc(initiativeId);
        int version = 1 + earlier.stream().filter(r -> r.month().equals(submission.period()))
                .mapToInt(StatusReport::versionNumber).max().orElse(0);
        StatusReport report = new StatusReport(UUID.randomUUID(), initiativeId, submission.period().atDay(1), version,
                submission.confidence(), submission.rag(), submission.narrative(), submission.keyRisks(),
                submission.decisionsNeeded(), submission.scope(), submission.quality(), submission.benefits(),
                submission.riskScoreForecast(), subject.username(), clock.instant());
        aggregates.insert(report);
        boolean latestMonth = earlier.isEmpty() || !submission.period().isBefore(earlier.get(0).month());
        if (latestMonth) {
            reassess(subject, initiative, report);
        }
        Set<Tolerance> breached = DeliveryPosition.newlyBreached(before, position.of(initiative));
        audit.record(AuditEntry.of(RECORD_TYPE, report.id(), Operation.COLLECTION, "Submitted the status report for "
                        + report.name() + (version > 1 ? ", correcting version " + (version - 1) : "") + " of "
                        + initiative.reference() + DeliveryPosition.nowBeyond(breached))
                .inForce(subject.forceCode()));
        return DeliveryOutcome.saved(report, breached);
    }

    /** Every version of every report, newest period first and, within a period, newest version first. */
    @Transactional(readOnly = true)
    public List<StatusReport> all(UUID initiativeId) {
        return reports.findByInitiativeIdOrderByPeriodDescVersionNumberDesc(initiativeId);
    }

    /** The latest version for each period, newest period first. */
    @Transactional(readOnly = true)
    public List<StatusReport> latestPerPeriod(UUID initiativeId) {
        Map<YearMonth, StatusReport> latest = new LinkedHashMap<>();
        all(initiativeId).forEach(report -> latest.putIfAbsent(report.month(), report));
        return new ArrayList<>(latest.values());
    }

    /** One report of an initiative already opened for the person (see {@link InitiativeEditing#open}). */
    @Transactional(readOnly = true)
    public StatusReport report(Initiative initiative, UUID reportId) {
        return reports.findById(reportId).filter(r -> r.initiativeId().equals(initiative.id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reportId));
    }

    @Transactional(readOnly = true)
    public List<StatusReportSummary> summaries(UUID initiativeId) {
        return latestPerPeriod(initiativeId).stream().map(r -> new StatusReportSummary(r.id(), r.month(),
                r.versionNumber(), r.deliveryConfidence(), r.narrative(), r.decisionsNeeded(), r.submittedBy(),
                r.submittedAt())).toList();
    }

    private void reassess(Subject subject, Initiative initiative, StatusReport report) {
        Initiative.RagStatus was = initiative.rag();
        String confidenceWas = initiative.deliveryConfidence() == null ? null : initiative.deliveryConfidence().label();
        initiative.assess(report.deliveryConfidence(), report.rag(), clock.instant());
        initiatives.save(initiative);
        Initiative.RagStatus now = report.rag();
        List<FieldChange> changes = List.of(
                new FieldChange("Delivery confidence", confidenceWas, report.deliveryConfidence().label()),
                rag("Schedule RAG", was.schedule(), now.schedule()), rag("Cost RAG", was.cost(), now.cost()),
                rag("Scope RAG", was.scope(), now.scope()), rag("Benefits RAG", was.benefits(), now.benefits()),
                rag("Risk RAG", was.risk(), now.risk()), rag("Resources RAG", was.resources(), now.resources()));
        if (changes.stream().anyMatch(FieldChange::changed)) {
            audit.record(AuditEntry.of(InitiativeEditing.RECORD_TYPE, initiative.id(), Operation.ALTERATION,
                            "Delivery confidence and RAG of " + initiative.reference() + " from the status report for "
                                    + report.name())
                    .withChanges(changes).inForce(subject.forceCode()));
        }
    }

    private static FieldChange rag(String field, Rag before, Rag after) {
        return new FieldChange(field, before == null ? null : before.label(), after.label());
    }
}
