package org.ironbridge.people;

import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Role;

/** What other modules may know of a person. */
public record PersonSummary(UUID id, UUID forceId, String username, String displayName, String jobTitle,
                            String organisationUnit, Set<Role> roles, boolean active, String email) {
}
