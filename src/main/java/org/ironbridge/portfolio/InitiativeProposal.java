package org.ironbridge.portfolio;

import java.util.Set;
import java.util.UUID;

/**
 * What another module hands the portfolio to propose an initiative (an approved idea, say): the link
 * to its source is kept, and proposing the same source twice returns the first initiative.
 */
public record InitiativeProposal(UUID forceId, String sourceModule, String sourceId, String title, String summary,
                                 InitiativeType type, Set<UUID> businessAreas) {
}
