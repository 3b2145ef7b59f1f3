package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Something the initiative's plan takes as true, until it is validated. */
@Table("raid_assumption")
public class Assumption implements LoggedItem {

    /** The validation says how it was checked (required once validated) or how it will be. */
    record Details(String statement, UUID ownerId, boolean validated, String validation) {
    }

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private final String reference;
    private String statement;
    private UUID ownerId;
    private boolean validated;
    private String validation;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Assumption(UUID id, UUID initiativeId, String reference, String statement, UUID ownerId, boolean validated,
               String validation, Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.reference = reference;
        this.statement = statement;
        this.ownerId = ownerId;
        this.validated = validated;
        this.validation = validation;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Assumption make(UUID initiativeId, String reference, Details details, Instant now) {
        Assumption assumption = new Assumption(UUID.randomUUID(), initiativeId, reference, null, null, false, null, now,
                now, null);
        assumption.apply(details, now);
        return assumption;
    }

    void apply(Details details, Instant now) {
        this.statement = details.statement();
        this.ownerId = details.ownerId();
        this.validated = details.validated();
        this.validation = details.validation();
        this.updatedAt = now;
    }

    @Override
    public UUID id() { return id; }
    @Override
    public UUID initiativeId() { return initiativeId; }
    public String reference() { return reference; }
    public String statement() { return statement; }
    public UUID ownerId() { return ownerId; }
    public boolean validated() { return validated; }
    public String validation() { return validation; }
    public Instant createdAt() { return createdAt; }
    @Override
    public Instant updatedAt() { return updatedAt; }
    @Override
    public Integer version() { return version; }
}
