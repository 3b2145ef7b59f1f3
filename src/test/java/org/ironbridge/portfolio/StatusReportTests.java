package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Monthly status reports: never for the future, never changed once submitted, corrected by versions, trended. */
@IronbridgeTest
class StatusReportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;

    private DeliveryRequests requests;

    @BeforeEach
    void requests() {
        requests = new DeliveryRequests(mvc, people, jdbc, portfolio);
    }

    @Test
    void aReportForAFutureMonthIsRefusedAndNothingIsSaved() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        YearMonth next = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(1);
        String page = mvc.perform(submit("pmo", initiative, next, Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("Reporting period cannot be in the future: the latest month you can report on is")
                .contains("href=\"#period\"").contains("value=\"" + next.getYear() + "\"");
        assertThat(reports(initiative)).isZero();
    }

    @Test
    void aSecondReportForTheSameMonthBecomesVersionTwoAndVersionOneStaysViewable() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        YearMonth january = YearMonth.of(2025, 1);
        mvc.perform(submit("pmo", initiative, january, Map.of("narrative", "First account of January")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Status report for January 2025, version 1 submitted"));
        mvc.perform(submit("practitioner", initiative, january, Map.of("narrative", "Corrected account of January",
                        "ragCost", "RED")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "Status report for January 2025, version 2 submitted"));

        List<Map<String, Object>> versions = jdbc.queryForList("select id, version_number, narrative, submitted_by "
                + "from status_report where initiative_id = ? order by version_number", initiative);
        assertThat(versions).extracting(row -> row.get("version_number")).containsExactly(1, 2);
        assertThat(versions.get(1).get("submitted_by")).isEqualTo("practitioner");
        String first = requests.page("board.member", initiative, "/status-reports/" + versions.get(0).get("id"));
        assertThat(first).contains("First account of January").contains("It has been superseded by version 2");
        String list = requests.page("board.member", initiative, "/status-reports");
        assertThat(list).contains("January 2025, version 1").contains("January 2025, version 2");
        assertThat(portfolio.statusReports(initiative)).singleElement().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.period()).isEqualTo(january);
            assertThat(summary.narrative()).isEqualTo("Corrected account of January");
        });
    }

    @Test
    void submittingSetsTheInitiativesDeliveryConfidenceAndRagAndIsAudited() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 5), Map.of("deliveryConfidence", "RED",
                "ragSchedule", "RED", "ragResources", "AMBER"))).andExpect(status().isFound());
        Map<String, Object> row = jdbc.queryForMap("select delivery_confidence, rag_schedule, rag_cost, rag_resources "
                + "from initiative where id = ?", initiative);
        assertThat(row).containsEntry("delivery_confidence", "RED").containsEntry("rag_schedule", "RED")
                .containsEntry("rag_cost", "GREEN").containsEntry("rag_resources", "AMBER");
        UUID report = jdbc.queryForObject("select id from status_report where initiative_id = ?", UUID.class, initiative);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Status report' "
                + "and record_id = ? and operation = 'COLLECTION' and actor = 'pmo'", Integer.class, report.toString()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Initiative' "
                + "and record_id = ? and operation = 'ALTERATION' and changes::text like '%Delivery confidence%'",
                Integer.class, initiative.toString())).isEqualTo(1);

        // A correction of an earlier month is kept but does not overrule the later month's assessment.
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 4), Map.of("deliveryConfidence", "GREEN")))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select delivery_confidence from initiative where id = ?", String.class, initiative))
                .isEqualTo("RED");
    }

    @Test
    void theTrendShowsEachMonthsMoveInWordsNotColourAlone() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 2), Map.of())).andExpect(status().isFound());
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 3), Map.of("deliveryConfidence", "AMBER",
                "ragSchedule", "RED"))).andExpect(status().isFound());
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 4), Map.of("deliveryConfidence", "GREEN",
                "ragSchedule", "AMBER"))).andExpect(status().isFound());
        String page = requests.page("auditor", initiative, "/status-reports");
        assertThat(page).contains("Month-on-month trend").contains("<caption")
                .contains("↓ down from Green").contains("↑ up from Amber").contains("↑ up from Red");
        assertThat(page.indexOf("April 2025")).isLessThan(page.indexOf("March 2025"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteASubmittedReport() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 6), Map.of())).andExpect(status().isFound());
        assertThatThrownBy(() -> jdbc.update("update status_report set narrative = 'rewritten' where initiative_id = ?",
                initiative)).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from status_report where initiative_id = ?", initiative))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select narrative from status_report where initiative_id = ?", String.class,
                initiative)).isEqualTo("Steady progress");
    }

    @Test
    void hostileAndMalformedReportsAreRefusedFieldByFieldWithTheInputKeptAndNothingSaved() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        Map<String, String> hostile = new HashMap<>(Map.of("deliveryConfidence", "AMBER_GREEN", "ragSchedule", "PURPLE",
                "narrative", "<script>alert(1)</script>", "keyRisks", "r".repeat(10_000), "scopeForecast", "MAYBE",
                "riskScoreForecast", "30"));
        hostile.put("ragCost", "");
        String page = mvc.perform(submit("pmo", initiative, null, hostile).param("periodMonth", "13")
                        .param("periodYear", "2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Reporting period must be a real month and year")
                .contains("Select the delivery confidence: Green, Amber or Red")
                .contains("Select red, amber or green for schedule").contains("Select red, amber or green for cost")
                .contains("Key risks must be 2000 characters or fewer")
                .contains("Select whether scope will stay within its tolerance")
                .contains("Forecast risk score must be a whole number from 1 to 25")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>")
                .contains("value=\"13\"");
        assertThat(reports(initiative)).isZero();
        mvc.perform(get("/portfolio/initiatives/" + initiative + "/status-reports/" + UUID.randomUUID())
                .with(SignedIn.as(people, "pmo"))).andExpect(status().isNotFound());
    }

    @Test
    void aDeclaredBreachOfBenefitsShowsOnTheInitiativeAsBeyondTolerance() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(submit("pmo", initiative, YearMonth.of(2025, 7), Map.of("benefitsForecast", "WILL_BREACH")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("breachNotice", Matchers.containsString("beyond its benefits tolerance")));
        assertThat(requests.page("pmo", initiative, "/delivery")).contains("Declared as will breach in the status report for "
                + "July 2025, version 1").contains("No benefits tolerance has been recorded");
    }

    @Test
    void aStaffMemberCannotSubmitAndABoardMemberCannotOpenTheForm() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(submit("staff", initiative, YearMonth.of(2025, 1), Map.of())).andExpect(status().isForbidden());
        mvc.perform(get("/portfolio/initiatives/" + initiative + "/status-reports/new").with(SignedIn.as(people, "board.member")))
                .andExpect(status().isForbidden());
        assertThat(reports(initiative)).isZero();
    }

    /** A complete, valid report for the month, with some fields overridden. */
    private MockHttpServletRequestBuilder submit(String who, UUID initiative, YearMonth period, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of("deliveryConfidence", "GREEN", "ragSchedule", "GREEN",
                "ragCost", "GREEN", "ragScope", "GREEN", "ragBenefits", "GREEN", "ragRisk", "GREEN",
                "ragResources", "GREEN", "narrative", "Steady progress", "scopeForecast", "WITHIN",
                "qualityForecast", "WITHIN"));
        all.put("benefitsForecast", "WITHIN");
        if (period != null) {
            all.put("periodMonth", String.valueOf(period.getMonthValue()));
            all.put("periodYear", String.valueOf(period.getYear()));
        }
        all.putAll(fields);
        return requests.form(who, "/status-reports", initiative, all);
    }

    private int reports(UUID initiative) {
        return requests.count("status_report", initiative);
    }
}
