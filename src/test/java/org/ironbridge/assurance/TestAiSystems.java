package org.ironbridge.assurance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** AI systems, plans and board decisions written straight into the shared test database, each test its own. */
final class TestAiSystems {

    private final JdbcTemplate jdbc;

    TestAiSystems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A West Midlands system in this status, owned by the person named; criteria may be null. */
    UUID system(String status, String decisionRole, String owner, String criteria) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("purpose", "A test system.");
        columns.put("decision_role", decisionRole);
        columns.put("approval_sought", "FULL");
        columns.put("status", status);
        columns.put("owner_id", owner == null ? null : person(owner));
        columns.put("decommissioning_criteria", criteria);
        return insert(jdbc, "T-", columns);
    }

    /**
     * The one way the assurance tests put a system on the register for themselves: a West Midlands system under
     * assessment, built in house, with the columns given replacing those defaults. Its reference is the prefix and
     * the start of its id, so a test can find it in the audit trail.
     */
    static UUID insert(JdbcTemplate jdbc, String referencePrefix, Map<String, Object> columns) {
        UUID id = UUID.randomUUID();
        String tag = id.toString().substring(0, 8);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("force_id", jdbc.queryForObject("select id from force where code = 'WMP'", UUID.class));
        values.put("reference", referencePrefix + tag);
        values.put("name", "Test system " + tag);
        values.put("purpose", "A system recorded by a test.");
        values.put("origin", "FORCE_REQUEST");
        values.put("procurement_route", "IN_HOUSE");
        values.put("system_type", "CLASSIFIER");
        values.put("decision_role", "INFORMS");
        values.put("uses_biometrics", false);
        values.put("approval_sought", "PILOT");
        values.put("status", "UNDER_ASSESSMENT");
        values.put("classification", "OFFICIAL");
        values.put("version", 0);
        values.put("created_by", "test");
        values.putAll(columns);
        jdbc.update("insert into ai_system (" + String.join(", ", values.keySet()) + ", created_at, updated_at) values ("
                + "?, ".repeat(values.size()) + "now(), now())", values.values().toArray());
        return id;
    }

    /** A monthly plan with one metric (misrouted calls at most 2%), next review due on {@code due}. */
    void plan(UUID system, String owner, LocalDate due) {
        jdbc.update("""
                insert into ai_monitoring_plan (system_id, frequency, owner_id, first_review_on, next_due_on, version,
                    created_by, created_at, updated_at)
                values (?, 'MONTHLY', (select id from person where username = ?), ?, ?, 0, 'test', now(), now())
                """, system, owner, java.sql.Date.valueOf(due), java.sql.Date.valueOf(due));
        jdbc.update("""
                insert into ai_monitoring_metric (system_id, position, name, direction, threshold, unit)
                values (?, 0, 'Calls misrouted', 'AT_MOST', 2, '%')
                """, system);
    }

    /** A board decision on the system, as the governance listener records it. */
    UUID decision(UUID system, String reference, String outcome, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into ai_board_decision (decision_id, system_id, reference, board_name, outcome, decided_on)
                values (?, ?, ?, 'Change Board', ?, ?)
                """, id, system, reference, outcome, java.sql.Date.valueOf(on));
        return id;
    }

    String status(UUID system) {
        return jdbc.queryForObject("select status from ai_system where id = ?", String.class, system);
    }

    int version(UUID system) {
        return jdbc.queryForObject("select version from ai_system where id = ?", Integer.class, system);
    }

    /** A person of West Midlands of the test's own, so that notices to them touch no demo account. */
    String newPerson() {
        String username = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into person (id, force_id, username, display_name, vetting_level, active, created_at, updated_at, version)
                select gen_random_uuid(), f.id, ?, 'Review Owner', 'MV', true, now(), now(), 0 from force f where f.code = 'WMP'
                """, username);
        return username;
    }

    UUID person(String username) {
        return jdbc.queryForObject("select id from person where username = ?", UUID.class, username);
    }
}
