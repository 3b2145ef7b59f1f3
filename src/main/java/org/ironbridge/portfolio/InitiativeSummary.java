package org.ironbridge.portfolio;

import java.util.UUID;

/** What other modules may know of an initiative. */
public record InitiativeSummary(UUID id, UUID forceId, String reference, String title, InitiativeType type, Tier tier,
                                Stage stage, UUID seniorResponsibleOwnerId) {
}
