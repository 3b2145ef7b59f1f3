package org.ironbridge.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.FinanceRecords;
import org.ironbridge.portfolio.internal.InitiativeIntake;
import org.ironbridge.portfolio.internal.StatusReporting;
import org.springframework.stereotype.Service;

/** The portfolio's facade for other modules. */
@Service
public class Portfolio {

    private final InitiativeIntake intake;
    private final FinanceRecords finance;
    private final ExceptionReporting exceptions;
    private final StatusReporting statusReports;

    Portfolio(InitiativeIntake intake, FinanceRecords finance, ExceptionReporting exceptions,
              StatusReporting statusReports) {
        this.intake = intake;
        this.finance = finance;
        this.exceptions = exceptions;
        this.statusReports = statusReports;
    }

    /**
     * Proposes an initiative from another module's record (an approved idea, say), keeping the link to
     * its source. Proposing the same source again returns the initiative already made from it.
     */
    public InitiativeSummary propose(InitiativeProposal proposal) {
        return intake.propose(proposal);
    }

    /** The force's initiatives, by reference. */
    public List<InitiativeSummary> inForce(UUID forceId) {
        return intake.inForce(forceId);
    }

    public Optional<InitiativeSummary> find(UUID initiativeId) {
        return intake.find(initiativeId);
    }

    /** The initiative's money, or empty when none has been recorded; figures not yet recorded are null. */
    public Optional<FinanceSummary> finance(UUID initiativeId) {
        return finance.summary(initiativeId);
    }

    /**
     * Records the budget a board decision approved: the only way an initiative's budget becomes
     * approved. Call it inside the transaction that records the decision. Refused (not found) for
     * another force's initiative, and unless the person may record decisions.
     */
    public void approveFunding(Subject subject, UUID initiativeId, BigDecimal amount, UUID decisionId,
                               String decisionReference) {
        finance.approveFunding(subject, initiativeId, amount, decisionId, decisionReference);
    }

    /** The initiative's exception reports, oldest first. */
    public List<ExceptionReportSummary> exceptionReports(UUID initiativeId) {
        return exceptions.summaries(initiativeId);
    }

    /** The force's exception reports that no board decision has answered yet, oldest first. */
    public List<ExceptionReportSummary> openExceptions(UUID forceId) {
        return exceptions.open(forceId);
    }

    /**
     * Records the board decision that answered an exception report; an exception report is answered
     * once. Call it inside the transaction that records the decision.
     */
    public void decideException(Subject subject, UUID exceptionReportId, UUID decisionId, String decisionReference) {
        exceptions.decide(subject, exceptionReportId, decisionId, decisionReference);
    }

    /** The latest version of each month's status report, newest month first. */
    public List<StatusReportSummary> statusReports(UUID initiativeId) {
        return statusReports.summaries(initiativeId);
    }
}
