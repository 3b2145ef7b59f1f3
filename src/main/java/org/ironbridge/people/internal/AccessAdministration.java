package org.ironbridge.people.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Relationship;
import org.ironbridge.access.Role;
import org.ironbridge.access.Subject;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's work on people: read a person's record (OFFICIAL-SENSITIVE: vetting), change
 * their roles, unit and vetting, deactivate and reactivate. Every change says why and is audited in
 * the same transaction; a stale form is refused with what the other person changed.
 */
@Component
public class AccessAdministration {

    static final String RECORD_TYPE = "Person";
    static final int JUSTIFICATION_LIMIT = 1000;

    private final PersonRepository people;
    private final PeopleDirectory directory;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final SessionTermination sessions;
    private final Clock clock;

    AccessAdministration(PersonRepository people, PeopleDirectory directory, AccessPolicy policy, AuditTrail audit,
                         SessionTermination sessions, Clock clock) {
        this.people = people;
        this.directory = directory;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Opens a person's record; reading it is logged as consultation, since it holds vetting. */
    @Transactional
    public Person open(Subject admin, UUID personId) {
        Person person = authorised(admin, Permission.VIEW_USERS, personId);
        audit.record(AuditEntry.of(RECORD_TYPE, personId, Operation.CONSULTATION,
                "Viewed the account of " + person.displayName()).inForce(admin.forceCode()));
        return person;
    }

    /** Loads for an edit form without logging a second consultation. */
    @Transactional(readOnly = true)
    public Person forEditing(Subject admin, UUID personId) {
        return authorised(admin, Permission.CHANGE_USER_ACCESS, personId);
    }

    @Transactional
    public FormErrors changeAccess(Subject admin, UUID personId, AccessChange form) {
        Person person = authorised(admin, Permission.CHANGE_USER_ACCESS, personId);
        FormErrors errors = new FormErrors();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.getRoles()) {
            Optional<Role> role = parse(Role.class, name);
            role.ifPresentOrElse(roles::add, () -> errors.reject("roles", "Select roles from the list"));
        }
        roles.add(Role.STAFF);
        UUID unitId = null;
        String unitText = FormText.clean(form.getOrganisationUnitId());
        if (unitText == null) {
            errors.reject("organisationUnitId", "Select the organisation unit the person works in");
        } else {
            unitId = directory.units(admin.forceId()).stream()
                    .filter(unit -> unit.id().toString().equals(unitText)).map(OrganisationUnit::id)
                    .findFirst().orElse(null);
            if (unitId == null) {
                errors.reject("organisationUnitId", "Select an organisation unit from the list");
            }
        }
        Optional<VettingLevel> vetting = parse(VettingLevel.class, form.getVettingLevel());
        if (vetting.isEmpty()) {
            errors.reject("vettingLevel", "Select the person's vetting level");
        }
        String justification = justification(form.getJustification(), errors);
        if (person.id().equals(admin.personId()) && !roles.contains(Role.ADMINISTRATOR)) {
            errors.reject("roles", "You cannot remove your own Administrator role. Ask another administrator");
        }
        if (errors.any()) {
            return errors;
        }
        checkVersion(person, form.getVersion(), List.of(
                new FieldChange("Roles", form.getOriginalRoles(), rolesText(person.roles())),
                new FieldChange("Organisation unit", form.getOriginalUnit(), String.valueOf(person.organisationUnitId())),
                new FieldChange("Vetting level", form.getOriginalVetting(), person.vettingLevel().name())));
        Map<UUID, String> units = directory.unitNames(admin.forceId());
        List<FieldChange> changes = List.of(
                new FieldChange("Roles", rolesText(person.roles()), rolesText(roles)),
                new FieldChange("Organisation unit", units.get(person.organisationUnitId()), units.get(unitId)),
                new FieldChange("Vetting level", person.vettingLevel().label(), vetting.get().label()));
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return errors;
        }
        person.changeAccess(roles, unitId, vetting.get(), clock.instant());
        save(person);
        audit.record(AuditEntry.of(RECORD_TYPE, personId, Operation.ALTERATION,
                        "Changed the access of " + person.displayName())
                .withChanges(changes).withJustification(justification).inForce(admin.forceCode()));
        sessions.endSessionsOf(person.username());
        return errors;
    }

    @Transactional
    public FormErrors setActive(Subject admin, UUID personId, boolean active, String reason, Integer version) {
        Person person = authorised(admin, Permission.CHANGE_USER_ACCESS, personId);
        FormErrors errors = new FormErrors();
        String justification = justification(reason, errors);
        if (!active && person.id().equals(admin.personId())) {
            errors.reject("justification", "You cannot deactivate your own account");
        }
        if (errors.any()) {
            return errors;
        }
        checkVersion(person, version, List.of());
        if (person.active() == active) {
            return errors;
        }
        person.setActive(active, clock.instant());
        save(person);
        audit.record(AuditEntry.of(RECORD_TYPE, personId, Operation.ALTERATION,
                        (active ? "Reactivated the account of " : "Deactivated the account of ") + person.displayName())
                .withChanges(List.of(new FieldChange("Active", String.valueOf(!active), String.valueOf(active))))
                .withJustification(justification).inForce(admin.forceCode()));
        if (!active) {
            sessions.endSessionsOf(person.username());
        }
        return errors;
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private Person authorised(Subject admin, Permission permission, UUID personId) {
        Person person = people.findById(personId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, personId));
        ProtectedRecord record = ProtectedRecord.of(RECORD_TYPE, personId, person.forceId(),
                Classification.OFFICIAL_SENSITIVE).with(Relationship.SELF, person.id());
        RecordDecision decision = policy.decide(admin, permission, record);
        return switch (decision.outcome()) {
            case ALLOW -> person;
            case NOT_FOUND -> throw new RecordNotFoundException(RECORD_TYPE, personId);
            case DENY -> throw new AccessDeniedException("Not allowed to " + permission + " on " + personId);
        };
    }

    private String justification(String text, FormErrors errors) {
        String cleaned = FormText.clean(text);
        if (policy.justificationRequired(Permission.CHANGE_USER_ACCESS) && cleaned == null) {
            errors.reject("justification", "Enter the reason for this change");
        } else if (FormText.tooLong(cleaned, JUSTIFICATION_LIMIT)) {
            errors.reject("justification", "Reason must be " + JUSTIFICATION_LIMIT + " characters or fewer");
        }
        return cleaned;
    }

    private void checkVersion(Person person, Integer submitted, List<FieldChange> sinceOpened) {
        if (!Objects.equals(submitted, person.version())) {
            throw conflict(person, sinceOpened);
        }
    }

    private void save(Person person) {
        try {
            people.save(person);
        } catch (OptimisticLockingFailureException raced) {
            Person current = people.findById(person.id()).orElseThrow();
            throw conflict(current, List.of());
        }
    }

    private EditConflict conflict(Person current, List<FieldChange> sinceOpened) {
        return audit.conflictOn(RECORD_TYPE, current.id().toString(), sinceOpened, current.updatedAt());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.trim()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
