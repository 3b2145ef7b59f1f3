package org.ironbridge.people.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in: an officer, member of police staff, or panel member. */
@Table("person")
public class Person {

    @Id
    private final UUID id;
    private final UUID forceId;
    private final String username;
    private String displayName;
    private String email;
    private String jobTitle;
    private UUID organisationUnitId;
    private VettingLevel vettingLevel;
    private boolean active;
    private String passwordHash;
    private String oidcSubject;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "person_id")
    private Set<PersonRole> roles;

    @PersistenceCreator
    Person(UUID id, UUID forceId, String username, String displayName, String email, String jobTitle,
           UUID organisationUnitId, VettingLevel vettingLevel, boolean active, String passwordHash,
           String oidcSubject, Instant createdAt, Instant updatedAt, Integer version, Set<PersonRole> roles) {
        this.id = id;
        this.forceId = forceId;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.organisationUnitId = organisationUnitId;
        this.vettingLevel = vettingLevel;
        this.active = active;
        this.passwordHash = passwordHash;
        this.oidcSubject = oidcSubject;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.roles = roles == null ? Set.of() : roles;
    }

    static Person create(UUID forceId, String username, String displayName, String jobTitle, String email,
                         UUID organisationUnitId, VettingLevel vetting, Set<Role> roles, Instant now) {
        Person person = new Person(UUID.randomUUID(), forceId, username.toLowerCase(java.util.Locale.ROOT),
                displayName, email, jobTitle, organisationUnitId, vetting, true, null, null, now, now, null, Set.of());
        person.roles = roles.stream().map(PersonRole::new).collect(Collectors.toSet());
        return person;
    }

    void changeAccess(Set<Role> newRoles, UUID unitId, VettingLevel vetting, Instant now) {
        this.roles = newRoles.stream().map(PersonRole::new).collect(Collectors.toSet());
        this.organisationUnitId = unitId;
        this.vettingLevel = vetting;
        this.updatedAt = now;
    }

    void setActive(boolean value, Instant now) {
        this.active = value;
        this.updatedAt = now;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void linkIdentity(String subject, Instant now) {
        this.oidcSubject = subject;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID forceId() {
        return forceId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public UUID organisationUnitId() {
        return organisationUnitId;
    }

    public VettingLevel vettingLevel() {
        return vettingLevel;
    }

    public boolean active() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String oidcSubject() {
        return oidcSubject;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Integer version() {
        return version;
    }

    /** The roles held, Staff included, in declaration order. */
    public Set<Role> roles() {
        Set<Role> held = EnumSet.of(Role.STAFF);
        roles.forEach(role -> held.add(role.role()));
        return held;
    }
}
