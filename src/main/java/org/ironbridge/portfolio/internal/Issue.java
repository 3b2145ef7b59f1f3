package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Something that has happened and needs managing, unlike a risk, which may happen. */
@Table("raid_issue")
public class Issue implements LoggedItem {

    record Details(String description, String impact, UUID ownerId, Raid.Level priority, Raid.IssueStatus status,
                   String resolution) {
    }

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private final String reference;
    private String description;
    private String impact;
    private UUID ownerId;
    private Raid.Level priority;
    private Raid.IssueStatus status;
    private String resolution;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Issue(UUID id, UUID initiativeId, String reference, String description, String impact, UUID ownerId,
          Raid.Level priority, Raid.IssueStatus status, String resolution, Instant createdAt, Instant updatedAt,
          Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.reference = reference;
        this.description = description;
        this.impact = impact;
        this.ownerId = ownerId;
        this.priority = priority;
        this.status = status;
        this.resolution = resolution;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Issue raise(UUID initiativeId, String reference, Details details, Instant now) {
        Issue issue = new Issue(UUID.randomUUID(), initiativeId, reference, null, null, null, null, null, null, now, now,
                null);
        issue.apply(details, now);
        return issue;
    }

    void apply(Details details, Instant now) {
        this.description = details.description();
        this.impact = details.impact();
        this.ownerId = details.ownerId();
        this.priority = details.priority();
        this.status = details.status();
        this.resolution = details.resolution();
        this.updatedAt = now;
    }

    @Override
    public UUID id() { return id; }
    @Override
    public UUID initiativeId() { return initiativeId; }
    public String reference() { return reference; }
    public String description() { return description; }
    public String impact() { return impact; }
    public UUID ownerId() { return ownerId; }
    public Raid.Level priority() { return priority; }
    public Raid.IssueStatus status() { return status; }
    public String resolution() { return resolution; }
    public Instant createdAt() { return createdAt; }
    @Override
    public Instant updatedAt() { return updatedAt; }
    @Override
    public Integer version() { return version; }
}
