package org.ironbridge.assurance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Screens a system against the ICO's questions. Every screening is kept as a new numbered row, whatever it
 * concludes: a later screening never overwrites an earlier one.
 */
@Component
public class DpiaScreenings {

    public static final String RECORD_TYPE = "DPIA screening";
    private static final String COLUMNS = Stream.of(ScreeningQuestion.values()).map(ScreeningQuestion::column)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final AuditTrail audit;
    private final Clock clock;

    DpiaScreenings(JdbcClient jdbc, AiSystems systems, AssuranceMaterial material, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.material = material;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(DpiaScreening screening, FormErrors errors) {
    }

    /** The screenings of the system, latest first, without any access check: callers have checked. */
    public List<DpiaScreening> history(UUID systemId) {
        return jdbc.sql("select * from dpia_screening where system_id = ? order by number desc").param(systemId)
                .query(DpiaScreenings::map).list();
    }

    public Optional<DpiaScreening> latest(UUID systemId) {
        return history(systemId).stream().findFirst();
    }

    /** The latest screening to start the form from, read (and logged) as a consultation. */
    @Transactional
    public Optional<DpiaScreening> forRescreening(Subject subject, UUID systemId, String justification) {
        AiSystem system = writable(subject, systemId);
        Optional<DpiaScreening> latest = latest(systemId);
        material.consult(subject, system, latest.isPresent() ? RECORD_TYPE : AiSystems.RECORD_TYPE,
                latest.map(s -> (Object) s.id()).orElse(systemId),
                latest.map(s -> "DPIA screening " + s.number()).orElse("the DPIA screening form"), justification);
        return latest;
    }

    @Transactional
    public Result screen(Subject subject, UUID systemId, ScreeningForm form) {
        AiSystem system = writable(subject, systemId);
        FormErrors errors = new FormErrors();
        Boolean lawEnforcement = yesNo(form.getLawEnforcement(), "lawEnforcement",
                "Select yes if the processing is for law enforcement purposes (DPA 2018 Part 3)", errors);
        Set<ScreeningQuestion> yes = EnumSet.noneOf(ScreeningQuestion.class);
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            Boolean answer = yesNo(form.answer(question), question.field(), "Answer yes or no: " + question.text(), errors);
            if (Boolean.TRUE.equals(answer)) {
                yes.add(question);
            }
        }
        String conclusion = FormText.clean(form.getConclusion());
        if (!"REQUIRED".equals(conclusion) && !"NOT_REQUIRED".equals(conclusion)) {
            errors.reject("conclusion", "Select whether a full DPIA is required");
        }
        boolean required = "REQUIRED".equals(conclusion);
        String reason = required
                ? FormText.optional(form.getReason(), 4000, "reason", "Reason", errors)
                : FormText.required(form.getReason(), 4000, "reason", "Enter why no full DPIA is needed", "Reason", errors);
        if (lawEnforcement != null && "NOT_REQUIRED".equals(conclusion) && !errors.has("conclusion")) {
            List<String> why = DpiaScreening.whyRequired(lawEnforcement, yes);
            if (!why.isEmpty()) {
                errors.reject("conclusion", "A full DPIA is required: " + String.join("; ", why));
            }
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        // One screening at a time per system, so that two at once cannot take the same number.
        jdbc.sql("select id from ai_system where id = ? for update").param(systemId).query(UUID.class).single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from dpia_screening where system_id = ?")
                .param(systemId).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        List<Object> values = new ArrayList<>(List.of(id, systemId, number, lawEnforcement));
        Stream.of(ScreeningQuestion.values()).forEach(q -> values.add(yes.contains(q)));
        values.addAll(java.util.Arrays.asList(required, reason, subject.username(), subject.displayName(), Timestamp.from(now)));
        jdbc.sql("insert into dpia_screening (id, system_id, number, law_enforcement, " + COLUMNS
                        + ", full_dpia_required, reason, screened_by, screened_by_name, screened_at) values ("
                        + "?, ".repeat(values.size() - 1) + "?)")
                .params(values).update();
        DpiaScreening saved = latest(systemId).orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Screened AI system " + system.reference()
                        + " for a DPIA (screening " + number + "): " + (required ? "full DPIA required" : "no full DPIA needed"))
                .withChanges(changes(saved)).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /** The person records assurance and may read the system's sensitive material. */
    AiSystem writable(Subject subject, UUID systemId) {
        AiSystem system = systems.forRecording(subject, systemId);
        material.require(subject, system);
        return system;
    }

    private static List<FieldChange> changes(DpiaScreening s) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Law enforcement processing", null, s.lawEnforcement() ? "Yes" : "No"));
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            changes.add(new FieldChange(question.text(), null, s.answeredYes(question) ? "Yes" : "No"));
        }
        changes.add(new FieldChange("Full DPIA required", null, s.fullDpiaRequired() ? "Yes" : "No"));
        changes.add(new FieldChange("Reason", null, s.reason()));
        return changes;
    }

    private static Boolean yesNo(String value, String field, String message, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if ("yes".equals(cleaned)) {
            return true;
        }
        if ("no".equals(cleaned)) {
            return false;
        }
        errors.reject(field, message);
        return null;
    }

    static DpiaScreening map(ResultSet rs, int row) throws SQLException {
        Set<ScreeningQuestion> yes = EnumSet.noneOf(ScreeningQuestion.class);
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            if (rs.getBoolean(question.column())) {
                yes.add(question);
            }
        }
        return new DpiaScreening(rs.getObject("id", UUID.class), rs.getObject("system_id", UUID.class), rs.getInt("number"),
                rs.getBoolean("law_enforcement"), yes, rs.getBoolean("full_dpia_required"), rs.getString("reason"),
                rs.getString("screened_by"), rs.getString("screened_by_name"), rs.getTimestamp("screened_at").toInstant());
    }
}
