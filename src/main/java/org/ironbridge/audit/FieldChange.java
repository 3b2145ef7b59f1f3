package org.ironbridge.audit;

import java.util.Objects;

/** One field's value before and after a change; either side may be null. */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
