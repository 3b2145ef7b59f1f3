package org.ironbridge.portfolio.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface InitiativeRepository extends ListCrudRepository<Initiative, UUID> {

    Optional<Initiative> findBySourceModuleAndSourceId(String sourceModule, String sourceId);

    Optional<Initiative> findByReference(String reference);
}
