package org.ironbridge.ideas.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.people.People;
import org.ironbridge.people.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a force quotes about its portal: how many ideas came in, by month and business area, how
 * many were approved, how fast people got a first response and a decision, and why ideas were declined.
 * Drafts are never counted.
 */
@Component
public class PortalStatistics {

    /** Ideas submitted in one month for one business area ({@code area} null: none chosen). */
    public record MonthArea(String month, String area, long submitted, long approved, long declined) {
    }

    public record Count(String label, long ideas) {
    }

    public record Summary(long submitted, long approved, long declined, long decided, Double medianDaysToFirstResponse,
                          Double medianDaysToDecision, List<Count> byMonth, List<Count> byArea, List<Count> declinedReasons,
                          List<MonthArea> rows) {

        /** Approved as a share of every idea submitted, as WMP quotes it (about 10%). */
        public double approvedPercent() {
            return submitted == 0 ? 0 : Math.round(approved * 1000.0 / submitted) / 10.0;
        }
    }

    private final JdbcClient jdbc;
    private final People people;

    PortalStatistics(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Summary of(UUID forceId) {
        Map<UUID, String> names = people.units(forceId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        List<MonthArea> rows = jdbc.sql("""
                select to_char(submitted_at at time zone 'Europe/London', 'YYYY-MM') as month, business_area_id,
                       count(*) as submitted, count(*) filter (where status = 'APPROVED') as approved,
                       count(*) filter (where status = 'DECLINED') as declined
                from idea where force_id = :f and status <> 'DRAFT' and submitted_at is not null
                group by 1, 2 order by 1, 2
                """).param("f", forceId).query((rs, n) -> new MonthArea(rs.getString(1),
                names.getOrDefault(rs.getObject(2, UUID.class), "Not chosen"), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list().stream().sorted(java.util.Comparator.comparing(MonthArea::month).thenComparing(MonthArea::area)).toList();
        Map<String, Object> totals = jdbc.sql("""
                select count(*) as submitted, count(*) filter (where status = 'APPROVED') as approved,
                       count(*) filter (where status = 'DECLINED') as declined,
                       count(*) filter (where decided_at is not null) as decided,
                       percentile_cont(0.5) within group (order by extract(epoch from first_response_at - submitted_at) / 86400)
                           filter (where first_response_at is not null) as first_response,
                       percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 86400)
                           filter (where decided_at is not null) as decision
                from idea where force_id = :f and status <> 'DRAFT' and submitted_at is not null
                """).param("f", forceId).query().singleRow();
        List<Count> reasons = jdbc.sql("""
                select r.label, count(i.id) from idea_decline_reason r
                join idea i on i.decline_reason_id = r.id and i.status = 'DECLINED'
                where r.force_id = :f group by r.label order by count(i.id) desc, r.label
                """).param("f", forceId).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
        List<Count> byMonth = rows.stream().collect(Collectors.groupingBy(MonthArea::month, java.util.TreeMap::new,
                Collectors.summingLong(MonthArea::submitted))).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        List<Count> byArea = rows.stream().collect(Collectors.groupingBy(MonthArea::area, java.util.TreeMap::new,
                Collectors.summingLong(MonthArea::submitted))).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(Count::ideas).reversed().thenComparing(Count::label)).toList();
        return new Summary(number(totals.get("submitted")), number(totals.get("approved")), number(totals.get("declined")),
                number(totals.get("decided")), days(totals.get("first_response")), days(totals.get("decision")),
                byMonth, byArea, reasons, rows);
    }

    /** The same figures as CSV, one row per month and business area, for a spreadsheet. */
    public String csv(UUID forceId) {
        StringBuilder csv = new StringBuilder("Month,Business area,Submitted,Approved,Declined\r\n");
        for (MonthArea row : of(forceId).rows()) {
            csv.append(row.month()).append(',').append(cell(row.area())).append(',').append(row.submitted()).append(',')
                    .append(row.approved()).append(',').append(row.declined()).append("\r\n");
        }
        return csv.toString();
    }

    /** A CSV cell that a spreadsheet reads as text, never as a formula. */
    static String cell(String value) {
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double days(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
