package org.ironbridge.portfolio.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much change lands on each business area of the force, month by month: how many initiatives
 * affect it and the most severe of their impacts. Seen at the person's vetting.
 */
@Component
public class ChangeSaturation {

    /** One area in one month; no initiatives means highest is null. */
    public record Cell(YearMonth month, int initiatives, Raid.Level highest) {
    }

    public record Area(UUID id, String name, List<Cell> months) {
    }

    public record View(List<YearMonth> months, List<Area> areas) {
    }

    private final JdbcClient jdbc;
    private final ForceNames names;

    ChangeSaturation(JdbcClient jdbc, ForceNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The months from start, each area that any initiative affects in them. */
    @Transactional(readOnly = true)
    public View of(Subject subject, YearMonth start, int months) {
        List<YearMonth> window = IntStream.range(0, months).mapToObj(start::plusMonths).toList();
        Map<UUID, Map<YearMonth, Cell>> byArea = new HashMap<>();
        jdbc.sql("""
                select c.organisation_unit_id as area, cast(m.month as date) as month,
                       count(distinct c.initiative_id) as initiatives,
                       max(case c.severity when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end) as highest
                from generate_series(cast(:start as date), cast(:end as date), interval '1 month') as m(month)
                join change_impact c on c.from_month <= m.month and c.to_month >= m.month
                join initiative i on i.id = c.initiative_id
                where i.force_id = :force and (i.classification = 'OFFICIAL' or :sensitive)
                group by c.organisation_unit_id, m.month
                """)
                .param("start", start.atDay(1)).param("end", window.getLast().atDay(1))
                .param("force", subject.forceId())
                .param("sensitive", subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting()))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    byArea.computeIfAbsent(rs.getObject("area", UUID.class), area -> new HashMap<>())
                            .put(month, new Cell(month, rs.getInt("initiatives"),
                                    Raid.Level.values()[rs.getInt("highest") - 1]));
                });
        Map<UUID, String> units = names.units(subject.forceId());
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, cells) -> areas.add(new Area(area, units.getOrDefault(area, "Unknown area"),
                window.stream().map(month -> cells.getOrDefault(month, new Cell(month, 0, null))).toList())));
        areas.sort(Comparator.comparing(Area::name));
        return new View(window, areas);
    }
}
