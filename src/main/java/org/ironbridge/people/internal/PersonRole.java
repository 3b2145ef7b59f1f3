package org.ironbridge.people.internal;

import org.ironbridge.access.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("person_role")
record PersonRole(Role role) {
}
