package org.ironbridge.people.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of people, forces and units, and the policy's view of a person. */
@Component
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;
    private final ForceRepository forces;
    private final OrganisationUnitRepository units;

    PeopleDirectory(PersonRepository people, ForceRepository forces, OrganisationUnitRepository units) {
        this.people = people;
        this.forces = forces;
        this.units = units;
    }

    public Optional<PersonSummary> summary(UUID personId) {
        return people.findById(personId).map(this::summarise);
    }

    public List<PersonSummary> summaries(UUID forceId) {
        Map<UUID, String> unitNames = unitNames(forceId);
        return people.findByForceIdOrderByDisplayName(forceId).stream()
                .map(person -> summarise(person, unitNames)).toList();
    }

    public Optional<UUID> forceId(String forceCode) {
        return forces.findByCode(forceCode).map(Force::id);
    }

    public Optional<String> forceName(UUID forceId) {
        return forces.findById(forceId).map(Force::name);
    }

    public Optional<Person> find(UUID personId) {
        return people.findById(personId);
    }

    Optional<Person> byUsername(String username) {
        return people.findByUsername(username);
    }

    List<Person> inForce(UUID forceId) {
        return people.findByForceIdOrderByDisplayName(forceId);
    }

    List<OrganisationUnit> units(UUID forceId) {
        return units.findByForceIdOrderByName(forceId);
    }

    public List<UnitSummary> unitSummaries(UUID forceId) {
        return units.findByForceIdOrderByName(forceId).stream()
                .map(unit -> new UnitSummary(unit.id(), unit.code(), unit.name(),
                        unit.kind() == OrganisationUnit.Kind.LOCAL_POLICING_AREA))
                .toList();
    }

    public Map<UUID, String> unitNames(UUID forceId) {
        return units.findByForceIdOrderByName(forceId).stream()
                .collect(Collectors.toMap(OrganisationUnit::id, OrganisationUnit::name));
    }

    Optional<Force> force(UUID forceId) {
        return forces.findById(forceId);
    }

    Subject subjectOf(Person person) {
        String forceCode = forces.findById(person.forceId()).map(Force::code).orElseThrow();
        return new Subject(person.id(), person.username(), person.displayName(), person.forceId(), forceCode,
                person.roles(), person.organisationUnitId(), person.vettingLevel(), person.active());
    }

    private PersonSummary summarise(Person person) {
        return summarise(person, unitNames(person.forceId()));
    }

    private static PersonSummary summarise(Person person, Map<UUID, String> unitNames) {
        String unit = person.organisationUnitId() == null ? null : unitNames.get(person.organisationUnitId());
        return new PersonSummary(person.id(), person.forceId(), person.username(), person.displayName(),
                person.jobTitle(), unit, person.roles(), person.active(), person.email());
    }

}
