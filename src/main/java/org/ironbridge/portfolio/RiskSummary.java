package org.ironbridge.portfolio;

import java.util.UUID;

/** An open risk of an initiative, as other modules may know it (for a board paper, say). Scores run 1 to 25. */
public record RiskSummary(UUID id, String reference, String event, int inherentScore, int residualScore,
                          String ownerName, boolean escalated) {
}
