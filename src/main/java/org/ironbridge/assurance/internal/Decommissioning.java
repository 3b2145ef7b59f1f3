package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How a system left service: the board decision that decided it, the date, and what happened to its data. */
public record Decommissioning(UUID systemId, UUID decisionId, String decisionReference, LocalDate decommissionedOn,
                              DataOutcome dataOutcome, String dataDetail, String recordedBy, Instant recordedAt) {

    /** "Decommissioned on 3 March 2026 by decision CB-2026-004; data: archived (...)". */
    public String summary() {
        return "Decommissioned on " + Validation.DAY.format(decommissionedOn) + " by decision " + decisionReference
                + "; data: " + dataOutcome.label().toLowerCase(java.util.Locale.ROOT) + " (" + dataDetail + ")";
    }
}
