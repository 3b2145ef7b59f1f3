package org.ironbridge.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByOidcSubject(String oidcSubject);

    List<Person> findByForceIdOrderByDisplayName(UUID forceId);
}

interface ForceRepository extends ListCrudRepository<Force, UUID> {

    Optional<Force> findByCode(String code);
}

interface OrganisationUnitRepository extends ListCrudRepository<OrganisationUnit, UUID> {

    List<OrganisationUnit> findByForceIdOrderByName(UUID forceId);
}
