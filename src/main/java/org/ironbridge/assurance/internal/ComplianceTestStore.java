package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The compliance test's tables: the test, the checklist version each framework was answered against, the answers. */
@Component
class ComplianceTestStore {

    private final JdbcClient jdbc;

    ComplianceTestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ComplianceTest> find(UUID systemId) {
        return jdbc.sql("select id, system_id, version, updated_by, updated_at from compliance_test where system_id = ?")
                .param(systemId).query((rs, n) -> new ComplianceTest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant(), Map.of(), Map.of()))
                .optional().map(this::withAnswers);
    }

    void insert(UUID id, UUID systemId, String by, Instant at) {
        jdbc.sql("""
                insert into compliance_test (id, system_id, version, created_by, created_at, updated_by, updated_at)
                values (?, ?, 0, ?, ?, ?, ?)
                """).params(id, systemId, by, Timestamp.from(at), by, Timestamp.from(at)).update();
    }

    /** Moves the test on from the version the person saw; false when someone else saved first. */
    boolean touch(UUID id, int seen, String by, Instant at) {
        return jdbc.sql("""
                update compliance_test set version = version + 1, updated_by = ?, updated_at = ? where id = ? and version = ?
                """).params(by, Timestamp.from(at), id, seen).update() == 1;
    }

    /** Answers the framework against this checklist version from now on; a new version clears the old answers. */
    void pin(UUID testId, String framework, UUID versionId) {
        UUID pinned = jdbc.sql("select checklist_version_id from compliance_test_framework where test_id = ? and framework_code = ?")
                .params(testId, framework).query(UUID.class).optional().orElse(null);
        if (versionId.equals(pinned)) {
            return;
        }
        if (pinned != null) {
            jdbc.sql("delete from compliance_answer where test_id = ? and framework_code = ?").params(testId, framework).update();
            jdbc.sql("delete from compliance_test_framework where test_id = ? and framework_code = ?")
                    .params(testId, framework).update();
        }
        jdbc.sql("insert into compliance_test_framework (test_id, framework_code, checklist_version_id) values (?, ?, ?)")
                .params(testId, framework, versionId).update();
    }

    void answer(UUID testId, String framework, UUID versionId, ComplianceTest.Answer answer) {
        jdbc.sql("""
                insert into compliance_answer (test_id, framework_code, checklist_version_id, item_code, outcome, evidence,
                    reviewer_id, reviewed_on) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (test_id, framework_code, item_code) do update set outcome = excluded.outcome,
                    evidence = excluded.evidence, reviewer_id = excluded.reviewer_id, reviewed_on = excluded.reviewed_on
                """).params(testId, framework, versionId, answer.itemCode(), answer.outcome().name(), answer.evidence(),
                answer.reviewerId(), Date.valueOf(answer.reviewedOn())).update();
    }

    void clear(UUID testId, String framework, String itemCode) {
        jdbc.sql("delete from compliance_answer where test_id = ? and framework_code = ? and item_code = ?")
                .params(testId, framework, itemCode).update();
    }

    private ComplianceTest withAnswers(ComplianceTest test) {
        Map<String, UUID> pinned = new HashMap<>();
        jdbc.sql("select framework_code, checklist_version_id from compliance_test_framework where test_id = ?")
                .param(test.id()).query((rs, n) -> pinned.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
        Map<String, Map<String, ComplianceTest.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                select framework_code, item_code, outcome, evidence, reviewer_id, reviewed_on from compliance_answer
                where test_id = ? order by framework_code, item_code
                """).param(test.id()).query((rs, n) -> answers.computeIfAbsent(rs.getString(1), f -> new LinkedHashMap<>())
                .put(rs.getString(2), new ComplianceTest.Answer(rs.getString(2), Conformity.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getDate(6).toLocalDate()))).list();
        return new ComplianceTest(test.id(), test.systemId(), test.version(), test.updatedBy(), test.updatedAt(),
                Map.copyOf(pinned), Map.copyOf(answers));
    }
}
