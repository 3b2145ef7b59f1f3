package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How an initiative changes one business area of the force, how severely, and in which months: the
 * data behind the force's view of change saturation.
 */
@Table("change_impact")
public class ChangeImpact implements LoggedItem {

    record Details(UUID organisationUnitId, Set<Raid.ImpactKind> ways, Raid.Level severity, YearMonth from,
                   YearMonth to) {
    }

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private UUID organisationUnitId;
    @MappedCollection(idColumn = "change_impact_id")
    private Set<Way> ways;
    private Raid.Level severity;
    private LocalDate fromMonth;
    private LocalDate toMonth;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    ChangeImpact(UUID id, UUID initiativeId, UUID organisationUnitId, Set<Way> ways, Raid.Level severity,
                 LocalDate fromMonth, LocalDate toMonth, Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.organisationUnitId = organisationUnitId;
        this.ways = ways == null ? Set.of() : ways;
        this.severity = severity;
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static ChangeImpact assess(UUID initiativeId, Details details, Instant now) {
        ChangeImpact impact = new ChangeImpact(UUID.randomUUID(), initiativeId, null, Set.of(), null, null, null, now,
                now, null);
        impact.apply(details, now);
        return impact;
    }

    void apply(Details details, Instant now) {
        if (details.ways().isEmpty() || details.to().isBefore(details.from())) {
            throw new IllegalArgumentException("A change impact needs a way and months in order");
        }
        this.organisationUnitId = details.organisationUnitId();
        this.ways = details.ways().stream().map(Way::new).collect(Collectors.toSet());
        this.severity = details.severity();
        this.fromMonth = details.from().atDay(1);
        this.toMonth = details.to().atDay(1);
        this.updatedAt = now;
    }

    @Override
    public UUID id() { return id; }
    @Override
    public UUID initiativeId() { return initiativeId; }
    public UUID organisationUnitId() { return organisationUnitId; }
    public Raid.Level severity() { return severity; }
    public YearMonth from() { return YearMonth.from(fromMonth); }
    public YearMonth to() { return YearMonth.from(toMonth); }
    public Instant createdAt() { return createdAt; }
    @Override
    public Instant updatedAt() { return updatedAt; }
    @Override
    public Integer version() { return version; }

    /** How the area is affected, in the scale's order. */
    public Set<Raid.ImpactKind> ways() {
        Set<Raid.ImpactKind> kinds = EnumSet.noneOf(Raid.ImpactKind.class);
        ways.forEach(way -> kinds.add(way.kind()));
        return kinds;
    }

    @Table("change_impact_way")
    record Way(Raid.ImpactKind kind) {
    }
}
