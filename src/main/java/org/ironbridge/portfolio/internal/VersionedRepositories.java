package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface BusinessCaseRepository extends ListCrudRepository<BusinessCase, UUID> {

    Optional<BusinessCase> findFirstByInitiativeIdOrderByVersionDesc(UUID initiativeId);

    Optional<BusinessCase> findByInitiativeIdAndVersion(UUID initiativeId, int version);

    List<BusinessCase> findByInitiativeIdOrderByVersionDesc(UUID initiativeId);
}

interface EqualityAnalysisRepository extends ListCrudRepository<EqualityAnalysis, UUID> {

    Optional<EqualityAnalysis> findFirstByInitiativeIdOrderByVersionDesc(UUID initiativeId);

    Optional<EqualityAnalysis> findByInitiativeIdAndVersion(UUID initiativeId, int version);

    List<EqualityAnalysis> findByInitiativeIdOrderByVersionDesc(UUID initiativeId);
}

interface StaffAssociationFeedbackRepository extends ListCrudRepository<StaffAssociationFeedback, UUID> {

    List<StaffAssociationFeedback> findByInitiativeIdOrderByReceivedOnDescRecordedAtDesc(UUID initiativeId);

    int countByInitiativeId(UUID initiativeId);
}
