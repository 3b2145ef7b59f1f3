package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.ExceptionReportSummary;
import org.ironbridge.portfolio.Tier;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exception reports: raised on a tolerance that is breached now, addressed to the board above the
 * initiative's tier, with the forecast and limit taken from the breach rather than typed. Never
 * changed; the board's decision is recorded beside the report, once.
 */
@Component
public class ExceptionReporting {

    static final String RECORD_TYPE = "Exception report";

    private final ExceptionReportRepository reports;
    private final ExceptionDecisionRepository decisions;
    private final InitiativeRepository initiatives;
    private final InitiativeEditing editing;
    private final DeliveryPosition position;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ExceptionReporting(ExceptionReportRepository reports, ExceptionDecisionRepository decisions,
                       InitiativeRepository initiatives, InitiativeEditing editing, DeliveryPosition position,
                       JdbcAggregateTemplate aggregates, JdbcClient jdbc, AccessPolicy policy, AuditTrail audit,
                       Clock clock) {
        this.reports = reports;
        this.decisions = decisions;
        this.initiatives = initiatives;
        this.editing = editing;
        this.position = position;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A report with the decision that answered it, if any. */
    public record Entry(ExceptionReport report, ExceptionDecision decision) {

        public boolean open() {
            return decision == null;
        }
    }

    @Transactional
    public DeliveryOutcome<ExceptionReport> raise(Subject subject, UUID initiativeId, ExceptionReportForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        DeliveryPosition.Assessment assessment = position.of(initiative);
        FormErrors errors = new FormErrors();
        ExceptionReportForm.Raised raised = form.validate(assessment.breached(), errors);
        if (raised != null) {
            entries(initiativeId).stream().filter(e -> e.open() && e.report().tolerance() == raised.tolerance())
                    .findFirst().ifPresent(pending -> errors.reject("tolerance", "An exception report on the "
                            + raised.tolerance().label().toLowerCase(Locale.UK) + " tolerance is already with the "
                            + pending.report().addressedTo().label() + ", raised on " + pending.report().raisedOn()
                            + ", awaiting its decision"));
        }
        if (errors.any()) {
            return DeliveryOutcome.refused(errors);
        }
        ToleranceRules.Breach breach = assessment.breach(raised.tolerance()).orElseThrow();
        Tier board = ToleranceRules.escalatesTo(initiative.tier());
        ExceptionReport report = new ExceptionReport(UUID.randomUUID(), initiativeId, raised.tolerance(),
                breach.forecast(), breach.limit(), raised.cause(), raised.options(), raised.recommendation(), board,
                subject.username(), EnteredDate.today(clock), clock.instant());
        aggregates.insert(report);
        audit.record(AuditEntry.of(RECORD_TYPE, report.id(), Operation.COLLECTION, "Raised an exception report on the "
                        + raised.tolerance().label().toLowerCase(Locale.UK) + " tolerance of "
                        + initiative.reference() + " to the " + board.label())
                .inForce(subject.forceCode()));
        return DeliveryOutcome.saved(report, Set.of());
    }

    /** The initiative's exception reports, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> entries(UUID initiativeId) {
        return reports.findByInitiativeIdOrderByRaisedAtDesc(initiativeId).stream()
                .map(report -> new Entry(report, decisions.findById(report.id()).orElse(null))).toList();
    }

    /** One report of an initiative already opened for the person (see {@link InitiativeEditing#open}). */
    @Transactional(readOnly = true)
    public Entry entry(Initiative initiative, UUID reportId) {
        ExceptionReport report = reports.findById(reportId).filter(r -> r.initiativeId().equals(initiative.id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reportId));
        return new Entry(report, decisions.findById(reportId).orElse(null));
    }

    /** Records which board decision answered the report; called by governance in the decision's transaction. */
    @Transactional
    public void decide(Subject subject, UUID reportId, UUID decisionId, String decisionReference) {
        ExceptionReport report = reports.findById(reportId)
                .filter(found -> subject != null && initiatives.findById(found.initiativeId())
                        .map(Initiative::forceId).filter(subject.forceId()::equals).isPresent())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reportId));
        if (!policy.permits(subject, Permission.RECORD_DECISION)) {
            throw new AccessDeniedException("Only those who record board decisions may answer an exception report");
        }
        if (decisionId == null || decisionReference == null || decisionReference.isBlank()) {
            throw new IllegalArgumentException("An exception report is answered by a named decision");
        }
        Optional<ExceptionDecision> already = decisions.findById(reportId);
        if (already.isPresent()) {
            throw new IllegalStateException("Exception report " + reportId + " was already answered by decision "
                    + already.get().decisionReference());
        }
        aggregates.insert(new ExceptionDecision(reportId, decisionId, decisionReference.strip(), subject.username(),
                clock.instant()));
        String reference = initiatives.findById(report.initiativeId()).map(Initiative::reference).orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, reportId, Operation.ALTERATION, "Decision " + decisionReference.strip()
                        + " answered the exception report on the " + report.tolerance().label().toLowerCase(Locale.UK)
                        + " tolerance of " + reference)
                .inForce(subject.forceCode()));
    }

    @Transactional(readOnly = true)
    public List<ExceptionReportSummary> summaries(UUID initiativeId) {
        return summaries("r.initiative_id = :id", initiativeId);
    }

    /** Reports not yet answered by a decision, across the force, oldest first. */
    @Transactional(readOnly = true)
    public List<ExceptionReportSummary> open(UUID forceId) {
        return summaries("i.force_id = :id and d.exception_report_id is null", forceId);
    }

    private List<ExceptionReportSummary> summaries(String where, UUID id) {
        return jdbc.sql("""
                select r.id, r.initiative_id, i.reference, i.title, r.tolerance, r.forecast, r.tolerance_limit,
                       r.addressed_to, r.raised_on, d.decision_reference
                from exception_report r join initiative i on i.id = r.initiative_id
                left join exception_report_decision d on d.exception_report_id = r.id
                where %s
                order by r.raised_at
                """.formatted(where)).param("id", id)
                .query((rs, row) -> new ExceptionReportSummary(rs.getObject("id", UUID.class),
                        rs.getObject("initiative_id", UUID.class), rs.getString("reference"), rs.getString("title"),
                        Tolerance.valueOf(rs.getString("tolerance")).label(), rs.getString("forecast"),
                        rs.getString("tolerance_limit"), Tier.valueOf(rs.getString("addressed_to")),
                        rs.getObject("raised_on", LocalDate.class), rs.getString("decision_reference")))
                .list();
    }
}
