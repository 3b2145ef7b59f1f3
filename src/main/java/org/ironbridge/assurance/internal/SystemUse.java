package org.ironbridge.assurance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.access.VettingLevel;
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
 * Who may use a system and on what conditions (the force's role and attribute-based access controls for AI),
 * and the information assets and processing activities it uses.
 */
@Component
public class SystemUse implements AssuranceStep {

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    SystemUse(JdbcClient jdbc, AiSystems systems, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    public record UsageRule(UUID id, String role, VettingLevel minimumVetting, String training, String conditions) {
    }

    public enum AssetKind {
        INFORMATION_ASSET("Information asset"), PROCESSING_ACTIVITY("Processing activity");

        private final String label;

        AssetKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record InformationAsset(UUID id, String name, AssetKind kind, String owner, String lawfulBasis) {
    }

    public List<UsageRule> rules(UUID systemId) {
        return jdbc.sql("select id, role, minimum_vetting, training, conditions from ai_usage_rule where system_id = ? "
                        + "order by created_at, id").param(systemId)
                .query((rs, n) -> new UsageRule(rs.getObject(1, UUID.class), rs.getString(2),
                        VettingLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5))).list();
    }

    public List<InformationAsset> assets(UUID systemId) {
        return jdbc.sql("select id, name, kind, owner, lawful_basis from ai_information_asset where system_id = ? "
                        + "order by kind, name").param(systemId)
                .query((rs, n) -> new InformationAsset(rs.getObject(1, UUID.class), rs.getString(2),
                        AssetKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5))).list();
    }

    @Transactional
    public FormErrors addRule(Subject subject, UUID systemId, String role, String vetting, String training, String conditions) {
        AiSystem system = systems.forRecording(subject, systemId);
        FormErrors errors = new FormErrors();
        String who = FormText.required(role, 200, "role", "Enter who may use the system, like \"Force Contact call handlers\"",
                "Who may use it", errors);
        VettingLevel level = FormText.choice(VettingLevel.class, vetting);
        if (level == null) {
            errors.reject("minimumVetting", "Select the minimum vetting level");
        }
        String course = FormText.optional(training, 300, "training", "Training", errors);
        String other = FormText.optional(conditions, 2000, "conditions", "Other conditions", errors);
        if (errors.any()) {
            return errors;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ai_usage_rule (id, system_id, role, minimum_vetting, training, conditions, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(id, systemId, who, level.name(), course, other,
                Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, systemId, Operation.ALTERATION, "Allowed " + who + " to use AI system "
                        + system.reference())
                .withChanges(List.of(new FieldChange("Who may use it", null, who),
                        new FieldChange("Minimum vetting", null, level.label()), new FieldChange("Training", null, course),
                        new FieldChange("Other conditions", null, other))).inForce(subject.forceCode()));
        return errors;
    }

    @Transactional
    public void removeRule(Subject subject, UUID systemId, UUID ruleId) {
        AiSystem system = systems.forRecording(subject, systemId);
        UsageRule rule = rules(systemId).stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Usage rule", ruleId));
        jdbc.sql("delete from ai_usage_rule where id = ?").param(ruleId).update();
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, systemId, Operation.ERASURE, "Withdrew the use of AI system "
                + system.reference() + " by " + rule.role()).withChanges(List.of(new FieldChange("Who may use it",
                rule.role(), null))).inForce(subject.forceCode()));
    }

    @Transactional
    public FormErrors addAsset(Subject subject, UUID systemId, String name, String kind, String owner, String lawfulBasis) {
        AiSystem system = systems.forRecording(subject, systemId);
        FormErrors errors = new FormErrors();
        String asset = FormText.required(name, 200, "assetName", "Enter the name of the information asset or processing "
                + "activity", "Name", errors);
        AssetKind chosen = FormText.choice(AssetKind.class, kind);
        if (chosen == null) {
            errors.reject("kind", "Select whether it is an information asset or a processing activity");
        }
        String assetOwner = FormText.required(owner, 200, "owner", "Enter its owner, like \"Head of Force Contact\"",
                "Owner", errors);
        String basis = FormText.required(lawfulBasis, 500, "lawfulBasis",
                "Enter the lawful basis, like \"DPA 2018 s35: strictly necessary for a law enforcement purpose\"",
                "Lawful basis", errors);
        if (errors.any()) {
            return errors;
        }
        jdbc.sql("insert into ai_information_asset (id, system_id, name, kind, owner, lawful_basis, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), systemId, asset, chosen.name(), assetOwner, basis,
                Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, systemId, Operation.ALTERATION, "Linked AI system "
                        + system.reference() + " to the " + chosen.label().toLowerCase(Locale.ROOT) + " " + asset)
                .withChanges(List.of(new FieldChange("Name", null, asset), new FieldChange("Owner", null, assetOwner),
                        new FieldChange("Lawful basis", null, basis))).inForce(subject.forceCode()));
        return errors;
    }

    @Transactional
    public void removeAsset(Subject subject, UUID systemId, UUID assetId) {
        AiSystem system = systems.forRecording(subject, systemId);
        InformationAsset asset = assets(systemId).stream().filter(a -> a.id().equals(assetId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Information asset", assetId));
        jdbc.sql("delete from ai_information_asset where id = ?").param(assetId).update();
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, systemId, Operation.ERASURE, "Unlinked AI system "
                + system.reference() + " from " + asset.name()).withChanges(List.of(new FieldChange("Name", asset.name(), null)))
                .inForce(subject.forceCode()));
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String name() {
        return "Use, access and data";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/use";
        int rules = rules(system.id()).size();
        int assets = assets(system.id()).size();
        boolean logging = system.outputLogging() != null;
        String detail = rules + (rules == 1 ? " usage rule" : " usage rules") + ", " + assets
                + (assets == 1 ? " information asset or activity" : " information assets and activities") + "; logging of "
                + "outputs " + (logging ? "described" : "not yet described");
        if (rules == 0 && assets == 0 && !logging) {
            return Progress.notStarted(href, "Say who may use it and on what conditions, how its outputs are logged, and "
                    + "which information assets it uses");
        }
        return rules > 0 && assets > 0 && logging ? Progress.done(href, "Complete", detail)
                : Progress.inProgress(href, "In progress", detail);
    }
}
