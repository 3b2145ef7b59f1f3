package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.portfolio.InitiativeType;

/** The validated, editable description of an initiative. */
public record InitiativeDetails(String title, String summary, InitiativeType type, UUID sroId, UUID projectManagerId,
                                BigDecimal wholeLifeCost, Integer riskScore, boolean involvesAi,
                                Classification classification,
                                Set<UUID> businessAreas, Set<UUID> objectives) {
}
