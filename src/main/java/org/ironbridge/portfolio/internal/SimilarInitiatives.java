package org.ironbridge.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.SimilarInitiative;
import org.ironbridge.portfolio.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives that resemble what someone is writing: any of its words in the title or summary (full text,
 * so a partial match counts) and the spelling of the title (trigram similarity), in one ranking. A force
 * has hundreds of initiatives, not millions; the trigram index on the title keeps the spelling half cheap.
 */
@Component
public class SimilarInitiatives {

    private final JdbcClient jdbc;

    SimilarInitiatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<SimilarInitiative> similarTo(Subject subject, String title, String text, int limit) {
        String words = ((title == null ? "" : title) + " " + (text == null ? "" : text)).strip();
        if (words.length() < 3 || limit < 1) {
            return List.of();
        }
        boolean sensitiveToo = subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting());
        return jdbc.sql("""
                with q as (select replace(plainto_tsquery('english', :words)::text, ' & ', ' | ')::tsquery as q)
                select i.id, i.reference, i.title, i.stage,
                       0.6 * ts_rank_cd(to_tsvector('english', i.title || ' ' || i.summary), q.q, 32)
                       + 0.4 * similarity(i.title, :title) as score
                from initiative i, q
                where i.force_id = :force and (:sensitive or i.classification = 'OFFICIAL')
                  and (to_tsvector('english', i.title || ' ' || i.summary) @@ q.q or i.title % :title)
                order by score desc, i.reference
                limit :limit
                """)
                .param("words", words.length() > 1000 ? words.substring(0, 1000) : words)
                .param("title", title == null || title.isBlank() ? words : title)
                .param("force", subject.forceId())
                .param("sensitive", sensitiveToo)
                .param("limit", limit)
                .query((rs, n) -> new SimilarInitiative(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Stage.valueOf(rs.getString(4)), rs.getDouble(5)))
                .list();
    }
}
