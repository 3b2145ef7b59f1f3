package org.ironbridge.governance.internal;

import java.util.UUID;

import org.ironbridge.portfolio.EqualityAnalysisSummary;
import org.ironbridge.portfolio.FinanceSummary;
import org.ironbridge.portfolio.InitiativeFacts;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.stereotype.Component;

/** Gathers, from the portfolio, what a paper's automatic checks look at. */
@Component
class PaperEvidence {

    private final Portfolio portfolio;

    PaperEvidence(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    PaperChecks.Facts facts(Paper paper) {
        UUID initiativeId = paper.initiativeId();
        InitiativeFacts initiative = portfolio.facts(initiativeId);
        var equality = portfolio.equalityAnalysis(initiativeId);
        var finance = portfolio.finance(initiativeId);
        return new PaperChecks.Facts(paper.kind(), initiative.summary().type(),
                initiative.summary().seniorResponsibleOwnerId() != null, initiative.objectives().size(), paper.benefits(),
                portfolio.openRisks(initiativeId).size(), equality.isPresent(),
                equality.map(EqualityAnalysisSummary::signedOff).orElse(false),
                finance.map(FinanceSummary::requested).orElse(null), paper.amountRequested(),
                paper.legalConsiderations(), paper.ethicalConsiderations(), initiative.involvesAi(),
                paper.evaluationPlan(), paper.exceptionReportId() != null,
                portfolio.businessCase(initiativeId).map(b -> b.version()).orElse(null), initiative.businessCaseOnRoute(),
                assessed(portfolio.assurance(initiativeId)));
    }

    /** At least one AI system on the register, and each with its formal assessment complete. */
    private static boolean assessed(java.util.List<org.ironbridge.portfolio.AssuranceSummary> systems) {
        return !systems.isEmpty() && systems.stream().allMatch(s -> s.items().stream()
                .anyMatch(i -> i.name().equals("Formal assessment") && i.complete()));
    }
}
