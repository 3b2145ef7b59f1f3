package org.ironbridge.people.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates people of a test's own, so tests that change people never disturb the demo accounts. */
public final class TestPeople {

    public static final String PASSWORD = "Test-password-1";

    private TestPeople() {
    }

    public static UUID create(ApplicationContext context, String forceCode, String username, Set<Role> roles,
                              VettingLevel vetting) {
        ForceRepository forces = context.getBean(ForceRepository.class);
        OrganisationUnitRepository units = context.getBean(OrganisationUnitRepository.class);
        PersonRepository people = context.getBean(PersonRepository.class);
        Force force = forces.findByCode(forceCode).orElseThrow();
        UUID unit = units.findByForceIdOrderByName(force.id()).getFirst().id();
        Person person = Person.create(force.id(), username, "Test " + username, "Tester", null, unit, vetting, roles,
                Instant.now());
        person.setPasswordHash(context.getBean(PasswordEncoder.class).encode(PASSWORD));
        return people.save(person).id();
    }

    public static UUID idOf(ApplicationContext context, String username) {
        return context.getBean(PersonRepository.class).findByUsername(username).orElseThrow().id();
    }

    public static boolean active(ApplicationContext context, String username) {
        return context.getBean(PersonRepository.class).findByUsername(username).orElseThrow().active();
    }

    public static Set<Role> roles(ApplicationContext context, String username) {
        return context.getBean(PersonRepository.class).findByUsername(username).orElseThrow().roles();
    }
}
