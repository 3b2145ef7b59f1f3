package org.ironbridge.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.ChangeImpactSummary;
import org.ironbridge.portfolio.RaidCounts;
import org.ironbridge.portfolio.RiskSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The RAID log and change impacts as read models: for the facade, and for the portfolio's dependency view. */
@Component
public class RaidQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String DEPENDENCIES = """
            select d.id, d.reference, w.id as waiting_id, w.reference as waiting_reference, w.title as waiting_title,
                   p.id as provider_id, p.reference as provider_reference, p.title as provider_title,
                   d.external_programme, d.needed, d.needed_by, d.status, p.forecast_end
            from raid_dependency d
            join initiative w on w.id = d.initiative_id
            left join initiative p on p.id = d.depends_on_initiative_id
            where %s
            order by d.needed_by, w.reference, d.reference
            """;

    private final JdbcClient jdbc;
    private final ChangeImpactLog impacts;
    private final ForceNames names;
    private final Clock clock;

    RaidQueries(JdbcClient jdbc, ChangeImpactLog impacts, ForceNames names, Clock clock) {
        this.jdbc = jdbc;
        this.impacts = impacts;
        this.names = names;
        this.clock = clock;
    }

    /** Today where the forces are: a dependency needed by today is not late until tomorrow. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** Open risks, highest residual score first. */
    @Transactional(readOnly = true)
    public List<RiskSummary> openRisks(UUID initiativeId) {
        return jdbc.sql("""
                select r.id, r.reference, r.event, r.inherent_probability * r.inherent_impact as inherent,
                       r.residual_probability * r.residual_impact as residual, p.display_name, r.escalated
                from raid_risk r join person p on p.id = r.owner_id
                where r.initiative_id = :i and r.status = 'OPEN'
                order by residual desc, inherent desc, r.reference
                """).param("i", initiativeId)
                .query((rs, row) -> new RiskSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("event"), rs.getInt("inherent"), rs.getInt("residual"),
                        rs.getString("display_name"), rs.getBoolean("escalated")))
                .list();
    }

    @Transactional(readOnly = true)
    public RaidCounts raidCounts(UUID initiativeId) {
        Map<String, Object> counts = jdbc.sql("""
                select (select count(*) from raid_risk where initiative_id = :i and status = 'OPEN') as risks,
                       (select count(*) from raid_issue where initiative_id = :i and status <> 'RESOLVED') as issues,
                       (select count(*) from raid_assumption where initiative_id = :i) as assumptions
                """).param("i", initiativeId).query().singleRow();
        List<DependencyRow> dependencies = dependencies("w.id = :i", Map.of("i", initiativeId));
        return new RaidCounts(((Number) counts.get("risks")).intValue(), ((Number) counts.get("issues")).intValue(),
                ((Number) counts.get("assumptions")).intValue(), dependencies.size(),
                (int) dependencies.stream().filter(row -> row.lateness().late()).count());
    }

    @Transactional(readOnly = true)
    public List<ChangeImpactSummary> changeImpacts(UUID initiativeId) {
        List<ChangeImpact> list = impacts.of(initiativeId);
        if (list.isEmpty()) {
            return List.of();
        }
        UUID force = jdbc.sql("select force_id from initiative where id = :i").param("i", initiativeId)
                .query(UUID.class).single();
        Map<UUID, String> units = names.units(force);
        return list.stream().map(impact -> new ChangeImpactSummary(units.get(impact.organisationUnitId()),
                how(impact),
                impact.severity().label(), impact.from(), impact.to())).toList();
    }

    private static Set<String> how(ChangeImpact impact) {
        Set<String> how = new LinkedHashSet<>();
        impact.ways().forEach(way -> how.add(way.label()));
        return Collections.unmodifiableSet(how);
    }

    /** Every dependency in the person's force that their vetting lets them see, waiting side and waited-on side. */
    @Transactional(readOnly = true)
    public List<DependencyRow> inForce(Subject subject) {
        return dependencies("w.force_id = :force and " + visible(subject), Map.of("force", subject.forceId()));
    }

    /** One initiative's dependencies, less those on initiatives above the person's vetting. */
    @Transactional(readOnly = true)
    public List<DependencyRow> of(Subject subject, UUID initiativeId) {
        return dependencies("w.id = :i and w.force_id = :force and " + visible(subject),
                Map.of("i", initiativeId, "force", subject.forceId())).stream()
                .sorted(Comparator.comparing(DependencyRow::reference)).toList();
    }

    private static String visible(Subject subject) {
        return subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting()) ? "true"
                : "w.classification = 'OFFICIAL' and (p.id is null or p.classification = 'OFFICIAL')";
    }

    private List<DependencyRow> dependencies(String where, Map<String, ?> params) {
        LocalDate today = today();
        return jdbc.sql(DEPENDENCIES.formatted(where)).params(params).query((rs, row) -> row(rs, today)).list();
    }

    private static DependencyRow row(ResultSet rs, LocalDate today) throws SQLException {
        Raid.DependencyStatus status = Raid.DependencyStatus.valueOf(rs.getString("status"));
        LocalDate neededBy = rs.getObject("needed_by", LocalDate.class);
        LocalDate forecastEnd = rs.getObject("forecast_end", LocalDate.class);
        return new DependencyRow(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("waiting_id", UUID.class), rs.getString("waiting_reference"), rs.getString("waiting_title"),
                rs.getObject("provider_id", UUID.class), rs.getString("provider_reference"),
                rs.getString("provider_title"), rs.getString("external_programme"), rs.getString("needed"), neededBy,
                status, forecastEnd, Lateness.of(status, neededBy, forecastEnd, today));
    }
}
