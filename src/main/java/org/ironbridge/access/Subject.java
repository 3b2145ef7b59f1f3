package org.ironbridge.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A signed-in person as the policy sees them: who, which force, roles and attributes. */
public record Subject(UUID personId, String username, String displayName, UUID forceId, String forceCode,
                      Set<Role> roles, UUID organisationUnitId, VettingLevel vetting, boolean active)
        implements Serializable {

    public Subject {
        roles = roles.isEmpty() ? EnumSet.of(Role.STAFF) : EnumSet.copyOf(roles);
        roles.add(Role.STAFF);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
