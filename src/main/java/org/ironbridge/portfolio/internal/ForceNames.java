package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.govuk.Choice;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.springframework.stereotype.Component;

/**
 * The force's people and business areas, as forms offer and validate them and as pages and the audit
 * trail name them.
 */
@Component
public class ForceNames {

    private final People people;

    ForceNames(People people) {
        this.people = people;
    }

    /** Who may be given something to own: the force's active people. */
    Set<UUID> activePeople(UUID forceId) {
        return people.inForce(forceId).stream().filter(PersonSummary::active).map(PersonSummary::id)
                .collect(Collectors.toSet());
    }

    /** The same people as form options, with their job titles. */
    public List<Choice> owners(UUID forceId) {
        return people.inForce(forceId).stream().filter(PersonSummary::active)
                .map(person -> Choice.of(person.id().toString(), person.displayName()
                        + (person.jobTitle() == null ? "" : ", " + person.jobTitle())))
                .toList();
    }

    /** Everyone's name, former owners included. */
    public Map<UUID, String> people(UUID forceId) {
        return people.inForce(forceId).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }

    public Map<UUID, String> units(UUID forceId) {
        return people.units(forceId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    /** The business areas as form options, in the directory's order. */
    public List<Choice> unitChoices(UUID forceId) {
        return people.units(forceId).stream().map(unit -> Choice.of(unit.id().toString(), unit.name())).toList();
    }
}
