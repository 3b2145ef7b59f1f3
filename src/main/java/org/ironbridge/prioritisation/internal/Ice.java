package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** ICE: impact, confidence and ease, each 1 to 10, combined as their mean (not their product). */
public record Ice(int impact, int confidence, int ease) {

    public Ice {
        for (int part : new int[] {impact, confidence, ease}) {
            if (part < 1 || part > 10) {
                throw new IllegalArgumentException("ICE parts are 1 to 10");
            }
        }
    }

    public BigDecimal score() {
        return BigDecimal.valueOf(impact + confidence + ease).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
    }

    public String why() {
        return "(" + impact + " impact + " + confidence + " confidence + " + ease + " ease) ÷ 3 = " + Figures.of(score());
    }
}
