package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The items of one kind kept against initiatives. */
@NoRepositoryBean
interface LogRepository<T> extends ListCrudRepository<T, UUID> {

    List<T> findByInitiativeId(UUID initiativeId);
}

interface RiskRepository extends LogRepository<Risk> {
}

interface IssueRepository extends LogRepository<Issue> {
}

interface AssumptionRepository extends LogRepository<Assumption> {
}

interface DependencyRepository extends LogRepository<Dependency> {
}

interface ChangeImpactRepository extends LogRepository<ChangeImpact> {
}
