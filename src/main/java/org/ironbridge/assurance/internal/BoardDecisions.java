package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import org.ironbridge.governance.DecisionRecorded;
import org.ironbridge.governance.Outcome;
import org.ironbridge.portfolio.Tier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reflects board decisions in the register. Every decision on an initiative is kept against its AI systems
 * (a decommissioning cites one); a Change Board decision on a Change Paper that passes a gate approves a system
 * under assessment (for a pilot or for full use, as sought), and a rejection or a stop turns it down. Heard
 * inside the decision's own transaction, so the register and the decision agree or neither is saved.
 */
@Component
public class BoardDecisions {

    private final AiSystems systems;
    private final JdbcClient jdbc;

    BoardDecisions(AiSystems systems, JdbcClient jdbc) {
        this.systems = systems;
        this.jdbc = jdbc;
    }

    public record Recorded(UUID decisionId, String reference, String boardName, Outcome outcome, java.time.LocalDate decidedOn,
                           String paperReference, AiSystemStatus statusAfter) {
    }

    public List<Recorded> of(UUID systemId) {
        return jdbc.sql("""
                select decision_id, reference, board_name, outcome, decided_on, paper_reference, status_after
                from ai_board_decision where system_id = ? order by decided_on desc, reference desc
                """).param(systemId).query((rs, n) -> new Recorded(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), Outcome.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), rs.getString(6),
                rs.getString(7) == null ? null : AiSystemStatus.valueOf(rs.getString(7)))).list();
    }

    @EventListener
    void on(DecisionRecorded decision) {
        if (decision.initiativeId() == null) {
            return;
        }
        for (AiSystem system : systems.ofInitiative(decision.initiativeId())) {
            AiSystemStatus after = statusAfter(system, decision);
            jdbc.sql("""
                    insert into ai_board_decision (decision_id, system_id, reference, board_name, outcome, decided_on,
                        paper_reference, status_after) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (decision_id, system_id) do nothing
                    """).params(decision.decisionId(), system.id(), decision.reference(), decision.boardName(),
                    decision.outcome().name(), Date.valueOf(decision.decidedOn()), decision.paperReference(),
                    after == null ? null : after.name()).update();
            if (after != null) {
                systems.moveByDecision(system.id(), after, decision.boardName() + " decision " + decision.reference() + ": "
                        + decision.outcome().label() + (decision.paperReference() == null ? ""
                        : " on Change Paper " + decision.paperReference()), decision.reference(), decision.recordedBy(),
                        decision.forceCode());
            }
        }
    }

    private static AiSystemStatus statusAfter(AiSystem system, DecisionRecorded decision) {
        if (decision.paperId() == null || !decision.paperPassesGate() || decision.boardTier() != Tier.CHANGE_BOARD) {
            return null;
        }
        boolean assessing = system.status() == AiSystemStatus.UNDER_ASSESSMENT;
        return switch (decision.outcome()) {
            case APPROVE, APPROVE_WITH_CONDITIONS -> assessing ? system.approvalStatus() : null;
            case REJECT, STOP -> assessing || system.status() == AiSystemStatus.REQUESTED ? AiSystemStatus.REJECTED : null;
            default -> null;
        };
    }
}
