package org.ironbridge.governance.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.portfolio.Tier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A governance board: who chairs it, who sits on it, how many make it quorate, and what it is for. */
@Table("board")
public record Board(@Id UUID id, UUID forceId, String name, Tier tier, UUID chairId, String chairTitle, int quorum,
                   String termsOfReference, UUID escalatesTo, UUID initiativeId, @Version Integer version,
                   @MappedCollection(idColumn = "board_id") Set<Member> members) {

    static Board create(UUID forceId, String name, Tier tier, UUID chairId, String chairTitle, int quorum,
                        String termsOfReference, UUID escalatesTo, UUID initiativeId, Set<UUID> memberIds) {
        return new Board(UUID.randomUUID(), forceId, name, tier, chairId, chairTitle, quorum, termsOfReference,
                escalatesTo, initiativeId, null, memberIds.stream().map(Member::new).collect(Collectors.toSet()));
    }

    Board reconfigured(String newName, UUID newChairId, String newChairTitle, int newQuorum, String newTerms,
                       UUID newEscalatesTo, Set<UUID> memberIds) {
        return new Board(id, forceId, newName, tier, newChairId, newChairTitle, newQuorum, newTerms, newEscalatesTo,
                initiativeId, version, memberIds.stream().map(Member::new).collect(Collectors.toSet()));
    }

    public boolean projectBoard() {
        return tier == Tier.PROJECT_BOARD;
    }

    public Set<UUID> memberIds() {
        return members.stream().map(Member::personId).collect(Collectors.toSet());
    }

    @Table("board_member")
    record Member(UUID personId) {
    }
}
