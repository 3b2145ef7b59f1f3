package org.ironbridge.audit.internal;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ironbridge.audit.AuditEvent;
import org.ironbridge.audit.AuditPage;
import org.ironbridge.audit.AuditQuery;
import org.ironbridge.audit.Operation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of the trail for auditors and for "who changed this last". */
@Component
public class AuditEventQueries {

    private final JdbcClient jdbc;
    private final ChangesCodec codec;

    AuditEventQueries(JdbcClient jdbc, ChangesCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    public AuditPage search(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.actor() != null) {
            where.add("actor ilike :actor escape '\\'");
            params.put("actor", "%" + likeEscape(query.actor()) + "%");
        }
        if (query.record() != null) {
            where.add("(record_id = :record or record_type ilike :recordLike escape '\\' or summary ilike :recordLike escape '\\')");
            params.put("record", query.record());
            params.put("recordLike", "%" + likeEscape(query.record()) + "%");
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_event" + filter).params(params).query(Long.class).single();
        List<AuditEvent> events = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event" + filter
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", (long) (query.page() - 1) * query.pageSize())
                .query(StoredEvent::map).list().stream().map(this::toEvent).toList();
        return new AuditPage(events, total, query.page(), query.pageSize());
    }

    public Optional<AuditEvent> event(long seq) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq = :seq")
                .param("seq", seq).query(StoredEvent::map).optional().map(this::toEvent);
    }

    public List<AuditEvent> historyOf(String recordType, String recordId) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where record_type = :t and record_id = :id order by seq")
                .param("t", recordType).param("id", recordId)
                .query(StoredEvent::map).list().stream().map(this::toEvent).toList();
    }

    public Optional<AuditEvent> latestAlterationOf(String recordType, String recordId) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where record_type = :t and record_id = :id"
                        + " and operation = 'ALTERATION' order by seq desc limit 1")
                .param("t", recordType).param("id", recordId)
                .query(StoredEvent::map).optional().map(this::toEvent);
    }

    private AuditEvent toEvent(StoredEvent row) {
        return new AuditEvent(row.seq(), row.id(), row.occurredAt(), row.actor(), row.forceCode(), row.recordType(),
                row.recordId(), Operation.valueOf(row.operation()), row.summary(), codec.decode(row.changes()),
                row.justification(), row.prevHash(), row.hash());
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
