package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo business cases and equality analyses load once: a restart on the kept database adds nothing. */
@IronbridgeTest
class DemoBusinessCaseAndEqualityTests {

    private static final List<String> TABLES = List.of("business_case", "business_case_option", "equality_analysis",
            "equality_impact", "staff_association_feedback");

    @Autowired
    DemoBusinessCaseAndEquality demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runningTheLoaderAgainAddsNothing() {
        List<Integer> before = counts();
        demo.run(null);
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from business_case b join initiative i on i.id = b.initiative_id "
                + "where i.title like 'Andi-Esra%'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from equality_impact", Integer.class))
                .as("every version rates all nine characteristics")
                .isEqualTo(9 * jdbc.queryForObject("select count(*) from equality_analysis", Integer.class));
    }

    private List<Integer> counts() {
        return TABLES.stream().map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class)).toList();
    }
}
