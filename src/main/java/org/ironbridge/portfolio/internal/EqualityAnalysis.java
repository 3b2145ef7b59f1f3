package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.portfolio.EqualityStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One saved version of an initiative's live equality analysis: how it has due regard to the three aims
 * of the Public Sector Equality Duty, and its impact on each protected characteristic. Never changed
 * once saved (the database refuses); an edit or a sign-off is the next version.
 */
@Table("equality_analysis")
public record EqualityAnalysis(@Id UUID id, UUID forceId, UUID initiativeId, int version, EqualityStatus status,
                               String eliminateDiscrimination, String advanceEquality, String fosterGoodRelations,
                               @MappedCollection(idColumn = "equality_analysis_id") Set<Impact> impacts,
                               LocalDate reviewDue, UUID signedOffById, String signedOffBy, Instant signedOffAt,
                               String savedBy, Instant savedAt) {

    public EqualityAnalysis {
        impacts = impacts == null ? Set.of() : Set.copyOf(impacts);
    }

    /** The impact on one protected characteristic, with what it rests on and how a harm is mitigated. */
    @Table("equality_impact")
    public record Impact(ProtectedCharacteristic characteristic, ImpactRating rating, String evidence, String mitigation) {
    }

    /** Every characteristic in the Act's order; one not recorded counts as unknown. */
    public List<Impact> impactsInOrder() {
        return java.util.Arrays.stream(ProtectedCharacteristic.values()).map(this::impactOn).toList();
    }

    public Impact impactOn(ProtectedCharacteristic characteristic) {
        return impacts.stream().filter(impact -> impact.characteristic() == characteristic).findFirst()
                .orElse(new Impact(characteristic, ImpactRating.UNKNOWN, null, null));
    }

    public List<Impact> rated(ImpactRating rating) {
        return impactsInOrder().stream().filter(impact -> impact.rating() == rating).toList();
    }

    /** Negative impacts with no mitigation recorded: the form refuses them, but sign-off checks again. */
    public List<Impact> unmitigated() {
        return rated(ImpactRating.NEGATIVE).stream().filter(impact -> impact.mitigation() == null).toList();
    }

    public boolean signedOff() {
        return status == EqualityStatus.SIGNED_OFF;
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }

    /** The next version: this content, signed off by the SRO, due for review on the date given. */
    EqualityAnalysis signOff(UUID sroId, String sroName, LocalDate due, String savedByName, Instant now) {
        return new EqualityAnalysis(UUID.randomUUID(), forceId, initiativeId, version + 1, EqualityStatus.SIGNED_OFF,
                eliminateDiscrimination, advanceEquality, fosterGoodRelations, impacts, due, sroId, sroName, now,
                savedByName, now);
    }
}
