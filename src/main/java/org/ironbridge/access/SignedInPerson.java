package org.ironbridge.access;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a session, whether it began with a password or through the force's identity
 * provider. It carries the {@link Subject} the policy decides on; its name is the username.
 */
public final class SignedInPerson implements UserDetails, OidcUser, CredentialsContainer {

    private final Subject subject;
    private String passwordHash;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    private SignedInPerson(Subject subject, String passwordHash, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.subject = subject;
        this.passwordHash = passwordHash;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    public static SignedInPerson withPassword(Subject subject, String passwordHash) {
        return new SignedInPerson(subject, passwordHash, null, null);
    }

    public static SignedInPerson fromIdentityProvider(Subject subject, OidcIdToken idToken, OidcUserInfo userInfo) {
        return new SignedInPerson(subject, null, idToken, userInfo);
    }

    public Subject subject() {
        return subject;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return subject.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return subject.username();
    }

    @Override
    public String getName() {
        return subject.username();
    }

    @Override
    public boolean isEnabled() {
        return subject.active();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }
}
