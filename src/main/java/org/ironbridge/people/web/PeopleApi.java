package org.ironbridge.people.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Role;
import org.ironbridge.access.Subject;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.internal.AccessAdministration;
import org.ironbridge.people.internal.PeopleDirectory;
import org.ironbridge.people.internal.Person;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People over the API, for the force's other systems; the same policy as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "The signed-in person, and the people of their force")
class PeopleApi {

    /** A person's access as an administrator sees it. */
    record PersonAccess(UUID id, String username, String displayName, String organisationUnit, Set<Role> roles,
                        String vettingLevel, boolean active, Integer version) {
    }

    private final PeopleDirectory directory;
    private final AccessAdministration administration;

    PeopleApi(PeopleDirectory directory, AccessAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in person: force, roles and attributes")
    Subject me(Authentication authentication) {
        return AccessPolicy.subjectOf(authentication);
    }

    @GetMapping("/people")
    @Operation(summary = "The people of the caller's force")
    List<PersonSummary> people(Authentication authentication) {
        return directory.summaries(AccessPolicy.subjectOf(authentication).forceId());
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person's access; logged as consultation (OFFICIAL-SENSITIVE)")
    PersonAccess person(@PathVariable UUID id, Authentication authentication) {
        Person person = administration.open(AccessPolicy.subjectOf(authentication), id);
        String unit = directory.unitNames(person.forceId()).get(person.organisationUnitId());
        return new PersonAccess(person.id(), person.username(), person.displayName(), unit, person.roles(),
                person.vettingLevel().name(), person.active(), person.version());
    }
}
