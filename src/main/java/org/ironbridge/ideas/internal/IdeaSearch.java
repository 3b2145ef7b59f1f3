package org.ironbridge.ideas.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ironbridge.ideas.IdeaStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Finding the force's published ideas: PostgreSQL full-text search ranked by relevance with the matches
 * highlighted, filtered by status, business area and date, sorted and paged. Whatever is typed is a
 * parameter, never SQL, and is read as words (websearch syntax), so no input can make the query fail.
 */
@Component
public class IdeaSearch {

    public static final int PAGE_SIZE = 20;
    /** Sentinels ts_headline puts round matches; replaced by mark elements only after the text is escaped. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    public enum Sort { RELEVANCE, NEWEST, UPDATED, MOST_SUPPORTED }

    public record Criteria(String text, IdeaStatus status, UUID businessAreaId, java.time.LocalDate from,
                           java.time.LocalDate to, Sort sort, int page) {
    }

    /**
     * One idea in the results; title and snippet are safe HTML, with the matches marked. {@code supporters} counts
     * the distinct people supporting it or an idea merged into it, never its submitter.
     */
    public record Hit(UUID id, String reference, String titleHtml, String snippetHtml, IdeaStatus status,
                      String businessArea, Instant submittedAt, Instant updatedAt, long supporters) {
    }

    /** The supporters of idea i and of the ideas merged into it (duplicate_of_id), once each, never its submitter. */
    static final String SUPPORTERS = "(select count(*) from (select s.person_id from idea_support s where s.idea_id = i.id "
            + "union select s.person_id from idea d join idea_support s on s.idea_id = d.id where d.duplicate_of_id = i.id) sp "
            + "where sp.person_id <> i.submitter_id)";

    public record Results(List<Hit> hits, long total, int page, int pages) {
    }

    private final JdbcClient jdbc;

    IdeaSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Results search(org.ironbridge.access.Subject reader, Criteria criteria) {
        UUID forceId = reader.forceId();
        StringBuilder where = new StringBuilder(" from idea i left join organisation_unit u on u.id = i.business_area_id "
                + "where i.force_id = :force and i.status <> 'DRAFT'");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"force", forceId});
        // An idea marked above the reader's vetting is not listed, unless they submitted it.
        if (!reader.vetting().atLeast(org.ironbridge.access.Classification.OFFICIAL_SENSITIVE.minimumVetting())) {
            where.append(" and (i.classification = 'OFFICIAL' or i.submitter_id = :me)");
            params.add(new Object[] {"me", reader.personId()});
        }
        boolean text = criteria.text() != null;
        if (text) {
            where.append(" and i.search @@ websearch_to_tsquery('english', :q)");
            params.add(new Object[] {"q", criteria.text()});
        }
        if (criteria.status() != null) {
            where.append(" and i.status = :status");
            params.add(new Object[] {"status", criteria.status().name()});
        }
        if (criteria.businessAreaId() != null) {
            where.append(" and i.business_area_id = :area");
            params.add(new Object[] {"area", criteria.businessAreaId()});
        }
        if (criteria.from() != null) {
            where.append(" and i.submitted_at >= :from");
            params.add(new Object[] {"from", java.sql.Timestamp.valueOf(criteria.from().atStartOfDay())});
        }
        if (criteria.to() != null) {
            where.append(" and i.submitted_at < :to");
            params.add(new Object[] {"to", java.sql.Timestamp.valueOf(criteria.to().plusDays(1).atStartOfDay())});
        }
        long total = bind(jdbc.sql("select count(*)" + where), params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, criteria.page()), pages);
        Sort sort = criteria.sort() == null ? (text ? Sort.RELEVANCE : Sort.NEWEST) : criteria.sort();
        String order = switch (sort) {
            case RELEVANCE -> text ? "ts_rank_cd(i.search, websearch_to_tsquery('english', :q)) desc, i.submitted_at desc"
                    : "i.submitted_at desc";
            case NEWEST -> "i.submitted_at desc";
            case UPDATED -> "i.updated_at desc";
            case MOST_SUPPORTED -> "supporters desc, i.submitted_at desc";
        };
        String headline = text
                ? "ts_headline('english', i.title, websearch_to_tsquery('english', :q), 'StartSel=" + START + ", StopSel="
                        + STOP + ", HighlightAll=true'), ts_headline('english', coalesce(i.problem, ''), "
                        + "websearch_to_tsquery('english', :q), 'StartSel=" + START + ", StopSel=" + STOP
                        + ", MaxWords=35, MinWords=15')"
                : "i.title, left(coalesce(i.problem, ''), 240)";
        List<Hit> hits = bind(jdbc.sql("select i.id, i.reference, " + headline + ", i.status, u.name, i.submitted_at, "
                        + "i.updated_at, " + SUPPORTERS + " as supporters" + where + " order by " + order + ", i.reference limit " + PAGE_SIZE + " offset "
                        + (page - 1) * PAGE_SIZE), params)
                .query((rs, n) -> new Hit(rs.getObject(1, UUID.class), rs.getString(2), marked(rs.getString(3)),
                        marked(rs.getString(4)), IdeaStatus.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
                        rs.getLong(9)))
                .list();
        return new Results(hits, total, page, pages);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, List<Object[]> params) {
        for (Object[] param : params) {
            statement = statement.param((String) param[0], param[1]);
        }
        return statement;
    }

    /**
     * Escapes the text, then turns the match sentinels into mark elements. Stored text cannot hold the
     * sentinels: FormText.clean drops control characters.
     */
    static String marked(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
