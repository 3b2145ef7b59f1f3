package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A board's decision on the initiative a system belongs to, as the governance module announced it. */
public record BoardDecision(UUID id, String reference, String boardName, String outcome, LocalDate decidedOn,
                            String paperReference, String statusAfter) {

    /**
     * Whether the decision withdraws the system: the board stopped or closed its initiative, or said the system
     * is to be decommissioned. Only such a decision decommissions a system.
     */
    public boolean withdraws() {
        String decided = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return decided.equals("STOP") || decided.equals("CLOSE")
                || AiSystemStatus.DECOMMISSIONED.name().equalsIgnoreCase(statusAfter == null ? "" : statusAfter.strip());
    }

    /** "CB-2025-014, Change Board, 12 March 2025: Stop". */
    public String label() {
        return reference + ", " + boardName + ", " + Validation.DAY.format(decidedOn) + ": " + outcomeLabel();
    }

    public String outcomeLabel() {
        if (outcome == null || outcome.isBlank()) {
            return "No outcome recorded";
        }
        String words = outcome.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
