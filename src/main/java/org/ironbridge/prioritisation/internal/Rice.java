package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * RICE: reach (people or cases a quarter) × impact (0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive)
 * × confidence (50, 80 or 100%) ÷ effort (person-months).
 */
public record Rice(int reach, BigDecimal impact, int confidence, BigDecimal effort) {

    public static final List<BigDecimal> IMPACTS = List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE,
            new BigDecimal("2"), new BigDecimal("3"));
    public static final List<Integer> CONFIDENCES = List.of(50, 80, 100);
    public static final int MAX_REACH = 10_000_000;
    public static final BigDecimal MAX_EFFORT = new BigDecimal("1000");

    public Rice {
        if (reach < 0 || reach > MAX_REACH) {
            throw new IllegalArgumentException("reach out of range");
        }
        if (impact == null || IMPACTS.stream().noneMatch(allowed -> allowed.compareTo(impact) == 0)) {
            throw new IllegalArgumentException("impact must be one of " + IMPACTS);
        }
        if (!CONFIDENCES.contains(confidence)) {
            throw new IllegalArgumentException("confidence must be one of " + CONFIDENCES);
        }
        if (effort == null || effort.signum() <= 0 || effort.compareTo(MAX_EFFORT) > 0
                || effort.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("effort must be above 0 and at most 1000, to one decimal place");
        }
    }

    public BigDecimal score() {
        return BigDecimal.valueOf(reach).multiply(impact).multiply(BigDecimal.valueOf(confidence))
                .divide(BigDecimal.valueOf(100).multiply(effort), 2, RoundingMode.HALF_UP);
    }

    /** The arithmetic in words. */
    public String why() {
        return Figures.of(reach) + " reach × " + Figures.of(impact) + " impact × " + confidence + "% confidence ÷ "
                + Figures.of(effort) + " person-month" + (effort.compareTo(BigDecimal.ONE) == 0 ? "" : "s") + " = "
                + Figures.of(score());
    }
}
