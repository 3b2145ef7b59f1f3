package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Classification;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Rag;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A piece of change the force has taken on, from mandate to benefits review. */
@Table("initiative")
public class Initiative {

    @Id
    private final UUID id;
    private final UUID forceId;
    private final String reference;
    private String title;
    private String summary;
    private InitiativeType type;
    private Tier tier;
    private Stage stage;
    private UUID sroId;
    private UUID projectManagerId;
    private BigDecimal wholeLifeCost;
    private Integer riskScore;
    private boolean involvesAi;
    private DeliveryConfidence deliveryConfidence;
    @Embedded.Empty(prefix = "rag_")
    private RagStatus rag;
    @Embedded.Empty
    private Schedule schedule;
    private Classification classification;
    private final String sourceModule;
    private final String sourceId;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "initiative_id")
    private Set<BusinessArea> businessAreas;
    @MappedCollection(idColumn = "initiative_id")
    private Set<ObjectiveLink> objectives;

    @PersistenceCreator
    Initiative(UUID id, UUID forceId, String reference, String title, String summary, InitiativeType type, Tier tier,
               Stage stage, UUID sroId, UUID projectManagerId, BigDecimal wholeLifeCost, Integer riskScore,
               boolean involvesAi, DeliveryConfidence deliveryConfidence, RagStatus rag, Schedule schedule, Classification classification,
               String sourceModule, String sourceId, Instant createdAt, Instant updatedAt, Integer version,
               Set<BusinessArea> businessAreas, Set<ObjectiveLink> objectives) {
        this.id = id;
        this.forceId = forceId;
        this.reference = reference;
        this.title = title;
        this.summary = summary;
        this.type = type;
        this.tier = tier;
        this.stage = stage;
        this.sroId = sroId;
        this.projectManagerId = projectManagerId;
        this.wholeLifeCost = wholeLifeCost;
        this.riskScore = riskScore;
        this.involvesAi = involvesAi;
        this.deliveryConfidence = deliveryConfidence;
        this.rag = rag == null ? RagStatus.NONE : rag;
        this.schedule = schedule == null ? Schedule.NONE : schedule;
        this.classification = classification;
        this.sourceModule = sourceModule;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.businessAreas = businessAreas == null ? Set.of() : businessAreas;
        this.objectives = objectives == null ? Set.of() : objectives;
    }

    static Initiative propose(UUID forceId, String reference, InitiativeDetails details, Tier tier, String sourceModule,
                              String sourceId, Instant now) {
        Initiative initiative = new Initiative(UUID.randomUUID(), forceId, reference, null, null, null, tier,
                Stage.MANDATE, null, null, null, null, false, null, RagStatus.NONE, Schedule.NONE, Classification.OFFICIAL,
                sourceModule, sourceId, now, now, null, Set.of(), Set.of());
        initiative.apply(details, tier, now);
        return initiative;
    }

    void apply(InitiativeDetails details, Tier newTier, Instant now) {
        this.title = details.title();
        this.summary = details.summary();
        this.type = details.type();
        this.tier = newTier;
        this.sroId = details.sroId();
        this.projectManagerId = details.projectManagerId();
        this.wholeLifeCost = details.wholeLifeCost();
        this.riskScore = details.riskScore();
        this.involvesAi = details.involvesAi();
        this.classification = details.classification();
        this.businessAreas = details.businessAreas().stream().map(BusinessArea::new).collect(Collectors.toSet());
        this.objectives = details.objectives().stream().map(ObjectiveLink::new).collect(Collectors.toSet());
        this.updatedAt = now;
    }

    void assess(DeliveryConfidence confidence, RagStatus status, Instant now) {
        this.deliveryConfidence = confidence;
        this.rag = status;
        this.updatedAt = now;
    }

    void plan(Schedule dates, Instant now) {
        this.schedule = dates;
        this.updatedAt = now;
    }

    void moveTo(Stage next, Instant now) {
        this.stage = next;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID forceId() { return forceId; }
    public String reference() { return reference; }
    public String title() { return title; }
    public String summary() { return summary; }
    public InitiativeType type() { return type; }
    public Tier tier() { return tier; }
    public Stage stage() { return stage; }
    public UUID sroId() { return sroId; }
    public UUID projectManagerId() { return projectManagerId; }
    public BigDecimal wholeLifeCost() { return wholeLifeCost; }
    public Integer riskScore() { return riskScore; }
    public boolean involvesAi() { return involvesAi; }
    public DeliveryConfidence deliveryConfidence() { return deliveryConfidence; }
    public RagStatus rag() { return rag; }
    public Schedule schedule() { return schedule; }
    public Classification classification() { return classification; }
    public String sourceModule() { return sourceModule; }
    public String sourceId() { return sourceId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Integer version() { return version; }

    public Set<UUID> businessAreaIds() {
        return businessAreas.stream().map(BusinessArea::organisationUnitId).collect(Collectors.toCollection(HashSet::new));
    }

    public Set<UUID> objectiveIds() {
        return objectives.stream().map(ObjectiveLink::objectiveId).collect(Collectors.toCollection(HashSet::new));
    }

    /** RAG by dimension; any may be unset until the first status report. */
    public record RagStatus(Rag schedule, Rag cost, Rag scope, Rag benefits, Rag risk, Rag resources) {
        static final RagStatus NONE = new RagStatus(null, null, null, null, null, null);
    }

    /** Baseline, forecast and actual start and end dates. */
    public record Schedule(LocalDate baselineStart, LocalDate baselineEnd, LocalDate forecastStart, LocalDate forecastEnd,
                           LocalDate actualStart, LocalDate actualEnd) {
        static final Schedule NONE = new Schedule(null, null, null, null, null, null);
    }

    @Table("initiative_business_area")
    record BusinessArea(UUID organisationUnitId) {
    }

    @Table("initiative_objective")
    record ObjectiveLink(UUID objectiveId) {
    }
}
