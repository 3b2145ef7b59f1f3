package org.ironbridge.assurance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
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
 * The force's response to each of the panel's recommendations: accepted, partly accepted or not accepted, in
 * its own words, with who answered and when. All the answers on the form are saved together or none is.
 */
@Component
public class EthicsResponses {

    public static final String RECORD_TYPE = "Ethics recommendation";

    private record Answer(EthicsRecords.Recommendation recommendation, ForceResponse response, String text,
                          Integer version) {
    }

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final EthicsRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    EthicsResponses(JdbcClient jdbc, AiSystems systems, AssuranceMaterial material, EthicsRecords records,
                    AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.material = material;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the answers typed for the referral's recommendations ({@code response-N}, {@code responseText-N},
     * {@code version-N} by the recommendation's number); a recommendation left blank is left as it was.
     */
    @Transactional
    public FormErrors respond(Subject subject, UUID systemId, Map<String, String> params) {
        UUID referralId = FormText.uuid(params.get("referral"));
        EthicsRecords.Referral referral = records.referral(referralId).filter(r -> r.systemId().equals(systemId))
                .orElseThrow(() -> new RecordNotFoundException(EthicsReferrals.RECORD_TYPE, referralId));
        AiSystem system = systems.forRecording(subject, systemId);
        material.require(subject, system);
        if (records.givenAdvice(referral.id()).isEmpty()) {
            throw new RecordNotFoundException(EthicsAdvice.RECORD_TYPE, referral.id());
        }
        FormErrors errors = new FormErrors();
        List<Answer> answers = new ArrayList<>();
        for (EthicsRecords.Recommendation recommendation : records.recommendations(referral.id())) {
            int n = recommendation.number();
            String chosen = FormText.clean(params.get("response-" + n));
            String text = FormText.optional(params.get("responseText-" + n), 4000, "responseText-" + n,
                    "The force's response to recommendation " + n, errors);
            if (chosen == null && text == null) {
                continue;
            }
            ForceResponse response = FormText.choice(ForceResponse.class, chosen);
            if (response == null) {
                errors.reject("response-" + n, "Select whether the force accepts recommendation " + n);
            }
            if (text == null) {
                errors.reject("responseText-" + n, "Enter the force's response to recommendation " + n);
            }
            answers.add(new Answer(recommendation, response, text, parse(params.get("version-" + n))));
        }
        if (answers.isEmpty() && !errors.any()) {
            errors.reject("response-" + records.recommendations(referral.id()).stream().findFirst()
                    .map(EthicsRecords.Recommendation::number).orElse(1), "Answer at least one recommendation");
        }
        if (errors.any()) {
            return errors;
        }
        Instant now = clock.instant();
        for (Answer answer : answers) {
            EthicsRecords.Recommendation was = answer.recommendation();
            List<FieldChange> changes = List.of(
                    new FieldChange("Response", was.response() == null ? null : was.response().label(), answer.response().label()),
                    new FieldChange("Response text", was.responseText(), answer.text()));
            if (!Objects.equals(answer.version(), was.version())) {
                throw audit.conflictOn(RECORD_TYPE, was.id().toString(), changes,
                        was.respondedAt() == null ? now : was.respondedAt());
            }
            if (answer.response() == was.response() && answer.text().equals(was.responseText())) {
                continue;
            }
            int updated = jdbc.sql("""
                    update ethics_recommendation set response = ?, response_text = ?, responded_by = ?, responded_at = ?,
                        version = version + 1
                    where id = ? and version = ?
                    """).params(answer.response().name(), answer.text(), subject.username(), Timestamp.from(now), was.id(),
                    was.version()).update();
            if (updated == 0) {
                throw audit.conflictOn(RECORD_TYPE, was.id().toString(), changes, now);
            }
            audit.record(AuditEntry.of(RECORD_TYPE, was.id(), Operation.ALTERATION,
                    "Answered recommendation " + was.number() + " of the Ethics Panel's advice on " + referral.reference()
                            + ": " + answer.response().label()).withChanges(changes).inForce(subject.forceCode()));
        }
        return errors;
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
