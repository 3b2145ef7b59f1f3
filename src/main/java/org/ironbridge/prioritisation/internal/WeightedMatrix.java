package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The force's weighted scoring matrix as one assessor rated it: each criterion rated 1 (poor) to 5 (excellent)
 * with the weight it had when rated. The score is the weighted sum as a percentage of the most it could be
 * (every criterion rated 5).
 */
public record WeightedMatrix(List<Rating> ratings) {

    public static final int MAX_RATING = 5;

    public record Rating(String criterion, int weight, int rating) {
        public Rating {
            if (rating < 1 || rating > MAX_RATING) {
                throw new IllegalArgumentException("ratings are 1 to 5");
            }
            if (weight < 1 || weight > 100) {
                throw new IllegalArgumentException("weights are 1 to 100");
            }
        }
    }

    public WeightedMatrix {
        ratings = List.copyOf(ratings);
        if (ratings.isEmpty() || ratings.stream().mapToInt(Rating::weight).sum() != 100) {
            throw new IllegalArgumentException("weights must add up to 100");
        }
    }

    /** Σ weight × rating: at most 500. */
    public int weightedSum() {
        return ratings.stream().mapToInt(r -> r.weight() * r.rating()).sum();
    }

    public BigDecimal score() {
        return BigDecimal.valueOf(weightedSum()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100L * MAX_RATING), 1, RoundingMode.HALF_UP);
    }

    public String why() {
        return ratings.stream().map(r -> r.criterion() + " " + r.rating() + " of 5 × " + r.weight() + "%")
                .collect(Collectors.joining(" + ")) + " = " + weightedSum() + " of " + 100 * MAX_RATING + " = "
                + Figures.of(score()) + "%";
    }
}
