package org.ironbridge.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.governance.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every decision of every board of the force, searchable, with what superseded what. */
@Component
public class DecisionRegister {

    /** One line of the register. */
    public record Entry(UUID id, String reference, LocalDate meetingDate, String board, UUID boardId, String initiative,
                        UUID initiativeId, String subject, Outcome outcome, String rationale, int membersPresent,
                        int quorum, String declarations, String supersedes, String supersededBy) {
    }

    private final JdbcClient jdbc;

    DecisionRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> search(UUID forceId, UUID boardId, Outcome outcome, UUID initiativeId, String text) {
        List<String> where = new ArrayList<>(List.of("d.force_id = :force"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("force", forceId);
        if (boardId != null) {
            where.add("d.board_id = :board");
            params.put("board", boardId);
        }
        if (outcome != null) {
            where.add("d.outcome = :outcome");
            params.put("outcome", outcome.name());
        }
        if (initiativeId != null) {
            where.add("d.initiative_id = :initiative");
            params.put("initiative", initiativeId);
        }
        if (text != null) {
            where.add("(d.subject ilike :text escape '\\' or d.rationale ilike :text escape '\\' "
                    + "or d.reference ilike :text escape '\\' or i.title ilike :text escape '\\')");
            params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql("""
                select d.id, d.reference, d.meeting_date, b.name as board, b.id as board_id,
                       i.reference || ' ' || i.title as initiative, i.id as initiative_id, d.subject, d.outcome,
                       d.rationale, d.members_present, d.quorum, d.declarations, s.reference as supersedes,
                       (select n.reference from decision n where n.supersedes_id = d.id limit 1) as superseded_by
                from decision d
                join board b on b.id = d.board_id
                left join initiative i on i.id = d.initiative_id
                left join decision s on s.id = d.supersedes_id
                where %s
                order by d.meeting_date desc, d.reference desc
                """.formatted(String.join(" and ", where)))
                .params(params)
                .query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getString("board"),
                        rs.getObject("board_id", UUID.class), rs.getString("initiative"),
                        rs.getObject("initiative_id", UUID.class), rs.getString("subject"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("rationale"),
                        rs.getInt("members_present"), rs.getInt("quorum"), rs.getString("declarations"),
                        rs.getString("supersedes"), rs.getString("superseded_by")))
                .list();
    }
}
