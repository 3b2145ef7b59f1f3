package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Weighted Shortest Job First: the cost of delay (business value + time criticality + risk reduction or
 * opportunity enablement) ÷ job size, each on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20.
 */
public record Wsjf(int businessValue, int timeCriticality, int riskReduction, int jobSize) {

    public static final List<Integer> SCALE = List.of(1, 2, 3, 5, 8, 13, 20);

    public Wsjf {
        for (int part : new int[] {businessValue, timeCriticality, riskReduction, jobSize}) {
            if (!SCALE.contains(part)) {
                throw new IllegalArgumentException("WSJF parts are one of " + SCALE);
            }
        }
    }

    public int costOfDelay() {
        return businessValue + timeCriticality + riskReduction;
    }

    public BigDecimal score() {
        return BigDecimal.valueOf(costOfDelay()).divide(BigDecimal.valueOf(jobSize), 2, RoundingMode.HALF_UP);
    }

    public String why() {
        return "(" + businessValue + " business value + " + timeCriticality + " time criticality + " + riskReduction
                + " risk reduction) ÷ " + jobSize + " job size = " + costOfDelay() + " ÷ " + jobSize + " = "
                + Figures.of(score());
    }
}
