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
                        int quorum, String declarations, String supersedes, String supersededBy, UUID meetingId,
                        UUID paperId, String paper, String optionsConsidered, String assessmentsConsidered,
                        String stageEntered, java.math.BigDecimal amountApproved, String pilotConclusion) {
    }

    public java.util.Optional<Entry> find(UUID forceId, UUID decisionId) {
        return search(forceId, null, null, null, null, decisionId).stream().findFirst();
    }

    private final JdbcClient jdbc;

    DecisionRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> search(UUID forceId, UUID boardId, Outcome outcome, UUID initiativeId, String text) {
        return search(forceId, boardId, outcome, initiativeId, text, null);
    }

    private List<Entry> search(UUID forceId, UUID boardId, Outcome outcome, UUID initiativeId, String text, UUID decisionId) {
        List<String> where = new ArrayList<>(List.of("d.force_id = :force"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("force", forceId);
        if (boardId != null) {
            where.add("d.board_id = :board");
            params.put("board", boardId);
        }
        if (decisionId != null) {
            where.add("d.id = :decision");
            params.put("decision", decisionId);
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
                    + "or d.reference ilike :text escape '\\' or i.title ilike :text escape '\\' "
                    + "or i.reference ilike :text escape '\\')");
            params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql("""
                select d.id, d.reference, d.meeting_date, b.name as board, b.id as board_id,
                       i.reference || ' ' || i.title as initiative, i.id as initiative_id, d.subject, d.outcome,
                       d.rationale, d.members_present, d.quorum, d.declarations, s.reference as supersedes,
                       (select n.reference from decision n where n.supersedes_id = d.id limit 1) as superseded_by,
                       d.meeting_id, d.paper_id, p.reference || ' ' || p.title as paper, d.options_considered,
                       d.assessments_considered, d.stage_entered, d.amount_approved, d.pilot_conclusion
                from decision d
                left join paper p on p.id = d.paper_id
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
                        rs.getString("supersedes"), rs.getString("superseded_by"), rs.getObject("meeting_id", UUID.class),
                        rs.getObject("paper_id", UUID.class), rs.getString("paper"), rs.getString("options_considered"),
                        rs.getString("assessments_considered"), stageLabel(rs.getString("stage_entered")),
                        rs.getBigDecimal("amount_approved"), conclusionLabel(rs.getString("pilot_conclusion"))))
                .list();
    }

    private static String stageLabel(String stage) {
        return stage == null ? null : org.ironbridge.portfolio.Stage.valueOf(stage).label();
    }

    private static String conclusionLabel(String conclusion) {
        return conclusion == null ? null : Decision.PilotConclusion.valueOf(conclusion).label();
    }
}
