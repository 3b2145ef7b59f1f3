package org.ironbridge.portfolio;

import java.util.UUID;

/**
 * An initiative has a new Senior Responsible Owner. Published inside the transaction that changed it,
 * so whoever follows the SRO (the Project Board's chair) changes with it or not at all.
 */
public record SeniorResponsibleOwnerChanged(UUID initiativeId, String reference, UUID previousSroId, UUID sroId,
                                            String forceCode) {
}
