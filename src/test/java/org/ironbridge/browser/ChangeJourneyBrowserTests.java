package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.JourneySteps.press;
import static org.ironbridge.browser.JourneySteps.submit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One initiative's whole journey through governance in a real browser: proposed, its commissioning paper
 * returned once by the automatic checks and then passed, commissioned by the Change Board with a condition,
 * reported on month by month, in exception, and closed by decision. Every page on the way passes axe.
 */
@IronbridgeTest
class ChangeJourneyBrowserTests {

    private static final String PASSWORD = "Ironbridge-demo-2026";
    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anInitiativeGoesFromProposalThroughCommissioningReportingAndExceptionToClosure() throws Exception {
        JourneySteps steps = new JourneySteps(mvc, people, jdbc);
        String title = "Body-worn video refresh " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pmo", PASSWORD);

            // Proposal: over the Change Board's cost threshold, so it takes the full route.
            page.navigate(baseUrl() + "/portfolio/initiatives/new");
            page.fill("[name=title]", title);
            page.fill("[name=summary]", "Replace the force's body-worn video cameras.");
            page.check("input[name=type][value=PROJECT]");
            page.selectOption("[name=sroId]", steps.personId("sro"));
            page.selectOption("[name=projectManagerId]", steps.personId("pm"));
            page.fill("[name=wholeLifeCost]", "£2,400,000");
            page.check("input[name=classification][value=OFFICIAL]");
            page.locator("input[name=objectives]").first().check();
            page.locator("input[name=businessAreas]").first().check();
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText(title);
            String initiative = page.url().substring(page.url().lastIndexOf('/') + 1);
            PageChecks.assertPasses(page, "the proposed initiative");

            // The commissioning paper: vague benefits, and nothing yet in the RAID log, equality analysis or finance.
            page.navigate(baseUrl() + "/governance/papers/new?initiativeId=" + initiative);
            page.check("input[name=kind][value=COMMISSIONING]");
            page.fill("[name=title]", "Commissioning " + title);
            page.fill("[name=purpose]", "To ask the Change Board to commission the refresh.");
            page.fill("[name=benefits]", "Better evidence for prosecutions.");
            page.fill("[name=legalConsiderations]", "Procurement through the national framework.");
            page.fill("[name=ethicalConsiderations]", "Recording in homes is governed by existing policy.");
            page.check("input[name=processesPersonalData][value=yes]");
            submit(page);
            press(page, "Run the automatic checks");
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("returned to you with notes");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("State at least one benefit with a measure");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Record the main risks in the initiative's RAID log");
            PageChecks.assertPasses(page, "a paper returned by the checks");
            String paper = page.url();

            // The team fills the gaps the checks named.
            steps.paperGroundwork(initiative, "£2,400,000");
            page.navigate(paper + "/edit");
            page.fill("[name=benefits]", "Cut the time to disclose footage from 10 days to 2 days.");
            submit(page);
            press(page, "Run the automatic checks");
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("All automatic checks passed");

            // A Change Board meeting today; the paper goes on its agenda.
            page.navigate(baseUrl() + "/governance/boards/" + steps.board("Change Board") + "/meetings/new");
            page.fill("#day", "" + today.getDayOfMonth());
            page.fill("#day-month", "" + today.getMonthValue());
            page.fill("#day-year", "" + today.getYear());
            page.fill("[name=time]", "09:00");
            page.fill("[name=location]", "Lloyd House");
            submit(page);
            String meeting = page.url();
            page.navigate(paper);
            page.locator("input[name=meetingId]").first().check();
            press(page, "Submit the paper");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Submitted to the Change Board meeting");

            page.navigate(meeting);
            for (var box : page.locator("input[name=present]").all()) {
                box.check();
            }
            press(page, "Record attendance");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Quorate");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Commissioning " + title);
            PageChecks.assertPasses(page, "the meeting with its agenda");

            // The Change Board commissions it with a condition, once it has acknowledged the DPIA is not yet held.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision")).first().click();
            page.check("input[name=outcome][value=APPROVE_WITH_CONDITIONS]");
            page.fill("[name=rationale]", "Affordable within the capital programme; benefits are measurable.");
            page.fill("[name=assessmentsConsidered]", "The equality screening, with the Staff Associations' views to come.");
            page.fill("[name=condition1Description]", "Bring the signed-off DPIA to the next meeting");
            page.selectOption("[name=condition1Owner]", steps.personId("sro"));
            LocalDate due = today.plusMonths(1);
            page.fill("[name=condition1Day]", "" + due.getDayOfMonth());
            page.fill("[name=condition1Month]", "" + due.getMonthValue());
            page.fill("[name=condition1Year]", "" + due.getYear());
            submit(page);
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("DPIA outcome");
            PageChecks.assertPasses(page, "a decision refused until the board acknowledges missing evidence");
            page.check("input[name=acknowledged]");
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Strategic Outline Case");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Bring the signed-off DPIA to the next meeting");
            PageChecks.assertPasses(page, "the recorded decision");
            assertThat(stage(initiative)).isEqualTo("STRATEGIC_OUTLINE_CASE");

            // Monthly status reports from the project manager.
            context.clearCookies();
            PageChecks.signIn(page, baseUrl(), "pm", PASSWORD);
            for (YearMonth month : List.of(YearMonth.from(today).minusMonths(1), YearMonth.from(today))) {
                page.navigate(baseUrl() + "/portfolio/initiatives/" + initiative + "/status-reports/new");
                page.fill("[name=periodMonth]", "" + month.getMonthValue());
                page.fill("[name=periodYear]", "" + month.getYear());
                page.check("input[name=deliveryConfidence][value=" + (month.equals(YearMonth.from(today)) ? "AMBER" : "GREEN") + "]");
                for (String rag : List.of("ragSchedule", "ragCost", "ragScope", "ragBenefits", "ragRisk", "ragResources")) {
                    page.check("input[name=" + rag + "][value=GREEN]");
                }
                page.fill("[name=narrative]", "Report for " + month);
                for (String forecast : List.of("scopeForecast", "qualityForecast", "benefitsForecast")) {
                    page.check("input[name=" + forecast + "][value=WITHIN]");
                }
                submit(page);
            }
            page.navigate(baseUrl() + "/portfolio/initiatives/" + initiative + "/status-reports");
            java.time.format.DateTimeFormatter monthName = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
            PlaywrightAssertions.assertThat(page.locator("main table").first()).containsText(YearMonth.from(today).format(monthName));
            PlaywrightAssertions.assertThat(page.locator("main table").first()).containsText(YearMonth.from(today).minusMonths(1).format(monthName));
            PageChecks.assertPasses(page, "the month-on-month trend");

            // A milestone forecast past its time tolerance: an exception report to the board above.
            steps.form("pm", "/portfolio/initiatives/" + initiative + "/tolerances", Map.of("timeDays", "5"));
            LocalDate baseline = today.plusMonths(2);
            LocalDate forecast = baseline.plusDays(30);
            steps.form("pm", "/portfolio/initiatives/" + initiative + "/milestones", Map.of("title", "Cameras issued",
                    "baselineDay", "" + baseline.getDayOfMonth(), "baselineMonth", "" + baseline.getMonthValue(),
                    "baselineYear", "" + baseline.getYear(), "forecastDay", "" + forecast.getDayOfMonth(),
                    "forecastMonth", "" + forecast.getMonthValue(), "forecastYear", "" + forecast.getYear()));
            page.navigate(baseUrl() + "/portfolio/initiatives/" + initiative + "/exception-reports/new");
            page.check("input[name=tolerance][value=TIME]");
            page.fill("[name=cause]", "The supplier's stock is late.");
            page.fill("[name=options]", "Wait, or buy from the second supplier.");
            page.fill("[name=recommendation]", "Wait four weeks.");
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Change Board");
            PageChecks.assertPasses(page, "the exception report");

            // Closure, decided by the Change Board on a closure paper.
            page.navigate(baseUrl() + "/governance/papers/new?initiativeId=" + initiative);
            page.check("input[name=kind][value=CLOSURE]");
            page.fill("[name=title]", "Closing " + title);
            page.fill("[name=purpose]", "To close the refresh: every camera issued.");
            page.fill("[name=benefits]", "Disclosure now takes 2 days, down from 10.");
            page.fill("[name=legalConsiderations]", "Contract closed.");
            page.fill("[name=ethicalConsiderations]", "None beyond existing policy.");
            page.check("input[name=processesPersonalData][value=yes]");
            submit(page);
            press(page, "Run the automatic checks");
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("All automatic checks passed");
            page.locator("input[name=meetingId]").first().check();
            press(page, "Submit the paper");
            String closurePaper = page.url();

            context.clearCookies();
            PageChecks.signIn(page, baseUrl(), "board.chair", PASSWORD);
            page.navigate(meeting);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision")).first().click();
            page.check("input[name=outcome][value=CLOSE]");
            page.fill("[name=rationale]", "Delivered; benefits to be reviewed at G5.");
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Benefits review");
            assertThat(stage(initiative)).isEqualTo("BENEFITS_REVIEW");
            page.navigate(closurePaper);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Decided");
            page.navigate(baseUrl() + "/portfolio/initiatives/" + initiative);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Benefits review (G5) – current stage");
        }
        assertThat(jdbc.queryForObject("select count(*) from decision d join initiative i on i.id = d.initiative_id "
                + "where i.title = ?", Integer.class, title)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from paper_check_run r join paper p on p.id = r.paper_id "
                + "join initiative i on i.id = p.initiative_id where i.title = ? and not r.passed", Integer.class, title)).isEqualTo(1);
    }

    private String stage(String initiative) {
        return jdbc.queryForObject("select stage from initiative where id = ?::uuid", String.class, initiative);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
