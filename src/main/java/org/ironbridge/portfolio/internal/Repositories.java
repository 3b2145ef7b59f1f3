package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface InitiativeRepository extends ListCrudRepository<Initiative, UUID> {

    Optional<Initiative> findBySourceModuleAndSourceId(String sourceModule, String sourceId);

    List<Initiative> findByForceIdOrderByReference(UUID forceId);
}
