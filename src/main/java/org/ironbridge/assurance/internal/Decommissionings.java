package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decommissioning (seed 000, 2.4.2.5: "clear definition of when and how to withdraw AI tools"): the criteria are
 * defined on the register entry before approval; withdrawal is decided by a board, and recorded here with
 * what happened to the system's data, which moves the system to Decommissioned.
 */
@Component
public class Decommissionings {

    public static final String RECORD_TYPE = "AI decommissioning";

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    Decommissionings(JdbcClient jdbc, AiSystems systems, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(Decommissioning decommissioning, FormErrors errors) {
    }

    public Optional<Decommissioning> of(UUID systemId) {
        return jdbc.sql("select * from ai_decommissioning where system_id = ?").param(systemId)
                .query(Decommissionings::map).optional();
    }

    /** The board decisions on the system's initiative, latest first. */
    public List<BoardDecision> decisions(UUID systemId) {
        return jdbc.sql("""
                select decision_id, reference, board_name, outcome, decided_on, paper_reference, status_after
                from ai_board_decision where system_id = ? order by decided_on desc, reference desc
                """).param(systemId).query((rs, n) -> new BoardDecision(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7))).list();
    }

    /** Why the system cannot be decommissioned now, or null when it can. */
    public String refusal(AiSystem system) {
        if (system.status() == AiSystemStatus.DECOMMISSIONED) {
            return "The system has already been decommissioned";
        }
        if (system.decommissioningCriteria() == null) {
            return "The decommissioning criteria were never defined: record them on the register entry first";
        }
        if (!system.status().mayMoveTo(AiSystemStatus.DECOMMISSIONED)) {
            return "A system that is " + system.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " is not in service, so it cannot be decommissioned";
        }
        if (decisions(system.id()).stream().noneMatch(BoardDecision::withdraws)) {
            return "No board has decided to withdraw the system: a decision to stop or close its initiative is needed";
        }
        return null;
    }

    @Transactional
    public Result record(Subject subject, UUID systemId, DecommissioningForm form) {
        AiSystem system = systems.forRecording(subject, systemId);
        FormErrors errors = new FormErrors();
        String refusal = refusal(system);
        if (refusal != null) {
            errors.reject("decisionId", refusal);
            return new Result(null, errors);
        }
        UUID decisionId = FormText.uuid(form.getDecisionId());
        BoardDecision decision = decisions(systemId).stream()
                .filter(d -> d.id().equals(decisionId) && d.withdraws()).findFirst().orElse(null);
        if (decision == null) {
            errors.reject("decisionId", "Select the board decision that withdrew the system");
        }
        LocalDate on = FormText.optionalDate("decommissionedOn", "Date decommissioned", form.getDay(), form.getMonth(),
                form.getYear(), errors);
        if (on == null && !errors.has("decommissionedOn")) {
            errors.reject("decommissionedOn", "Enter the date the system was decommissioned");
        } else if (on != null && on.isAfter(LocalDate.now(clock.withZone(AiSystems.LONDON)))) {
            errors.reject("decommissionedOn", "Date decommissioned must be today or in the past");
        } else if (on != null && decision != null && on.isBefore(decision.decidedOn())) {
            errors.reject("decommissionedOn", "Date decommissioned must be on or after the board's decision of "
                    + Validation.DAY.format(decision.decidedOn()));
        }
        DataOutcome outcome = FormText.choice(DataOutcome.class, form.getDataOutcome());
        if (outcome == null) {
            errors.reject("dataOutcome", "Select what happened to the system's data");
        }
        String detail = FormText.required(form.getDataDetail(), 4000, "dataDetail",
                "Describe what happened to the data: what, where, under which retention rule, and who confirmed it",
                "What happened to the data", errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        List<FieldChange> changes = List.of(new FieldChange("Status", system.status().label(),
                        AiSystemStatus.DECOMMISSIONED.label()), new FieldChange("Decision", null, decision.label()),
                new FieldChange("Date decommissioned", null, Validation.DAY.format(on)),
                new FieldChange("Data", null, outcome.label() + ": " + detail));
        if (!Objects.equals(form.versionNumber(), system.version())) {
            throw audit.conflictOn(AiSystems.RECORD_TYPE, systemId.toString(), changes, system.updatedAt());
        }
        jdbc.sql("""
                insert into ai_decommissioning (system_id, decision_id, decision_reference, decommissioned_on, data_outcome,
                    data_detail, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(systemId, decision.id(), decision.reference(), Date.valueOf(on), outcome.name(), detail,
                subject.username(), Timestamp.from(clock.instant())).update();
        Decommissioning saved = of(systemId).orElseThrow();
        if (!systems.moveByDecision(systemId, AiSystemStatus.DECOMMISSIONED, saved.summary(), decision.reference(),
                subject.username(), subject.forceCode())) {
            throw new IllegalStateException("The status of " + system.reference() + " no longer allows decommissioning");
        }
        audit.record(AuditEntry.of(RECORD_TYPE, systemId, Operation.COLLECTION, "Recorded the decommissioning of AI system "
                + system.reference() + " " + system.name() + ": " + saved.summary()).withChanges(changes)
                .inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    private static Decommissioning map(ResultSet rs, int row) throws SQLException {
        return new Decommissioning(rs.getObject("system_id", UUID.class), rs.getObject("decision_id", UUID.class),
                rs.getString("decision_reference"), rs.getDate("decommissioned_on").toLocalDate(),
                DataOutcome.valueOf(rs.getString("data_outcome")), rs.getString("data_detail"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
