package org.ironbridge.governance;

import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.portfolio.Tier;

/**
 * A board recorded a decision. Published inside the transaction that records it, so that what another module
 * does on hearing it (the AI register reflecting an approval, say) commits or fails with the decision.
 */
public record DecisionRecorded(UUID decisionId, UUID forceId, String forceCode, String reference, String boardName,
                               Tier boardTier, UUID initiativeId, UUID paperId, String paperReference,
                               boolean paperPassesGate, Outcome outcome, LocalDate decidedOn, String recordedBy) {
}
