package org.ironbridge.people.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Role;
import org.ironbridge.people.internal.AccessChange;
import org.ironbridge.people.internal.PeopleDirectory;
import org.ironbridge.people.internal.Person;
import org.ironbridge.govuk.Choice;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Turns a person into what the pages show, and into a pre-filled access form. */
@Component
class PeopleViews {

    private final PeopleDirectory directory;

    PeopleViews(PeopleDirectory directory) {
        this.directory = directory;
    }

    void describe(Person person, Model model) {
        Map<UUID, String> units = directory.unitNames(person.forceId());
        model.addAttribute("person", person);
        model.addAttribute("unitName", units.getOrDefault(person.organisationUnitId(), "Not set"));
        model.addAttribute("roleNames", person.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
    }

    AccessChange formFor(Person person) {
        AccessChange form = new AccessChange();
        form.setRoles(person.roles().stream().filter(role -> role != Role.STAFF).map(Role::name)
                .collect(Collectors.toList()));
        form.setOrganisationUnitId(person.organisationUnitId() == null ? "" : person.organisationUnitId().toString());
        form.setVettingLevel(person.vettingLevel().name());
        form.setVersion(person.version());
        form.setOriginalRoles(person.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        form.setOriginalUnit(String.valueOf(person.organisationUnitId()));
        form.setOriginalVetting(person.vettingLevel().name());
        return form;
    }

    List<Choice> unitOptions(UUID forceId) {
        return directory.unitNames(forceId).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(unit -> Choice.of(unit.getKey().toString(), unit.getValue()))
                .toList();
    }
}
