package org.ironbridge.assurance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compliance checklists, as data: the frameworks, and each framework's versions of its items. A force uses its
 * own latest version of a checklist, or the national baseline until its administrator first changes it.
 */
@Component
public class Checklists {

    private static final String VERSION_COLUMNS = "id, framework_code, force_id, number, change_note, created_by, created_at";

    private final JdbcClient jdbc;

    Checklists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ComplianceFramework> frameworks() {
        return jdbc.sql("select code, name, kind, applies, position, summary from compliance_framework order by position")
                .query(Checklists::framework).list();
    }

    public Optional<ComplianceFramework> framework(String code) {
        return code == null ? Optional.empty() : jdbc.sql("""
                select code, name, kind, applies, position, summary from compliance_framework where code = ?
                """).param(code).query(Checklists::framework).optional();
    }

    /** The version the force answers now: its own latest, or the national baseline's latest. */
    public ChecklistVersion current(UUID forceId, String frameworkCode) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                 from compliance_checklist_version where framework_code = ? and (force_id = ? or force_id is null)
                order by force_id is null, number desc limit 1
                """).params(frameworkCode, forceId).query(Checklists::version).optional().map(this::withItems)
                .orElseThrow(() -> new IllegalStateException("No checklist for " + frameworkCode));
    }

    /** A version the force may see: its own, or the national baseline's. */
    public Optional<ChecklistVersion> version(UUID forceId, UUID versionId) {
        return versionId == null ? Optional.empty() : jdbc.sql("select " + VERSION_COLUMNS + """
                 from compliance_checklist_version where id = ? and (force_id = ? or force_id is null)
                """).params(versionId, forceId).query(Checklists::version).optional().map(this::withItems);
    }

    /** Every version the force has seen of a framework, newest first. */
    public List<ChecklistVersion> history(UUID forceId, String frameworkCode) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                 from compliance_checklist_version where framework_code = ? and (force_id = ? or force_id is null)
                order by number desc, force_id is null
                """).params(frameworkCode, forceId).query(Checklists::version).list().stream().map(this::withItems).toList();
    }

    /**
     * The national baseline's newest version, when one was shipped after the force's own latest change (the force's
     * versions are numbered on from every version it had seen, so a higher national number is a later one).
     */
    public Optional<ChecklistVersion> newerNational(UUID forceId, String frameworkCode) {
        ChecklistVersion current = current(forceId, frameworkCode);
        if (current.national()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + VERSION_COLUMNS + """
                 from compliance_checklist_version where framework_code = ? and force_id is null and number > ?
                order by number desc limit 1
                """).params(frameworkCode, current.number()).query(Checklists::version).optional().map(this::withItems);
    }

    /** Writes the force's next version of a framework's checklist with these items. */
    UUID write(UUID forceId, String frameworkCode, int number, String note, List<ChecklistVersion.Item> items, String by,
               Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into compliance_checklist_version (id, framework_code, force_id, number, change_note, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, frameworkCode, forceId, number, note, by, Timestamp.from(at)).update();
        for (ChecklistVersion.Item item : items) {
            jdbc.sql("""
                    insert into compliance_checklist_item (version_id, code, text, guidance, position) values (?, ?, ?, ?, ?)
                    """).params(id, item.code(), item.text(), item.guidance(), item.position()).update();
        }
        return id;
    }

    /** The next number for the force's own version: after every version it has seen of the framework. */
    int nextNumber(UUID forceId, String frameworkCode) {
        return jdbc.sql("""
                select coalesce(max(number), 0) + 1 from compliance_checklist_version
                where framework_code = ? and (force_id = ? or force_id is null)
                """).params(frameworkCode, forceId).query(Integer.class).single();
    }

    /** A code for an item the force adds, never one used before in any version of the framework it has seen. */
    String nextLocalCode(UUID forceId, String frameworkCode) {
        List<String> used = jdbc.sql("""
                select distinct i.code from compliance_checklist_item i join compliance_checklist_version v on v.id = i.version_id
                where v.framework_code = ? and (v.force_id = ? or v.force_id is null) and i.code like 'LOCAL-%'
                """).params(frameworkCode, forceId).query(String.class).list();
        int n = 1;
        while (used.contains("LOCAL-" + n)) {
            n++;
        }
        return "LOCAL-" + n;
    }

    private ChecklistVersion withItems(ChecklistVersion v) {
        List<ChecklistVersion.Item> items = jdbc.sql("""
                select code, text, guidance, position from compliance_checklist_item where version_id = ? order by position, code
                """).param(v.id()).query((rs, n) -> new ChecklistVersion.Item(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4))).list();
        return new ChecklistVersion(v.id(), v.frameworkCode(), v.forceId(), v.number(), v.changeNote(), v.createdBy(),
                v.createdAt(), items);
    }

    private static ChecklistVersion version(ResultSet rs, int row) throws SQLException {
        return new ChecklistVersion(rs.getObject("id", UUID.class), rs.getString("framework_code"),
                rs.getObject("force_id", UUID.class), rs.getInt("number"), rs.getString("change_note"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), List.of());
    }

    private static ComplianceFramework framework(ResultSet rs, int row) throws SQLException {
        return new ComplianceFramework(rs.getString(1), rs.getString(2), ComplianceFramework.Kind.valueOf(rs.getString(3)),
                ComplianceFramework.Applies.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6));
    }
}
