package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.ironbridge.portfolio.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides which board governs an initiative from the force's thresholds: the first tier whose cost
 * or risk threshold the initiative reaches, else its own Project Board. Every AI or data-driven
 * initiative goes to the Change Board ("All AI initiatives will be subject to a formal Change Paper
 * tabled at the Change Board").
 */
@Component
public class TierRule {

    /** One tier's threshold: an initiative costing at least this much, or this risky, belongs there. */
    public record Threshold(Tier tier, BigDecimal minimumCost, int minimumRisk) {
    }

    private final JdbcClient jdbc;

    TierRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Tier tierFor(UUID forceId, BigDecimal wholeLifeCost, Integer riskScore, boolean involvesAi) {
        return involvesAi ? Tier.CHANGE_BOARD : decide(thresholds(forceId), wholeLifeCost, riskScore);
    }

    public List<Threshold> thresholds(UUID forceId) {
        return jdbc.sql("select tier, minimum_cost, minimum_risk from governance_threshold where force_id = :f")
                .param("f", forceId)
                .query((rs, row) -> new Threshold(Tier.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }

    void setThreshold(UUID forceId, Tier tier, BigDecimal minimumCost, int minimumRisk) {
        jdbc.sql("""
                insert into governance_threshold (force_id, tier, minimum_cost, minimum_risk, version)
                values (:f, :t, :c, :r, 0)
                on conflict (force_id, tier) do update set minimum_cost = :c, minimum_risk = :r,
                    version = governance_threshold.version + 1
                """).param("f", forceId).param("t", tier.name()).param("c", minimumCost).param("r", minimumRisk).update();
    }

    static Tier decide(List<Threshold> thresholds, BigDecimal cost, Integer risk) {
        for (Tier tier : List.of(Tier.CHANGE_BOARD, Tier.DESIGN_AND_DELIVERY_BOARD)) {
            for (Threshold threshold : thresholds) {
                if (threshold.tier() == tier && reaches(threshold, cost, risk)) {
                    return tier;
                }
            }
        }
        return Tier.PROJECT_BOARD;
    }

    private static boolean reaches(Threshold threshold, BigDecimal cost, Integer risk) {
        return (cost != null && cost.compareTo(threshold.minimumCost()) >= 0)
                || (risk != null && risk >= threshold.minimumRisk());
    }
}
