package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When assessors disagree: their highest and lowest scores for a model are further apart than the force's
 * threshold for it. The matrix and ICE in points of their own scale, RICE and WSJF as a percentage of the
 * assessors' mean (their scores have no fixed scale), MoSCoW in steps between categories.
 */
public record Thresholds(int matrixPoints, int icePoints, int ricePercent, int wsjfPercent, int moscowSteps) {

    public static final Thresholds DEFAULTS = new Thresholds(20, 3, 50, 50, 1);

    public Thresholds {
        if (matrixPoints < 1 || matrixPoints > 100 || icePoints < 1 || icePoints > 9 || ricePercent < 1
                || ricePercent > 1000 || wsjfPercent < 1 || wsjfPercent > 1000 || moscowSteps < 1 || moscowSteps > 3) {
            throw new IllegalArgumentException("threshold out of range");
        }
    }

    /** The largest spread that still counts as agreement for this model, given the assessors' mean. */
    public BigDecimal allowedSpread(Model model, BigDecimal mean) {
        return switch (model) {
            case MATRIX -> BigDecimal.valueOf(matrixPoints);
            case ICE -> BigDecimal.valueOf(icePoints);
            case RICE -> mean.abs().multiply(BigDecimal.valueOf(ricePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case WSJF -> mean.abs().multiply(BigDecimal.valueOf(wsjfPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case MOSCOW -> BigDecimal.valueOf(moscowSteps);
        };
    }

    /** The rule in words, as the pages state it. */
    public String rule(Model model) {
        return switch (model) {
            case MATRIX -> "scores more than " + matrixPoints + " percentage points apart";
            case ICE -> "scores more than " + icePoints + " point" + (icePoints == 1 ? "" : "s") + " apart";
            case RICE -> "scores further apart than " + ricePercent + "% of the assessors' mean RICE score";
            case WSJF -> "scores further apart than " + wsjfPercent + "% of the assessors' mean WSJF score";
            case MOSCOW -> "choices more than " + moscowSteps + " step" + (moscowSteps == 1 ? "" : "s")
                    + " apart (Must, Should, Could, Won't)";
        };
    }
}
