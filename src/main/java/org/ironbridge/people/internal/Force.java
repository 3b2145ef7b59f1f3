package org.ironbridge.people.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A police force; every person and record belongs to exactly one. */
@Table("force")
public record Force(@Id UUID id, String code, String name, @Version Integer version) {

    public static Force create(String code, String name) {
        return new Force(UUID.randomUUID(), code, name, null);
    }
}
