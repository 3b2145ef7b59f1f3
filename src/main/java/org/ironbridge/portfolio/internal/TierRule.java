package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** The version of a threshold no one has saved yet, as the edit form carries it. */
    public static final int NEVER_SAVED = -1;

    /** The force's thresholds as saved, with the version each was saved at. */
    public record Saved(List<Threshold> thresholds, Map<Tier, Integer> versions) {

        public Threshold of(Tier tier) {
            return thresholds.stream().filter(threshold -> threshold.tier() == tier).findFirst().orElse(null);
        }

        public int versionOf(Tier tier) {
            return versions.getOrDefault(tier, NEVER_SAVED);
        }
    }

    private final JdbcClient jdbc;

    TierRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Tier tierFor(UUID forceId, BigDecimal wholeLifeCost, Integer riskScore, boolean involvesAi) {
        return tierFor(thresholds(forceId), wholeLifeCost, riskScore, involvesAi);
    }

    /** The tier these thresholds give; AI goes to the Change Board whatever its cost and risk. */
    static Tier tierFor(List<Threshold> thresholds, BigDecimal wholeLifeCost, Integer riskScore, boolean involvesAi) {
        return involvesAi ? Tier.CHANGE_BOARD : decide(thresholds, wholeLifeCost, riskScore);
    }

    public List<Threshold> thresholds(UUID forceId) {
        return saved(forceId).thresholds();
    }

    public Saved saved(UUID forceId) {
        Map<Tier, Integer> versions = new EnumMap<>(Tier.class);
        List<Threshold> thresholds = jdbc.sql("""
                        select tier, minimum_cost, minimum_risk, version from governance_threshold where force_id = :f
                        order by tier""")
                .param("f", forceId)
                .query((rs, row) -> {
                    Tier tier = Tier.valueOf(rs.getString(1));
                    versions.put(tier, rs.getInt(4));
                    return new Threshold(tier, rs.getBigDecimal(2), rs.getInt(3));
                })
                .list();
        return new Saved(thresholds, Map.copyOf(versions));
    }

    /**
     * Saves a threshold if it is still at the version the person saw ({@link #NEVER_SAVED} for one not yet
     * saved); false when someone else saved it first.
     */
    boolean save(UUID forceId, Threshold threshold, int expectedVersion) {
        String sql = expectedVersion == NEVER_SAVED ? """
                insert into governance_threshold (force_id, tier, minimum_cost, minimum_risk, version)
                values (:f, :t, :c, :r, 0) on conflict (force_id, tier) do nothing
                """ : """
                update governance_threshold set minimum_cost = :c, minimum_risk = :r, version = version + 1
                where force_id = :f and tier = :t and version = :v
                """;
        return jdbc.sql(sql).param("f", forceId).param("t", threshold.tier().name()).param("c", threshold.minimumCost())
                .param("r", threshold.minimumRisk()).param("v", expectedVersion).update() == 1;
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
