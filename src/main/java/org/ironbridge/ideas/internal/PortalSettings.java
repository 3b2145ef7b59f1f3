package org.ironbridge.ideas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A force's portal settings: the service level for a first response, the decline reasons moderators
 * choose from, the terms that flag an idea, and the routing rules. A force that has never configured
 * them gets the defaults the first time they are needed.
 */
@Component
public class PortalSettings {

    static final int DEFAULT_RESPONSE_DAYS = 10;

    public record DeclineReason(UUID id, String code, String label, boolean active, int position) {
    }

    public record RoutingRule(UUID id, String name, int position, UUID businessAreaId, String keywords,
                              UUID submitterUnitId, UUID queueUnitId, boolean active, int version) {

        List<String> keywordList() {
            return keywords == null ? List.of() : Arrays.stream(keywords.split(",")).map(String::strip)
                    .filter(k -> !k.isEmpty()).toList();
        }
    }

    public record Terms(List<String> sensitive, List<String> misconduct) {
    }

    private static final List<String[]> DEFAULT_REASONS = List.of(
            new String[] {"NOT_FEASIBLE", "Not technically or practically feasible"},
            new String[] {"COST_OUTWEIGHS_BENEFIT", "The cost outweighs the benefit"},
            new String[] {"NOT_A_PRIORITY", "Does not fit the force's current priorities"},
            new String[] {"NATIONAL_SOLUTION", "A national or regional solution is planned"},
            new String[] {"POLICY_OR_LAW", "Conflicts with policy, law or regulation"},
            new String[] {"NOT_ENOUGH_EVIDENCE", "Not enough evidence of the problem"});

    static final List<String> DEFAULT_SENSITIVE = List.of("covert", "informant", "CHIS", "intelligence source",
            "counter terrorism", "firearms", "safeguarding", "vulnerable victim", "undercover", "witness protection");

    static final List<String> DEFAULT_MISCONDUCT = List.of("corrupt", "bribe", "misconduct", "whistleblow", "harass",
            "bullying", "discriminat", "abuse of position", "falsif", "cover up", "fiddl");

    private final JdbcClient jdbc;

    PortalSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int responseDays(UUID forceId) {
        ensure(forceId);
        return jdbc.sql("select response_days from idea_portal_setting where force_id = :f").param("f", forceId)
                .query(Integer.class).single();
    }

    @Transactional
    public int settingsVersion(UUID forceId) {
        ensure(forceId);
        return jdbc.sql("select version from idea_portal_setting where force_id = :f").param("f", forceId)
                .query(Integer.class).single();
    }

    @Transactional
    public List<DeclineReason> declineReasons(UUID forceId) {
        ensure(forceId);
        return jdbc.sql("select id, code, label, active, position from idea_decline_reason where force_id = :f order by position, code")
                .param("f", forceId).query(DeclineReason.class).list();
    }

    public Optional<DeclineReason> declineReason(UUID forceId, UUID reasonId) {
        return jdbc.sql("select id, code, label, active, position from idea_decline_reason where force_id = :f and id = :id")
                .param("f", forceId).param("id", reasonId).query(DeclineReason.class).optional();
    }

    @Transactional
    public Terms terms(UUID forceId) {
        ensure(forceId);
        List<String> sensitive = new ArrayList<>();
        List<String> misconduct = new ArrayList<>();
        jdbc.sql("select kind, term from idea_flag_term where force_id = :f order by term").param("f", forceId)
                .query((rs, n) -> ("SENSITIVE".equals(rs.getString(1)) ? sensitive : misconduct).add(rs.getString(2)))
                .list();
        return new Terms(sensitive, misconduct);
    }

    public List<RoutingRule> routingRules(UUID forceId) {
        return jdbc.sql("""
                select id, name, position, business_area_id, keywords, submitter_unit_id, queue_unit_id, active, version
                from idea_routing_rule where force_id = :f order by position, name
                """).param("f", forceId).query(RoutingRule.class).list();
    }

    public Optional<RoutingRule> routingRule(UUID forceId, UUID ruleId) {
        return routingRules(forceId).stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** The defaults, once per force; a no-op when the force already has its settings. */
    @Transactional
    public void ensure(UUID forceId) {
        int created = jdbc.sql("""
                insert into idea_portal_setting (force_id, response_days, version) values (:f, :d, 0)
                on conflict (force_id) do nothing
                """).param("f", forceId).param("d", DEFAULT_RESPONSE_DAYS).update();
        if (created == 0) {
            return;
        }
        int position = 0;
        for (String[] reason : DEFAULT_REASONS) {
            jdbc.sql("insert into idea_decline_reason (id, force_id, code, label, active, position) values (:id, :f, :c, :l, true, :p)")
                    .param("id", UUID.randomUUID()).param("f", forceId).param("c", reason[0]).param("l", reason[1])
                    .param("p", position++).update();
        }
        DEFAULT_SENSITIVE.forEach(term -> addTerm(forceId, "SENSITIVE", term));
        DEFAULT_MISCONDUCT.forEach(term -> addTerm(forceId, "MISCONDUCT", term));
    }

    void addTerm(UUID forceId, String kind, String term) {
        jdbc.sql("insert into idea_flag_term (id, force_id, kind, term) values (:id, :f, :k, :t) on conflict do nothing")
                .param("id", UUID.randomUUID()).param("f", forceId).param("k", kind).param("t", term).update();
    }
}
