package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something the initiative needs from elsewhere by a date: from another initiative of the force, or
 * from an external or national programme (named in words, as it has no record here).
 */
@Table("raid_dependency")
public class Dependency implements LoggedItem {

    /** Exactly one of the initiative depended on and the external programme is given. */
    record Details(UUID dependsOnInitiativeId, String externalProgramme, String needed, LocalDate neededBy,
                   Raid.DependencyStatus status) {
    }

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private final String reference;
    private UUID dependsOnInitiativeId;
    private String externalProgramme;
    private String needed;
    private LocalDate neededBy;
    private Raid.DependencyStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Dependency(UUID id, UUID initiativeId, String reference, UUID dependsOnInitiativeId, String externalProgramme,
               String needed, LocalDate neededBy, Raid.DependencyStatus status, Instant createdAt, Instant updatedAt,
               Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.reference = reference;
        this.dependsOnInitiativeId = dependsOnInitiativeId;
        this.externalProgramme = externalProgramme;
        this.needed = needed;
        this.neededBy = neededBy;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Dependency record(UUID initiativeId, String reference, Details details, Instant now) {
        Dependency dependency = new Dependency(UUID.randomUUID(), initiativeId, reference, null, null, null, null, null,
                now, now, null);
        dependency.apply(details, now);
        return dependency;
    }

    void apply(Details details, Instant now) {
        if ((details.dependsOnInitiativeId() == null) == (details.externalProgramme() == null)) {
            throw new IllegalArgumentException("A dependency is on an initiative or on an external programme");
        }
        this.dependsOnInitiativeId = details.dependsOnInitiativeId();
        this.externalProgramme = details.externalProgramme();
        this.needed = details.needed();
        this.neededBy = details.neededBy();
        this.status = details.status();
        this.updatedAt = now;
    }

    @Override
    public UUID id() { return id; }
    @Override
    public UUID initiativeId() { return initiativeId; }
    public String reference() { return reference; }
    public UUID dependsOnInitiativeId() { return dependsOnInitiativeId; }
    public String externalProgramme() { return externalProgramme; }
    public String needed() { return needed; }
    public LocalDate neededBy() { return neededBy; }
    public Raid.DependencyStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    @Override
    public Instant updatedAt() { return updatedAt; }
    @Override
    public Integer version() { return version; }
}
