package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;

/**
 * One model's scores from every assessor who filled it in: the mean, the spread (highest − lowest) and whether
 * the assessors disagree by more than the force allows. One assessor cannot disagree with themselves.
 */
public record Comparison(Model model, List<BigDecimal> scores, BigDecimal mean, BigDecimal spread, boolean disagreement) {

    public static Comparison of(Model model, List<BigDecimal> scores, Thresholds thresholds) {
        if (scores.isEmpty()) {
            return new Comparison(model, List.of(), null, null, false);
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        BigDecimal spread = Collections.max(scores).subtract(Collections.min(scores));
        boolean disagreement = scores.size() > 1 && spread.compareTo(thresholds.allowedSpread(model, mean)) > 0;
        return new Comparison(model, List.copyOf(scores), mean, spread, disagreement);
    }

    public int assessors() {
        return scores.size();
    }

    public boolean scored() {
        return !scores.isEmpty();
    }
}
