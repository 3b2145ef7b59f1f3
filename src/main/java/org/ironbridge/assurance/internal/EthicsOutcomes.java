package org.ironbridge.assurance.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes the Ethics Panel chooses from, as the force words them. A force that has never configured them
 * gets the four defaults the first time they are needed; an administrator adds, renames and withdraws them, but
 * never changes what one means, so advice already given keeps its meaning.
 */
@Component
public class EthicsOutcomes {

    public static final String RECORD_TYPE = "Ethics Panel outcome";

    public record EthicsOutcome(UUID id, UUID forceId, String label, OutcomeMeaning meaning, boolean active, int position,
                                int version) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    EthicsOutcomes(JdbcClient jdbc, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every outcome of the force, withdrawn ones too, in the order the panel sees them. */
    @Transactional
    public List<EthicsOutcome> all(UUID forceId) {
        ensure(forceId);
        return jdbc.sql("select * from ethics_outcome where force_id = ? order by position, label").param(forceId)
                .query(EthicsOutcomes::map).list();
    }

    /** The outcomes the panel may choose from now. */
    @Transactional
    public List<EthicsOutcome> offered(UUID forceId) {
        return all(forceId).stream().filter(EthicsOutcome::active).toList();
    }

    public Optional<EthicsOutcome> find(UUID id) {
        return id == null ? Optional.empty() : jdbc.sql("select * from ethics_outcome where id = ?").param(id)
                .query(EthicsOutcomes::map).optional();
    }

    @Transactional
    public FormErrors add(Subject subject, String label, String meaning) {
        require(subject);
        FormErrors errors = new FormErrors();
        List<EthicsOutcome> outcomes = all(subject.forceId());
        String text = validLabel(label, "label", null, outcomes, errors);
        OutcomeMeaning chosen = FormText.choice(OutcomeMeaning.class, meaning);
        if (chosen == null) {
            errors.reject("meaning", "Select what the outcome means");
        }
        if (errors.any()) {
            return errors;
        }
        UUID id = UUID.randomUUID();
        int position = outcomes.stream().mapToInt(EthicsOutcome::position).max().orElse(-1) + 1;
        jdbc.sql("""
                insert into ethics_outcome (id, force_id, label, meaning, active, position, version)
                values (?, ?, ?, ?, true, ?, 0)
                """).params(id, subject.forceId(), text, chosen.name(), position).update();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Added the Ethics Panel outcome " + text)
                .withChanges(List.of(new FieldChange("Outcome", null, text), new FieldChange("Meaning", null, chosen.label())))
                .inForce(subject.forceCode()));
        return errors;
    }

    @Transactional
    public FormErrors rename(Subject subject, UUID id, String label, Integer version) {
        require(subject);
        EthicsOutcome outcome = ofForce(subject, id);
        FormErrors errors = new FormErrors();
        String field = "label-" + id;
        String text = validLabel(label, field, id, all(subject.forceId()), errors);
        if (errors.any()) {
            return errors;
        }
        List<FieldChange> changes = List.of(new FieldChange("Outcome", outcome.label(), text));
        if (!Objects.equals(version, outcome.version())) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), changes, clock.instant());
        }
        if (text.equals(outcome.label())) {
            return errors;
        }
        int updated = jdbc.sql("update ethics_outcome set label = ?, version = version + 1 where id = ? and version = ?")
                .params(text, id, outcome.version()).update();
        if (updated == 0) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), changes, clock.instant());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.ALTERATION, "Renamed the Ethics Panel outcome "
                + outcome.label()).withChanges(changes).inForce(subject.forceCode()));
        return errors;
    }

    /** Withdraws an outcome from the panel's choices, or restores it; advice already given keeps it. */
    @Transactional
    public FormErrors inUse(Subject subject, UUID id, boolean active) {
        require(subject);
        EthicsOutcome outcome = ofForce(subject, id);
        FormErrors errors = new FormErrors();
        if (outcome.active() == active) {
            return errors;
        }
        if (!active && offered(subject.forceId()).size() <= 1) {
            return errors.reject("outcomes", "The panel must have at least one outcome to choose from: add another "
                    + "before you withdraw " + outcome.label());
        }
        jdbc.sql("update ethics_outcome set active = ?, version = version + 1 where id = ?").params(active, id).update();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.ALTERATION, (active ? "Restored" : "Withdrew")
                        + " the Ethics Panel outcome " + outcome.label())
                .withChanges(List.of(new FieldChange("In use", active ? "No" : "Yes", active ? "Yes" : "No")))
                .inForce(subject.forceCode()));
        return errors;
    }

    /** The four defaults, once per force; a no-op when the force has its outcomes already. */
    @Transactional
    public void ensure(UUID forceId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('ethics_outcome:' || ?))").param(forceId.toString())
                .query((rs, n) -> 0).list();
        if (jdbc.sql("select count(*) from ethics_outcome where force_id = ?").param(forceId).query(Integer.class).single() > 0) {
            return;
        }
        int position = 0;
        for (OutcomeMeaning meaning : OutcomeMeaning.values()) {
            jdbc.sql("""
                    insert into ethics_outcome (id, force_id, label, meaning, active, position, version)
                    values (?, ?, ?, ?, true, ?, 0)
                    """).params(UUID.randomUUID(), forceId, meaning.label(), meaning.name(), position++).update();
        }
    }

    private String validLabel(String label, String field, UUID self, List<EthicsOutcome> outcomes, FormErrors errors) {
        String text = FormText.required(label, 120, field, "Enter the outcome as the panel words it", "Outcome", errors);
        if (text != null && outcomes.stream().anyMatch(o -> !o.id().equals(self)
                && o.label().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))) {
            errors.reject(field, "The panel already has an outcome called " + text);
        }
        return text;
    }

    private EthicsOutcome ofForce(Subject subject, UUID id) {
        return find(id).filter(o -> o.forceId().equals(subject.forceId()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private void require(Subject subject) {
        if (!policy.permits(subject, Permission.CONFIGURE_ASSURANCE)) {
            throw new AccessDeniedException("Not allowed to configure assurance");
        }
    }

    private static EthicsOutcome map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EthicsOutcome(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class), rs.getString("label"),
                OutcomeMeaning.valueOf(rs.getString("meaning")), rs.getBoolean("active"), rs.getInt("position"),
                rs.getInt("version"));
    }
}
