package org.ironbridge.portfolio.internal;

import java.util.List;

/**
 * Probability and impact, each from 1 (very low) to 5 (very high); the score is their product, 1 to 25.
 * Bands on the 5 × 5 grid: 1 to 4 is low, 5 to 12 medium, 15 to 25 high (no product falls between 12
 * and 15), so a risk that is likely and serious (4 × 4) is high, and one that is either rare or slight
 * stays low or medium.
 */
public record RiskScore(int probability, int impact) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    /** The words for each point of the scales, 1 to 5. */
    public static final List<String> PROBABILITY = List.of("Rare", "Unlikely", "Possible", "Likely",
            "Almost certain");
    public static final List<String> IMPACT = List.of("Negligible", "Minor", "Moderate", "Major",
            "Severe");

    public RiskScore {
        if (probability < MIN || probability > MAX || impact < MIN || impact > MAX) {
            throw new IllegalArgumentException("Probability and impact run from 1 to 5: " + probability + " × " + impact);
        }
    }

    public int score() {
        return probability * impact;
    }

    public Raid.Level band() {
        return band(score());
    }

    static Raid.Level band(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk score runs from 1 to 25: " + score);
        }
        return score <= 4 ? Raid.Level.LOW : score <= 12 ? Raid.Level.MEDIUM : Raid.Level.HIGH;
    }

    /** Whether this residual score is no higher than the inherent one: a response never raises a risk. */
    public boolean noHigherThan(RiskScore inherent) {
        return score() <= inherent.score();
    }

    /** For example "4 × 5 = 20". */
    public String sum() {
        return probability + " × " + impact + " = " + score();
    }
}
