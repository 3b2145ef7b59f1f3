package org.ironbridge.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notices left for people: one table, read newest first, marked read all at once. */
@Component
public class NoticeBoard {

    public static final int PAGE_SIZE = 20;
    static final int TITLE_LIMIT = 300;
    static final int TEXT_LIMIT = 6000;

    /** One notice as its reader sees it; {@code link} is a path in Ironbridge or null. */
    public record Notice(UUID id, String title, String text, String link, Instant createdAt, boolean unread) {
    }

    public record Page(List<Notice> notices, long total, long unread, int page, int pages) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void post(UUID personId, UUID forceId, String title, String text, String link) {
        String cleanTitle = shortened(title == null || title.isBlank() ? "Notice" : title.strip(), TITLE_LIMIT);
        jdbc.sql("insert into notification (id, person_id, force_id, title, body, link, created_at) "
                        + "values (:id, :person, :force, :title, :body, :link, :at)")
                .param("id", UUID.randomUUID()).param("person", personId).param("force", forceId)
                .param("title", cleanTitle).param("body", text == null || text.isBlank() ? null : shortened(text.strip(), TEXT_LIMIT))
                .param("link", local(link)).param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

    @Transactional(readOnly = true)
    public long unread(UUID personId) {
        return jdbc.sql("select count(*) from notification where person_id = :p and read_at is null")
                .param("p", personId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Page page(UUID personId, int requested) {
        long total = jdbc.sql("select count(*) from notification where person_id = :p").param("p", personId)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        List<Notice> notices = jdbc.sql("select id, title, body, link, created_at, read_at is null from notification "
                        + "where person_id = :p order by created_at desc, id limit " + PAGE_SIZE + " offset "
                        + (page - 1) * PAGE_SIZE).param("p", personId)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
        return new Page(notices, total, unread(personId), page, pages);
    }

    /** Marks every notice of this person read; returns how many were unread. */
    @Transactional
    public int markAllRead(UUID personId) {
        return jdbc.sql("update notification set read_at = :at where person_id = :p and read_at is null")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("p", personId).update();
    }

    /** A path inside Ironbridge, or null: never another site, a protocol-relative address or a script. */
    static String local(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > 500
                || link.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return null;
        }
        return link;
    }

    private static String shortened(String text, int limit) {
        return text.codePointCount(0, text.length()) <= limit ? text
                : text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
