package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referral pack: what the panel is asked to consider, made from the register entry and every part of the
 * system's assurance (DPIA, impact assessment, compliance test and the rest) as they stand at referral time. It
 * is copied into the referral, so later edits never change what the panel saw.
 */
@Component
class ReferralPack {

    private static final int BODY_LIMIT = 20_000;

    private final JdbcClient jdbc;
    private final People people;
    private final ObjectProvider<AssuranceStep> steps;

    ReferralPack(JdbcClient jdbc, People people, ObjectProvider<AssuranceStep> steps) {
        this.jdbc = jdbc;
        this.people = people;
        this.steps = steps;
    }

    /** Copies the pack of this system into the referral; call in the transaction that records the referral. */
    void snapshot(UUID referralId, AiSystem system) {
        List<EthicsRecords.PackEntry> entries = entries(system);
        for (EthicsRecords.PackEntry entry : entries) {
            jdbc.sql("""
                    insert into ethics_pack_entry (referral_id, position, section, heading, status, body)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(referralId, entry.position(), entry.section(), entry.heading(), entry.status(),
                    entry.body()).update();
        }
    }

    /** The pack as it would be made now: the register entry, then each assurance step in order. */
    List<EthicsRecords.PackEntry> entries(AiSystem system) {
        List<String[]> register = register(system);
        List<EthicsRecords.PackEntry> entries = new ArrayList<>();
        for (String[] row : register) {
            entries.add(new EthicsRecords.PackEntry(entries.size(), "REGISTER", row[0], null, limit(row[1])));
        }
        // The panel's own step is what the referral starts: it is not part of what the panel is asked to consider.
        steps.stream().filter(step -> !(step instanceof EthicsPanelStep))
                .sorted(Comparator.comparingInt(AssuranceStep::order)).forEach(step -> {
                    AssuranceStep.Progress progress = step.progress(system);
                    entries.add(new EthicsRecords.PackEntry(entries.size(), "STEP", limitHeading(step.name()),
                            limitHeading(progress.label()), limit(progress.detail() == null ? "" : progress.detail())));
                });
        return entries;
    }

    private List<String[]> register(AiSystem system) {
        Map<UUID, String> units = people.units(system.forceId()).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
        String owner = system.ownerId() == null ? "Not named" : people.find(system.ownerId())
                .map(PersonSummary::displayName).orElse("Not named");
        List<String[]> rows = new ArrayList<>();
        rows.add(row("System", system.reference() + " " + system.name()));
        rows.add(row("Status", system.status().label()));
        rows.add(row("Purpose", system.purpose()));
        rows.add(row("Type", system.type().label()));
        rows.add(row("Decisions about people", system.decisionRole().label()));
        rows.add(row("Cameras or biometrics", system.usesBiometrics() ? "Yes" : "No"));
        rows.add(row("Requesting business area", units.getOrDefault(system.businessAreaId(), "Not recorded")));
        rows.add(row("Origin", system.origin().label()));
        rows.add(row("Supplier", system.supplierName() == null ? "Not recorded" : system.supplierName()
                + (system.supplierCompanyNumber() == null ? "" : " (Companies House " + system.supplierCompanyNumber() + ")")));
        rows.add(row("Procurement route", system.procurementRoute() == null ? "Not recorded" : system.procurementRoute().label()));
        rows.add(row("Approval sought", system.pilotSought() ? "A pilot" : "Full use"));
        rows.add(row("System owner", owner));
        rows.add(row("Data it uses", orNot(system.dataSources())));
        rows.add(row("Information assets and processing activities", informationAssets(system.id())));
        rows.add(row("Security standards (NPIRMS, PSN)", orNot(system.securityStandards())));
        rows.add(row("Logging of outputs and decisions", orNot(system.outputLogging())));
        rows.add(row("Who may use it, and on what conditions", usageRules(system.id())));
        rows.add(row("Decommissioning criteria", system.decommissioningCriteria() == null
                ? "Not yet defined" : system.decommissioningCriteria()));
        rows.add(row("Classification of the register entry", system.classification().marking()));
        return rows;
    }

    private String usageRules(UUID systemId) {
        List<String> rules = jdbc.sql("select role, minimum_vetting, training, conditions from ai_usage_rule "
                + "where system_id = ? order by created_at, id").param(systemId).query((rs, n) -> {
                    Role role = FormText.choice(Role.class, rs.getString(1));
                    VettingLevel vetting = FormText.choice(VettingLevel.class, rs.getString(2));
                    return (role == null ? rs.getString(1) : role.label()) + ", vetted to at least "
                            + (vetting == null ? rs.getString(2) : vetting.label())
                            + (rs.getString(3) == null ? "" : "; training: " + rs.getString(3))
                            + (rs.getString(4) == null ? "" : "; conditions: " + rs.getString(4));
                }).list();
        return rules.isEmpty() ? "No usage rules recorded" : String.join("\n", rules);
    }

    private String informationAssets(UUID systemId) {
        List<String> assets = jdbc.sql("select name, kind, owner, lawful_basis from ai_information_asset "
                + "where system_id = ? order by created_at, id").param(systemId).query((rs, n) -> rs.getString(1)
                + ("PROCESSING_ACTIVITY".equals(rs.getString(2)) ? " (processing activity)" : " (information asset)")
                + ", owned by " + rs.getString(3) + "; lawful basis: " + rs.getString(4)).list();
        return assets.isEmpty() ? "None recorded" : String.join("\n", assets);
    }

    private static String[] row(String heading, String value) {
        return new String[] {heading, value};
    }

    private static String orNot(String value) {
        return value == null ? "Not recorded" : value;
    }

    private static String limit(String text) {
        return text.length() <= BODY_LIMIT ? text : text.substring(0, BODY_LIMIT - 1) + "…";
    }

    private static String limitHeading(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
