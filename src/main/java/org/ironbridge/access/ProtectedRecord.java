package org.ironbridge.access;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the policy needs to know of a record: whose force it belongs to, how it is classified and who
 * stands in which relationship to it.
 */
public record ProtectedRecord(String type, String id, UUID forceId, Classification classification,
                              Map<Relationship, Set<UUID>> related) {

    public ProtectedRecord {
        Objects.requireNonNull(type);
        Objects.requireNonNull(forceId);
        Objects.requireNonNull(classification);
        related = related == null ? Map.of() : Map.copyOf(related);
    }

    public static ProtectedRecord of(String type, Object id, UUID forceId, Classification classification) {
        return new ProtectedRecord(type, String.valueOf(id), forceId, classification, Map.of());
    }

    public ProtectedRecord with(Relationship relationship, UUID personId) {
        var copy = new java.util.HashMap<>(related);
        copy.merge(relationship, Set.of(personId), (a, b) -> {
            var merged = new java.util.HashSet<>(a);
            merged.addAll(b);
            return Set.copyOf(merged);
        });
        return new ProtectedRecord(type, id, forceId, classification, copy);
    }

    public boolean relates(UUID personId, Relationship relationship) {
        return related.getOrDefault(relationship, Set.of()).contains(personId);
    }
}
