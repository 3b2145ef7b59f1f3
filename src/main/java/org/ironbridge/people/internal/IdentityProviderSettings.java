package org.ironbridge.people.internal;

import java.util.Map;

import org.ironbridge.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the force's identity provider's claims map onto Ironbridge people ({@code ironbridge.oidc.*}).
 *
 * @param usernameClaim the claim matched against usernames (default {@code preferred_username})
 * @param rolesClaim    a claim listing the person's groups or roles; when set, roles follow the provider
 * @param roleMapping   claim value to Ironbridge role, e.g. {@code ironbridge.oidc.role-mapping.ib-auditors=AUDITOR}
 * @param forceCode     the force that people first seen through this provider belong to
 * @param autoProvision create a Staff account on first sign-in when no account matches
 */
@ConfigurationProperties("ironbridge.oidc")
record IdentityProviderSettings(String usernameClaim, String rolesClaim, Map<String, Role> roleMapping,
                                String forceCode, boolean autoProvision) {

    IdentityProviderSettings {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        forceCode = forceCode == null || forceCode.isBlank() ? "WMP" : forceCode;
    }
}
