package org.ironbridge.people.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ironbridge.access.Role;
import org.ironbridge.access.SignedInPerson;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a person signed in by the force's identity provider to their Ironbridge account: first by the
 * provider's subject, then by username claim (linking the two), or a new Staff account when the
 * force allows it. When a roles claim is configured the provider's groups decide the roles.
 */
@Component
@EnableConfigurationProperties(IdentityProviderSettings.class)
class IdentityProviderPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final PersonRepository people;
    private final ForceRepository forces;
    private final PeopleDirectory directory;
    private final IdentityProviderSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityProviderPeople(PersonRepository people, ForceRepository forces, PeopleDirectory directory,
                           IdentityProviderSettings settings, AuditTrail audit, Clock clock) {
        this.people = people;
        this.forces = forces;
        this.directory = directory;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        String subject = request.getClientRegistration().getProviderDetails().getIssuerUri() + "#" + signedIn.getSubject();
        String username = Optional.ofNullable(signedIn.getClaimAsString(settings.usernameClaim()))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> refuse("The identity provider did not send the " + settings.usernameClaim() + " claim"));
        Person person = people.findByOidcSubject(subject)
                .or(() -> people.findByUsername(username).map(found -> link(found, subject)))
                .orElseGet(() -> provision(username, signedIn, subject));
        if (!person.active()) {
            throw refuse("This account has been deactivated");
        }
        person = applyRoleClaim(person, signedIn);
        return SignedInPerson.fromIdentityProvider(directory.subjectOf(person), signedIn.getIdToken(), signedIn.getUserInfo());
    }

    private Person link(Person person, String subject) {
        person.linkIdentity(subject, clock.instant());
        Person saved = people.save(person);
        audit.record(AuditEntry.of(AccessAdministration.RECORD_TYPE, person.id(), Operation.ALTERATION,
                        "Linked the account " + person.username() + " to the force's identity provider")
                .withChanges(List.of(new FieldChange("Identity provider subject", null, subject)))
                .by("identity-provider"));
        return saved;
    }

    private Person provision(String username, OidcUser signedIn, String subject) {
        if (!settings.autoProvision()) {
            throw refuse("No Ironbridge account matches " + username + "; ask an administrator for one");
        }
        Force force = forces.findByCode(settings.forceCode())
                .orElseThrow(() -> refuse("The configured force " + settings.forceCode() + " does not exist"));
        String name = Optional.ofNullable(signedIn.getFullName()).orElse(username);
        Person person = Person.create(force.id(), username, name, null, signedIn.getEmail(), null, VettingLevel.RV,
                EnumSet.of(Role.STAFF), clock.instant());
        person.linkIdentity(subject, clock.instant());
        Person saved = people.save(person);
        audit.record(AuditEntry.of(AccessAdministration.RECORD_TYPE, person.id(), Operation.COLLECTION,
                "Created the account " + username + " at first sign-in through the identity provider")
                .inForce(force.code()).by("identity-provider"));
        return saved;
    }

    private Person applyRoleClaim(Person person, OidcUser signedIn) {
        if (settings.rolesClaim() == null || settings.rolesClaim().isBlank()) {
            return person;
        }
        Object claim = signedIn.getClaims().get(settings.rolesClaim());
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        Set<Role> roles = EnumSet.of(Role.STAFF);
        values.stream().map(String::valueOf).map(settings.roleMapping()::get)
                .filter(java.util.Objects::nonNull).forEach(roles::add);
        if (roles.equals(person.roles())) {
            return person;
        }
        String before = AccessAdministration.rolesText(person.roles());
        person.changeAccess(roles, person.organisationUnitId(), person.vettingLevel(), clock.instant());
        Person saved = people.save(person);
        audit.record(AuditEntry.of(AccessAdministration.RECORD_TYPE, person.id(), Operation.ALTERATION,
                        "Roles of " + person.username() + " taken from the identity provider's " + settings.rolesClaim() + " claim")
                .withChanges(List.of(new FieldChange("Roles", before, AccessAdministration.rolesText(roles))))
                .by("identity-provider"));
        return saved;
    }

    private static OAuth2AuthenticationException refuse(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
    }
}
