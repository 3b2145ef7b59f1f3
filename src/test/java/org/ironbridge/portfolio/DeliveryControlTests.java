package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.SignedInPerson;
import org.ironbridge.access.Subject;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Milestones, tolerances, finance and exception reports: slippage shown, breaches detected and
 * reported to the board above, bad input refused with nothing saved, no silent overwrite, all audited.
 */
@IronbridgeTest
class DeliveryControlTests {

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMilestonePastItsBaselineShowsHowManyDaysLateAndItsAdditionIsAudited() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/milestones", initiative, Map.of("title", "Contract signed", "baselineDay", "1",
                        "baselineMonth", "3", "baselineYear", "2025", "forecastDay", "20", "forecastMonth", "3",
                        "forecastYear", "2025")))
                .andExpect(status().isFound()).andExpect(flash().attribute("notice", "Milestone added: Contract signed"));
        String page = requests.page("board.member", initiative, "/delivery");
        assertThat(page).contains("Contract signed").contains("1 Mar 2025").contains("20 Mar 2025").contains("19 days late");
        UUID milestone = jdbc.queryForObject("select id from milestone where initiative_id = ?", UUID.class, initiative);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Milestone' and record_id = ? "
                + "and operation = 'COLLECTION' and actor = 'pmo'", Integer.class, milestone.toString())).isEqualTo(1);
    }

    @Test
    void aForecastBeyondTheTimeToleranceIsShownAndItsExceptionReportGoesToTheBoardAbove() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/tolerances", initiative, Map.of("timeDays", "10"))).andExpect(status().isFound());
        mvc.perform(requests.form("pmo", "/milestones", initiative, milestone("Go-live", "30", "6", "2025", "31", "7", "2025")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("breachNotice", org.hamcrest.Matchers.containsString(
                        "beyond its time tolerance. Raise an exception report to the Design and Delivery Board")));
        String delivery = requests.page("pmo", initiative, "/delivery");
        assertThat(delivery).contains("One tolerance is breached")
                .contains("Milestone ‘Go-live’ forecast 31 July 2025, 31 days after its baseline of 30 June 2025")
                .contains("No more than 10 days late").contains("Raise an exception report");
        assertThat(requests.page("pmo", initiative, "")).contains("Beyond its time tolerance");

        String location = mvc.perform(requests.form("pmo", "/exception-reports", initiative, exception("TIME")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Map<String, Object> report = jdbc.queryForMap("select id, addressed_to, forecast, tolerance_limit, raised_by "
                + "from exception_report where initiative_id = ?", initiative);
        assertThat(location).isEqualTo("/portfolio/initiatives/" + initiative + "/exception-reports/" + report.get("id"));
        assertThat(report.get("addressed_to")).isEqualTo("DESIGN_AND_DELIVERY_BOARD");
        assertThat((String) report.get("forecast")).contains("31 days after its baseline");
        assertThat(report.get("tolerance_limit")).isEqualTo("No more than 10 days late");
        assertThat(report.get("raised_by")).isEqualTo("pmo");
        assertThat(requests.page("auditor", initiative, "/exception-reports/" + report.get("id")))
                .contains("Awaiting a decision of the Design and Delivery Board").contains("The supplier is late");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Exception report' "
                + "and record_id = ?", Integer.class, report.get("id").toString())).isEqualTo(1);
    }

    @Test
    void theDesignAndDeliveryBoardsExceptionsGoToTheChangeBoardAndTheChangeBoardAnswersItsOwn() throws Exception {
        for (Tier tier : new Tier[] {Tier.DESIGN_AND_DELIVERY_BOARD, Tier.CHANGE_BOARD}) {
            UUID initiative = requests.newInitiative(tier);
            mvc.perform(requests.form("pmo", "/tolerances", initiative, Map.of("timeDays", "0"))).andExpect(status().isFound());
            mvc.perform(requests.form("pmo", "/milestones", initiative, milestone("Design", "1", "4", "2025", "2", "4", "2025")))
                    .andExpect(status().isFound());
            mvc.perform(requests.form("pmo", "/exception-reports", initiative, exception("TIME"))).andExpect(status().isFound());
            assertThat(jdbc.queryForObject("select addressed_to from exception_report where initiative_id = ?",
                    String.class, initiative)).isEqualTo("CHANGE_BOARD");
        }
    }

    @Test
    void anExceptionReportIsRefusedForAToleranceThatIsNotBreachedAndForHostileInput() throws Exception {
        UUID withinTolerance = requests.newInitiative(Tier.PROJECT_BOARD);
        String refused = mvc.perform(requests.form("pmo", "/exception-reports", withinTolerance, exception("TIME")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem")
                .contains("No tolerance is breached, so there is nothing to report by exception");
        assertThat(requests.count("exception_report", withinTolerance)).isZero();

        UUID breached = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/tolerances", breached, Map.of("timeDays", "1"))).andExpect(status().isFound());
        mvc.perform(requests.form("pmo", "/milestones", breached, milestone("Go-live", "1", "9", "2025", "1", "10", "2025")))
                .andExpect(status().isFound());
        String page = mvc.perform(requests.form("pmo", "/exception-reports", breached, Map.of("tolerance", "COST",
                        "cause", "<script>alert(1)</script>", "options", "x".repeat(10_000), "recommendation", " ")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Select the breached tolerance the report is about")
                .contains("Options must be 4000 characters or fewer").contains("Enter your recommendation to the board")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>")
                .contains("Forecast: Milestone ‘Go-live’ forecast 1 October 2025");
        assertThat(requests.count("exception_report", breached)).isZero();
    }

    @Test
    void anExceptionReportCannotBeChangedAndIsAnsweredOnceByABoardDecision() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/tolerances", initiative, Map.of("timeDays", "5"))).andExpect(status().isFound());
        mvc.perform(requests.form("pmo", "/milestones", initiative, milestone("Build", "1", "5", "2025", "1", "6", "2025")))
                .andExpect(status().isFound());
        mvc.perform(requests.form("pmo", "/exception-reports", initiative, exception("TIME"))).andExpect(status().isFound());
        UUID report = jdbc.queryForObject("select id from exception_report where initiative_id = ?", UUID.class, initiative);

        assertThatThrownBy(() -> jdbc.update("update exception_report set cause = 'rewritten' where id = ?", report))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from exception_report where id = ?", report))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(portfolio.openExceptions(requests.forceId())).extracting(ExceptionReportSummary::id).contains(report);
        mvc.perform(requests.form("pmo", "/exception-reports", initiative, exception("TIME")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("awaiting its decision")));

        Subject pmo = signedIn("pmo");
        UUID decision = UUID.randomUUID();
        portfolio.decideException(pmo, report, decision, "DEC-2025-901");
        assertThat(portfolio.openExceptions(requests.forceId())).extracting(ExceptionReportSummary::id).doesNotContain(report);
        assertThat(portfolio.exceptionReports(initiative)).singleElement().satisfies(summary -> {
            assertThat(summary.decisionReference()).isEqualTo("DEC-2025-901");
            assertThat(summary.tolerance()).isEqualTo("Time");
            assertThat(summary.addressedTo()).isEqualTo(Tier.DESIGN_AND_DELIVERY_BOARD);
        });
        assertThatThrownBy(() -> portfolio.decideException(pmo, report, UUID.randomUUID(), "DEC-2025-902"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEC-2025-901");
        assertThatThrownBy(() -> jdbc.update("update exception_report_decision set decision_reference = 'X'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(requests.page("board.member", initiative, "/exception-reports/" + report)).contains("Answered by decision DEC-2025-901");
    }

    @Test
    void badAmountsAreRefusedEachWithItsOwnMessageTheInputKeptAndNothingSaved() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        String page = mvc.perform(requests.form("pmo", "/finance", initiative, Map.of("requested", "£1,2,3",
                        "spent", "ten thousand", "forecastOutturn", "-5")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("Budget requested must have commas only between thousands, like £1,250,000")
                .contains("Spent to date must be an amount in pounds, like 1250.50")
                .contains("Forecast outturn must be £0 or more")
                .contains("value=\"£1,2,3\"").contains("value=\"ten thousand\"").contains("value=\"-5\"")
                .contains("href=\"#requested\"");
        String decimals = mvc.perform(requests.form("pmo", "/finance", initiative, Map.of("requested", "1.234",
                        "spent", "<script>alert(1)</script>", "forecastOutturn", "9".repeat(10_000))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decimals).contains("Budget requested must have no more than 2 decimal places, like 1250.50")
                .contains("Spent to date must be an amount in pounds").contains("Forecast outturn must be less than £1,000,000,000,000")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(requests.count("initiative_finance", initiative)).isZero();
        assertThat(portfolio.finance(initiative)).isEmpty();
    }

    @Test
    void theFinanceFormKeepsTheFiguresButCannotApproveABudget() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("practitioner", "/finance", initiative, Map.of("requested", "£120,000", "spent", "15000.50",
                        "forecastOutturn", "118000", "approved", "999999", "approvedByDecisionReference", "DEC-FAKE")))
                .andExpect(status().isFound());
        assertThat(portfolio.finance(initiative)).hasValueSatisfying(finance -> {
            assertThat(finance.requested()).isEqualByComparingTo("120000");
            assertThat(finance.spent()).isEqualByComparingTo("15000.50");
            assertThat(finance.forecast()).isEqualByComparingTo("118000");
            assertThat(finance.approved()).isNull();
            assertThat(finance.approvedByDecision()).isNull();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Finance' and record_id = ? "
                + "and actor = 'practitioner'", Integer.class, initiative.toString())).isEqualTo(1);
        assertThat(requests.page("pmo", initiative, "/delivery")).contains("Not yet approved: a budget is approved only by a board decision");
    }

    @Test
    void approvedFundingCarriesItsDecisionAndTheCostToleranceIsJudgedAgainstIt() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/tolerances", initiative, Map.of("costAmount", "5000", "costPercent", "10")))
                .andExpect(status().isFound());
        mvc.perform(requests.form("pmo", "/finance", initiative, Map.of("requested", "100000", "forecastOutturn", "107000")))
                .andExpect(status().isFound());
        UUID decision = UUID.randomUUID();
        portfolio.approveFunding(signedIn("board.chair"), initiative, new BigDecimal("100000.00"), decision, "DEC-2025-777");

        assertThat(portfolio.finance(initiative)).hasValueSatisfying(finance -> {
            assertThat(finance.approved()).isEqualByComparingTo("100000");
            assertThat(finance.approvedByDecision()).isEqualTo("DEC-2025-777");
        });
        assertThat(jdbc.queryForObject("select approved_by_decision_id from initiative_finance where initiative_id = ?",
                UUID.class, initiative)).isEqualTo(decision);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Finance' and record_id = ? "
                + "and summary like '%approved%DEC-2025-777' and actor = 'board.chair'", Integer.class,
                initiative.toString())).isEqualTo(1);
        assertThat(requests.page("pmo", initiative, "/delivery")).contains("£100,000, approved by decision DEC-2025-777")
                .contains("£7,000 over the approved budget")
                .contains("Forecast outturn £107,000: £7,000 over the approved budget of £100,000");
        assertThatThrownBy(() -> portfolio.approveFunding(signedIn("staff"), initiative, BigDecimal.TEN, decision, "DEC-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolio.approveFunding(signedIn("pmo"), initiative, new BigDecimal("-1"), decision,
                "DEC-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileAndMalformedMilestonesAndTolerancesAreRefusedFieldByFieldWithNothingSaved() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        String milestone = mvc.perform(requests.form("pmo", "/milestones", initiative, Map.of("title", "<script>alert(1)</script>"
                        + "x".repeat(10_000), "baselineDay", "31", "baselineMonth", "2", "baselineYear", "2025",
                        "forecastDay", "1", "forecastMonth", "1", "forecastYear", "1850", "actualDay", "1",
                        "actualMonth", "1", "actualYear", "2099")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(milestone).contains("There is a problem").contains("Title must be 200 characters or fewer")
                .contains("Baseline date must be a real date").contains("Forecast date must be between 2000 and 2100")
                .contains("Date achieved must be today or in the past").contains("&lt;script&gt;")
                .doesNotContain("<script>alert(1)</script>").contains("value=\"31\"");
        String tolerances = mvc.perform(requests.form("pmo", "/tolerances", initiative, Map.of("timeDays", "-1",
                        "costAmount", "lots", "costPercent", "150", "maximumRisk", "99", "scope", "y".repeat(10_000))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tolerances).contains("Time tolerance must be a whole number of days from 0 to 3650")
                .contains("Cost tolerance in pounds must be an amount in pounds")
                .contains("Cost tolerance as a percentage must be a whole number from 0 to 100")
                .contains("Maximum risk score must be a whole number from 1 to 25")
                .contains("Scope tolerance must be 1000 characters or fewer").contains("value=\"lots\"");
        assertThat(requests.count("milestone", initiative)).isZero();
        assertThat(requests.count("initiative_tolerance", initiative)).isZero();
        mvc.perform(requests.form("pmo", "/milestones/" + UUID.randomUUID(), initiative, milestone("Unknown", "1", "1", "2025",
                "1", "1", "2025"))).andExpect(status().isNotFound());
    }

    @Test
    void aSecondEditorWithAStaleFormIsToldWhatChangedAndOverwritesNothing() throws Exception {
        UUID initiative = requests.newInitiative(Tier.PROJECT_BOARD);
        mvc.perform(requests.form("pmo", "/finance", initiative, Map.of("requested", "50000"))).andExpect(status().isFound());
        String opened = jdbc.queryForObject("select version::text from initiative_finance where initiative_id = ?",
                String.class, initiative);
        mvc.perform(requests.form("pmo", "/finance", initiative, Map.of("requested", "60000", "version", opened)))
                .andExpect(status().isFound());
        String page = mvc.perform(requests.form("practitioner", "/finance", initiative, Map.of("requested", "70000", "version", opened)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed these figures while you were editing")
                .contains("pmo changed these finances").contains("Budget requested: from 50000 to 60000");
        assertThat(jdbc.queryForObject("select requested from initiative_finance where initiative_id = ?",
                BigDecimal.class, initiative)).isEqualByComparingTo("60000");

        mvc.perform(requests.form("pmo", "/milestones", initiative, milestone("Pilot", "1", "2", "2025", "1", "2", "2025")))
                .andExpect(status().isFound());
        UUID milestone = jdbc.queryForObject("select id from milestone where initiative_id = ?", UUID.class, initiative);
        Map<String, String> revised = new HashMap<>(milestone("Pilot (moved)", "1", "2", "2025", "14", "2", "2025"));
        revised.put("version", jdbc.queryForObject("select version::text from milestone where id = ?", String.class,
                milestone));
        mvc.perform(requests.form("pmo", "/milestones/" + milestone, initiative, revised)).andExpect(status().isFound());
        revised.put("title", "Pilot (second editor)");
        String stale = mvc.perform(requests.form("practitioner", "/milestones/" + milestone, initiative, revised))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this milestone").contains("Forecast date: from 2025-02-01 to 2025-02-14");
        assertThat(jdbc.queryForObject("select title from milestone where id = ?", String.class, milestone))
                .isEqualTo("Pilot (moved)");
    }

    @Test
    void anotherForcesInitiativeIsNotFoundAndAProjectManagerCannotChangeAnotherInitiative() throws Exception {
        UUID andiEsra = jdbc.queryForObject("select id from initiative where title like 'Andi-Esra%'", UUID.class);
        jdbc.update("insert into person_role (person_id, role) select id, 'PMO_ANALYST' from person where username = 'wm.admin'");
        try {
            mvc.perform(get("/portfolio/initiatives/" + andiEsra + "/delivery").with(SignedIn.as(people, "wm.admin")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/portfolio/initiatives/" + andiEsra + "/status-reports").with(SignedIn.as(people, "wm.admin")))
                    .andExpect(status().isNotFound());
            mvc.perform(requests.form("wm.admin", "/milestones", andiEsra, milestone("Sabotage", "1", "1", "2025", "1", "1", "2025")))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.update("delete from person_role where role = 'PMO_ANALYST' and person_id = "
                    + "(select id from person where username = 'wm.admin')");
        }
        UUID vanguard = jdbc.queryForObject("select id from initiative where title like 'Operation Vanguard%'", UUID.class);
        mvc.perform(requests.form("pm", "/finance", vanguard, Map.of("requested", "1"))).andExpect(status().isForbidden());
        assertThat(requests.count("initiative_finance", vanguard)).isZero();
    }

    private static Map<String, String> milestone(String title, String bd, String bm, String by, String fd, String fm,
                                                 String fy) {
        return Map.of("title", title, "baselineDay", bd, "baselineMonth", bm, "baselineYear", by, "forecastDay", fd,
                "forecastMonth", fm, "forecastYear", fy);
    }

    private static Map<String, String> exception(String tolerance) {
        return Map.of("tolerance", tolerance, "cause", "The supplier is late", "options", "Wait, or change supplier",
                "recommendation", "Wait");
    }

    /** The person as governance would pass them, signed in so the audit trail names them. */
    private Subject signedIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(SignedIn.authentication(people, username));
        return ((SignedInPerson) people.loadUserByUsername(username)).subject();
    }

}
