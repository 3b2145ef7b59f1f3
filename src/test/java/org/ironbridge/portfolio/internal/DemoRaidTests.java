package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo RAID logs: loaded once, whatever the number of restarts, with one late dependency to show. */
@IronbridgeTest
class DemoRaidTests {

    @Autowired
    DemoRaid demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadingTheDemoAgainAddsNothing() throws Exception {
        Map<String, Object> before = counts();
        demo.run(null);
        assertThat(counts()).isEqualTo(before);
        assertThat(((Number) before.get("risks")).intValue()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void rmsProcurementWaitsOnANationalInterfacePastItsNeededByDate() {
        assertThat(jdbc.queryForObject("""
                select count(*) from raid_dependency d join initiative i on i.id = d.initiative_id
                where i.title = 'RMS procurement' and d.status <> 'MET' and d.needed_by < current_date
                  and d.external_programme like 'National Law Enforcement Data Service%'
                """, Integer.class)).isEqualTo(1);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                select (select count(*) from raid_risk) as risks, (select count(*) from raid_issue) as issues,
                       (select count(*) from raid_assumption) as assumptions,
                       (select count(*) from raid_dependency) as dependencies,
                       (select count(*) from change_impact) as impacts,
                       (select count(*) from audit_event where actor = 'system:demo-data') as audited
                """);
    }
}
