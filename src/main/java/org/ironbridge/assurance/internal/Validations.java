package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-deployment validation: each system is tested for accuracy, fairness and potential bias against
 * thresholds the Ethics Panel or the Change Board set (seed 000, 2.4.2.5). A validation is never changed once
 * recorded; re-validating adds another, and the latest is the one that counts.
 */
@Component
public class Validations {

    public static final String RECORD_TYPE = "AI validation";

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Validations(JdbcClient jdbc, AiSystems systems, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(Validation validation, FormErrors errors) {
    }

    /** Every validation of the system, latest first. */
    public List<Validation> of(UUID systemId) {
        List<Validation> validations = jdbc.sql("""
                select * from ai_validation where system_id = ? order by validated_on desc, recorded_at desc
                """).param(systemId).query(Validations::map).list();
        return validations.stream().map(v -> new Validation(v.id(), v.systemId(), v.testData(), v.validatedBy(),
                people.find(v.validatedBy()).map(PersonSummary::displayName).orElse("Unknown"), v.validatedOn(), v.thresholdsSetBy(), v.thresholdsReference(), v.notes(), v.passed(),
                results(v.id()), v.recordedBy(), v.recordedAt())).toList();
    }

    public Optional<Validation> latest(UUID systemId) {
        return of(systemId).stream().findFirst();
    }

    /** The people of the force who may be named as having validated a system. */
    public List<PersonSummary> validators(UUID forceId) {
        return systems.owners(forceId);
    }

    @Transactional
    public Result record(Subject subject, UUID systemId, ValidationForm form) {
        AiSystem system = systems.forRecording(subject, systemId);
        FormErrors errors = new FormErrors();
        if (system.status() == AiSystemStatus.DECOMMISSIONED) {
            errors.reject("testData", "This system has been decommissioned: it is not validated again");
            return new Result(null, errors);
        }
        String testData = FormText.required(form.getTestData(), 4000, "testData",
                "Describe the test data: where it came from, how much, and how it represents the people the system serves",
                "Test data", errors);
        UUID validator = FormText.uuid(form.getValidatedBy());
        if (validator == null || validators(subject.forceId()).stream().noneMatch(p -> p.id().equals(validator))) {
            errors.reject("validatedBy", "Select the person who validated the system");
        }
        LocalDate on = FormText.optionalDate("validatedOn", "Date validated", form.getValidatedOnDay(),
                form.getValidatedOnMonth(), form.getValidatedOnYear(), errors);
        if (on == null && !errors.has("validatedOn")) {
            errors.reject("validatedOn", "Enter the date the system was validated");
        } else if (on != null && on.isAfter(LocalDate.now(clock.withZone(AiSystems.LONDON)))) {
            errors.reject("validatedOn", "Date validated must be today or in the past");
        }
        ThresholdSetter setBy = FormText.choice(ThresholdSetter.class, form.getThresholdsSetBy());
        if (setBy == null) {
            errors.reject("thresholdsSetBy", "Select who set the thresholds: the Ethics Panel or the Change Board");
        }
        String reference = FormText.required(form.getThresholdsReference(), 300, "thresholdsReference",
                "Enter the meeting or decision that set the thresholds", "Meeting or decision reference", errors);
        String notes = FormText.optional(form.getNotes(), 4000, "notes", "Notes", errors);
        List<Measure> accuracy = Measure.check(form.getAccuracy(), "accuracy", "Accuracy measure", false, true, errors);
        List<Measure> groups = Measure.check(form.getGroups(), "group", "Group result", true, true, errors);
        if (accuracy.isEmpty() && !anyError(errors, "accuracy-")) {
            errors.reject("accuracy-0-name", "Enter at least one accuracy measure, its value and its threshold");
        }
        if (groups.isEmpty() && !anyError(errors, "group-") && system.decisionRole() != DecisionRole.NONE) {
            errors.reject("group-0-characteristic", "Enter at least one fairness result by group: the system informs or "
                    + "makes decisions about people, so it must be tested for bias");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        List<Measure> results = new ArrayList<>(accuracy);
        results.addAll(groups);
        boolean passed = Validation.passes(results);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into ai_validation (id, system_id, test_data, validated_by, validated_on, thresholds_set_by,
                    thresholds_reference, notes, passed, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, systemId, testData, validator, Date.valueOf(on), setBy.name(), reference, notes, passed,
                subject.username(), Timestamp.from(now)).update();
        insertResults(id, results);
        Validation saved = of(systemId).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Recorded a validation of AI system "
                        + system.reference() + ": " + saved.summary())
                .withChanges(changes(saved)).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /** For the demo data, which records validations as they were made. */
    void insertResults(UUID validationId, List<Measure> results) {
        for (int i = 0; i < results.size(); i++) {
            Measure m = results.get(i);
            jdbc.sql("""
                    insert into ai_validation_result (validation_id, position, characteristic, group_name, measure, value,
                        direction, threshold, unit, within) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(validationId, i, m.characteristic() == null ? null : m.characteristic().name(), m.group(),
                    m.name(), m.value(), m.direction().name(), m.threshold(), m.unit(), m.within()).update();
        }
    }

    private static boolean anyError(FormErrors errors, String prefix) {
        return errors.summary().stream().anyMatch(e -> String.valueOf(e.get("href")).startsWith("#" + prefix));
    }

    private static List<FieldChange> changes(Validation v) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Test data", null, v.testData()));
        changes.add(new FieldChange("Validated by", null, v.validatedByName()));
        changes.add(new FieldChange("Date validated", null, Validation.DAY.format(v.validatedOn())));
        changes.add(new FieldChange("Thresholds set by", null, v.thresholdsSetBy().label() + ": " + v.thresholdsReference()));
        changes.add(new FieldChange("Notes", null, v.notes()));
        for (Measure m : v.results()) {
            String what = m.characteristic() == null ? "Accuracy: " + m.name()
                    : m.characteristic().label() + ", " + m.group() + ": " + m.name();
            changes.add(new FieldChange(what, null, m.valueText() + " (" + m.thresholdText() + "): "
                    + (m.within() ? "within" : "outside") + " threshold"));
        }
        changes.add(new FieldChange("Result", null, v.passed() ? "Passed" : "Failed"));
        return changes;
    }

    private List<Measure> results(UUID validationId) {
        return jdbc.sql("select * from ai_validation_result where validation_id = ? order by position").param(validationId)
                .query((rs, n) -> measure(rs)).list();
    }

    /** A measure from the columns characteristic, group_name, measure, value, direction, threshold and unit. */
    static Measure measure(ResultSet rs) throws SQLException {
        String characteristic = rs.getString("characteristic");
        return new Measure(characteristic == null ? null : GroupCharacteristic.valueOf(characteristic),
                rs.getString("group_name"), rs.getString("measure"), rs.getBigDecimal("value"),
                ThresholdDirection.valueOf(rs.getString("direction")), rs.getBigDecimal("threshold"), rs.getString("unit"));
    }

    private static Validation map(ResultSet rs, int row) throws SQLException {
        return new Validation(rs.getObject("id", UUID.class), rs.getObject("system_id", UUID.class),
                rs.getString("test_data"), rs.getObject("validated_by", UUID.class), null,
                rs.getDate("validated_on").toLocalDate(), ThresholdSetter.valueOf(rs.getString("thresholds_set_by")),
                rs.getString("thresholds_reference"), rs.getString("notes"), rs.getBoolean("passed"), List.of(),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
