package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The PMO's overview of the portfolio: every initiative of the force, filtered, as one read model. */
@Component
public class PortfolioQueries {

    /** One line of the overview. */
    public record Row(UUID id, String reference, String title, InitiativeType type, Tier tier, Stage stage,
                      DeliveryConfidence deliveryConfidence, String sro, BigDecimal wholeLifeCost,
                      String businessAreas, Classification classification) {
    }

    /** Filters as chosen; null means any. */
    public record Filter(Stage stage, Tier tier, DeliveryConfidence confidence, UUID businessArea, String text) {
    }

    private final JdbcClient jdbc;

    PortfolioQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> overview(Subject subject, Filter filter) {
        List<String> where = new ArrayList<>(List.of("i.force_id = :force"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("force", subject.forceId());
        if (!subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting())) {
            where.add("i.classification = 'OFFICIAL'");
        }
        if (filter.stage() != null) {
            where.add("i.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.tier() != null) {
            where.add("i.tier = :tier");
            params.put("tier", filter.tier().name());
        }
        if (filter.confidence() != null) {
            where.add("i.delivery_confidence = :confidence");
            params.put("confidence", filter.confidence().name());
        }
        if (filter.businessArea() != null) {
            where.add("exists (select 1 from initiative_business_area a where a.initiative_id = i.id "
                    + "and a.organisation_unit_id = :area)");
            params.put("area", filter.businessArea());
        }
        if (filter.text() != null) {
            where.add("(i.title ilike :text escape '\\' or i.reference ilike :text escape '\\' "
                    + "or i.summary ilike :text escape '\\')");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql("""
                select i.id, i.reference, i.title, i.type, i.tier, i.stage, i.delivery_confidence, p.display_name as sro,
                       i.whole_life_cost, i.classification,
                       (select string_agg(u.name, ', ' order by u.name) from initiative_business_area a
                          join organisation_unit u on u.id = a.organisation_unit_id where a.initiative_id = i.id) as areas
                from initiative i left join person p on p.id = i.sro_id
                where %s
                order by i.reference
                """.formatted(String.join(" and ", where)))
                .params(params)
                .query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("title"), InitiativeType.valueOf(rs.getString("type")),
                        Tier.valueOf(rs.getString("tier")), Stage.valueOf(rs.getString("stage")),
                        rs.getString("delivery_confidence") == null ? null
                                : DeliveryConfidence.valueOf(rs.getString("delivery_confidence")),
                        rs.getString("sro"), rs.getBigDecimal("whole_life_cost"), rs.getString("areas"),
                        Classification.valueOf(rs.getString("classification"))))
                .list();
    }
}
