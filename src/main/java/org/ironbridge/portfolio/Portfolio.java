package org.ironbridge.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.internal.BusinessCases;
import org.ironbridge.portfolio.internal.EqualityAnalyses;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.InitiativeIntake;
import org.ironbridge.portfolio.internal.RaidQueries;
import org.ironbridge.portfolio.internal.SimilarInitiatives;
import org.ironbridge.portfolio.internal.StageProgression;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.FinanceRecords;
import org.ironbridge.portfolio.internal.StatusReporting;
import org.springframework.stereotype.Service;

/** The portfolio's facade for other modules. */
@Service
public class Portfolio {

    private final InitiativeIntake intake;
    private final BusinessCases businessCases;
    private final EqualityAnalyses equalityAnalyses;
    private final RaidQueries raid;
    private final InitiativeEditing editing;
    private final StageProgression stages;
    private final FinanceRecords finance;
    private final ExceptionReporting exceptions;
    private final StatusReporting statusReports;
    private final SimilarInitiatives similar;
    private final org.springframework.beans.factory.ObjectProvider<AssuranceEvidence> assurance;

    Portfolio(InitiativeIntake intake, BusinessCases businessCases, EqualityAnalyses equalityAnalyses, RaidQueries raid,
              InitiativeEditing editing, StageProgression stages, FinanceRecords finance, ExceptionReporting exceptions,
              StatusReporting statusReports, SimilarInitiatives similar,
              org.springframework.beans.factory.ObjectProvider<AssuranceEvidence> assurance) {
        this.assurance = assurance;
        this.intake = intake;
        this.businessCases = businessCases;
        this.equalityAnalyses = equalityAnalyses;
        this.raid = raid;
        this.editing = editing;
        this.stages = stages;
        this.finance = finance;
        this.exceptions = exceptions;
        this.statusReports = statusReports;
        this.similar = similar;
    }

    /**
     * Proposes an initiative from another module's record (an approved idea, say), keeping the link to
     * its source. Proposing the same source again returns the initiative already made from it.
     */
    public InitiativeSummary propose(InitiativeProposal proposal) {
        return intake.propose(proposal);
    }

    /**
     * Records that an initiative already in the portfolio came from another module's record (an idea
     * approved before it was proposed here, say). An initiative keeps the first source recorded.
     */
    public boolean recordSource(UUID initiativeId, String sourceModule, String sourceId) {
        return intake.recordSource(initiativeId, sourceModule, sourceId);
    }

    /** The force's initiatives, by reference. */
    public List<InitiativeSummary> inForce(UUID forceId) {
        return intake.inForce(forceId);
    }

    public Optional<InitiativeSummary> find(UUID initiativeId) {
        return intake.find(initiativeId);
    }

    /**
     * Up to {@code limit} initiatives of the person's force that resemble a title and text (any of its words,
     * or a title spelt alike), closest first; never one classified above the person's vetting.
     */
    public List<SimilarInitiative> similarTo(Subject subject, String title, String text, int limit) {
        return similar.similarTo(subject, title, text, limit);
    }

    /** The latest version of the initiative's business case, if one has been written. */
    public Optional<BusinessCaseSummary> businessCase(UUID initiativeId) {
        return businessCases.summary(initiativeId);
    }

    /** The latest version of the initiative's equality analysis, if one has been started. */
    public Optional<EqualityAnalysisSummary> equalityAnalysis(UUID initiativeId) {
        return equalityAnalyses.summary(initiativeId);
    }

    /** The initiative's open risks, highest residual score first. */
    public List<RiskSummary> openRisks(UUID initiativeId) {
        return raid.openRisks(initiativeId);
    }

    /** How many risks, issues, assumptions and dependencies the initiative's RAID log holds, and how many are late. */
    public RaidCounts raidCounts(UUID initiativeId) {
        return raid.raidCounts(initiativeId);
    }

    /** The business areas the initiative changes, how, how severely and in which months, earliest first. */
    public List<ChangeImpactSummary> changeImpacts(UUID initiativeId) {
        return raid.changeImpacts(initiativeId);
    }

    /** Opens an initiative for this person under the policy: not found if they may not see it. */
    public InitiativeSummary open(Subject subject, UUID initiativeId) {
        return InitiativeIntake.summary(editing.open(subject, initiativeId));
    }

    /** Whether this person may change the initiative (and so draft its Change Papers). */
    public boolean mayEdit(Subject subject, UUID initiativeId) {
        return editing.mayEdit(subject, initiativeId);
    }

    public InitiativeFacts facts(UUID initiativeId) {
        return stages.facts(initiativeId);
    }

    /** Enters the stage a board decision admitted the initiative to; call inside the decision's transaction. */
    public void enterStage(Subject subject, UUID initiativeId, Stage from, Stage to, String decisionReference) {
        stages.enter(subject, initiativeId, from, to, decisionReference);
    }

    /** The evidence the initiative's next gate needs, and whether it is there. */
    public GateCheck gateCheck(UUID initiativeId, boolean processesPersonalData) {
        Optional<EqualityAnalysisSummary> equality = equalityAnalysis(initiativeId);
        return stages.gateCheck(initiativeId, processesPersonalData,
                businessCase(initiativeId).map(BusinessCaseSummary::version).orElse(null), equality.isPresent(),
                equality.map(EqualityAnalysisSummary::signedOff).orElse(false));
    }

    /** Where a closure decision takes the initiative: to its benefits review if its route has one still ahead, else closed. */
    public Stage stageAfterClosure(UUID initiativeId) {
        return stages.afterClosure(initiativeId);
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

    /** The formal evaluation of the AI systems the initiative brings in; empty when it brings none. */
    public List<AssuranceSummary> assurance(UUID initiativeId) {
        AssuranceEvidence held = assurance.getIfAvailable();
        return held == null ? List.of() : held.evaluation(initiativeId);
    }

    /** The latest version of each month's status report, newest month first. */
    public List<StatusReportSummary> statusReports(UUID initiativeId) {
        return statusReports.summaries(initiativeId);
    }
}
