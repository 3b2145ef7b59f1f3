package org.ironbridge.people.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department or a local policing area of a force. */
@Table("organisation_unit")
public record OrganisationUnit(@Id UUID id, UUID forceId, String code, String name, Kind kind,
                               @Version Integer version) {

    public enum Kind { DEPARTMENT, LOCAL_POLICING_AREA }

    public static OrganisationUnit create(UUID forceId, String code, String name, Kind kind) {
        return new OrganisationUnit(UUID.randomUUID(), forceId, code, name, kind, null);
    }
}
