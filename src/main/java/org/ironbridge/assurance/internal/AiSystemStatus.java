package org.ironbridge.assurance.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a system stands in the register. Approval and decommissioning come only from a board decision;
 * the other moves are recorded by the assurance team with a reason.
 */
public enum AiSystemStatus {
    REQUESTED("Requested", "grey"),
    UNDER_ASSESSMENT("Under assessment", "blue"),
    APPROVED_FOR_PILOT("Approved for pilot", "turquoise"),
    APPROVED("Approved", "green"),
    REJECTED("Rejected", "red"),
    LIVE("Live", "green"),
    UNDER_REVIEW("Under review", "orange"),
    DECOMMISSIONED("Decommissioned", "grey");

    private static final Map<AiSystemStatus, Set<AiSystemStatus>> MOVES = Map.of(
            REQUESTED, EnumSet.of(UNDER_ASSESSMENT, REJECTED),
            UNDER_ASSESSMENT, EnumSet.of(APPROVED_FOR_PILOT, APPROVED, REJECTED),
            APPROVED_FOR_PILOT, EnumSet.of(APPROVED, LIVE, REJECTED, UNDER_REVIEW, DECOMMISSIONED),
            APPROVED, EnumSet.of(LIVE, UNDER_REVIEW, DECOMMISSIONED),
            REJECTED, EnumSet.of(UNDER_ASSESSMENT),
            LIVE, EnumSet.of(UNDER_REVIEW, DECOMMISSIONED),
            UNDER_REVIEW, EnumSet.of(LIVE, APPROVED_FOR_PILOT, DECOMMISSIONED),
            DECOMMISSIONED, EnumSet.noneOf(AiSystemStatus.class));

    private final String label;
    private final String colour;

    AiSystemStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour the register shows the status in. */
    public String colour() {
        return colour;
    }

    public boolean mayMoveTo(AiSystemStatus to) {
        return MOVES.get(this).contains(to);
    }

    /** Only a board decision approves a system or decommissions it. */
    public boolean needsBoardDecision() {
        return this == APPROVED_FOR_PILOT || this == APPROVED || this == DECOMMISSIONED;
    }

    /** The moves the assurance team may record by hand from here. */
    public Set<AiSystemStatus> manualMoves() {
        Set<AiSystemStatus> moves = EnumSet.noneOf(AiSystemStatus.class);
        MOVES.get(this).stream().filter(s -> !s.needsBoardDecision()).forEach(moves::add);
        return moves;
    }

    /** In service, or approved to be: what monitoring and access rules apply to. */
    public boolean inService() {
        return this == APPROVED_FOR_PILOT || this == APPROVED || this == LIVE || this == UNDER_REVIEW;
    }
}
