package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.ironbridge.portfolio.Tier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A threat to an initiative, written as cause, event and effect ("because of the cause, the event may
 * occur, leading to the effect"), scored before (inherent) and after (residual) its response.
 */
@Table("raid_risk")
public class Risk implements LoggedItem {

    /** A risk as typed and validated; a reason means it is escalated to the board above. */
    record Details(String cause, String event, String effect, RiskScore inherent, RiskScore residual, UUID ownerId,
                   Raid.Response response, Raid.Proximity proximity, String escalationReason, Raid.RiskStatus status) {
    }

    @Id
    private final UUID id;
    private final UUID initiativeId;
    private final String reference;
    private String cause;
    private String event;
    private String effect;
    @Embedded.Nullable(prefix = "inherent_")
    private RiskScore inherent;
    @Embedded.Nullable(prefix = "residual_")
    private RiskScore residual;
    private UUID ownerId;
    private Raid.Response response;
    private Raid.Proximity proximity;
    private boolean escalated;
    private String escalatedTo;
    private String escalationReason;
    private Raid.RiskStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Risk(UUID id, UUID initiativeId, String reference, String cause, String event, String effect, RiskScore inherent,
         RiskScore residual, UUID ownerId, Raid.Response response, Raid.Proximity proximity, boolean escalated,
         String escalatedTo, String escalationReason, Raid.RiskStatus status, Instant createdAt, Instant updatedAt,
         Integer version) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.reference = reference;
        this.cause = cause;
        this.event = event;
        this.effect = effect;
        this.inherent = inherent;
        this.residual = residual;
        this.ownerId = ownerId;
        this.response = response;
        this.proximity = proximity;
        this.escalated = escalated;
        this.escalatedTo = escalatedTo;
        this.escalationReason = escalationReason;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Risk raise(Initiative initiative, String reference, Details details, Instant now) {
        Risk risk = new Risk(UUID.randomUUID(), initiative.id(), reference, null, null, null, null, null, null, null,
                null, false, null, null, null, now, now, null);
        risk.apply(details, initiative.tier(), now);
        return risk;
    }

    void apply(Details details, Tier tier, Instant now) {
        if (!details.residual().noHigherThan(details.inherent())) {
            throw new IllegalArgumentException("A residual score above the inherent score");
        }
        this.cause = details.cause();
        this.event = details.event();
        this.effect = details.effect();
        this.inherent = details.inherent();
        this.residual = details.residual();
        this.ownerId = details.ownerId();
        this.response = details.response();
        this.proximity = details.proximity();
        boolean escalate = details.escalationReason() != null;
        // The board it went to stays as it was when escalated, even if the initiative is re-tiered since.
        this.escalatedTo = !escalate ? null : escalated ? escalatedTo : boardAbove(tier);
        this.escalated = escalate;
        this.escalationReason = details.escalationReason();
        this.status = details.status();
        this.updatedAt = now;
    }

    /** Where a risk goes when it is beyond the tolerance of the board that governs the initiative. */
    public static String boardAbove(Tier tier) {
        return switch (tier) {
            case PROJECT_BOARD -> Tier.DESIGN_AND_DELIVERY_BOARD.label();
            case DESIGN_AND_DELIVERY_BOARD -> Tier.CHANGE_BOARD.label();
            case CHANGE_BOARD -> "Force strategic risk register";
        };
    }

    /** "Because of the cause, the event may occur, leading to the effect.", in the words as typed. */
    public String statement() {
        return "Because of " + clause(cause) + ", " + clause(event) + " may occur, leading to " + clause(effect) + ".";
    }

    private static String clause(String text) {
        return text.strip().replaceAll("[.\\s]+$", "");
    }

    @Override
    public UUID id() { return id; }
    @Override
    public UUID initiativeId() { return initiativeId; }
    public String reference() { return reference; }
    public String cause() { return cause; }
    public String event() { return event; }
    public String effect() { return effect; }
    public RiskScore inherent() { return inherent; }
    public RiskScore residual() { return residual; }
    public UUID ownerId() { return ownerId; }
    public Raid.Response response() { return response; }
    public Raid.Proximity proximity() { return proximity; }
    public boolean escalated() { return escalated; }
    public String escalatedTo() { return escalatedTo; }
    public String escalationReason() { return escalationReason; }
    public Raid.RiskStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    @Override
    public Instant updatedAt() { return updatedAt; }
    @Override
    public Integer version() { return version; }
}
