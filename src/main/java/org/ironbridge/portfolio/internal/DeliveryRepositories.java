package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MilestoneRepository extends ListCrudRepository<Milestone, UUID> {

    List<Milestone> findByInitiativeIdOrderByBaselineDateAscTitleAsc(UUID initiativeId);
}

interface ToleranceRepository extends ListCrudRepository<Tolerances, UUID> {
}

interface FinanceRepository extends ListCrudRepository<InitiativeFinance, UUID> {
}

interface StatusReportRepository extends ListCrudRepository<StatusReport, UUID> {

    List<StatusReport> findByInitiativeIdOrderByPeriodDescVersionNumberDesc(UUID initiativeId);
}

interface ExceptionReportRepository extends ListCrudRepository<ExceptionReport, UUID> {

    List<ExceptionReport> findByInitiativeIdOrderByRaisedAtDesc(UUID initiativeId);
}

interface ExceptionDecisionRepository extends ListCrudRepository<ExceptionDecision, UUID> {
}
