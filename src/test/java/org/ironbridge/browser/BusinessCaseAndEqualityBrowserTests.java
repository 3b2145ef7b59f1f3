package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.portfolio.TestInitiatives;
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
 * The business case and equality analysis forms in a real browser: their error states pass axe and
 * link to their fields, and an SRO can take an analysis from nothing to signed off by keyboard and mouse.
 */
@IronbridgeTest
class BusinessCaseAndEqualityBrowserTests {

    private static final List<String> CHARACTERISTICS = List.of("age", "disability", "gender-reassignment",
            "marriage-and-civil-partnership", "pregnancy-and-maternity", "race", "religion-or-belief", "sex",
            "sexual-orientation");

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
    void theBusinessCaseFormSubmittedEmptyHasAnAccessibleErrorSummary() throws Exception {
        UUID id = TestInitiatives.propose(mvc, people, jdbc, "Browser business case " + UUID.randomUUID());
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pm", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/portfolio/initiatives/" + id + "/business-case");
            PageChecks.assertPasses(page, "business case not yet written");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the business case")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version")).click();
            Locator summary = page.locator(".govuk-error-summary");
            PlaywrightAssertions.assertThat(summary).containsText("Enter the strategic case");
            PlaywrightAssertions.assertThat(summary).isFocused();
            assertThat(page.title()).startsWith("Error: ");
            PageChecks.assertSummaryLinksReachFields(page);
            PageChecks.assertPasses(page, "business case submitted empty");
        }
    }

    @Test
    void theSroTakesAnEqualityAnalysisFromNothingToSignedOff() throws Exception {
        UUID id = TestInitiatives.propose(mvc, people, jdbc, "Browser equality " + UUID.randomUUID());
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "sro", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/portfolio/initiatives/" + id + "/equality-analysis");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the equality analysis")).click();
            page.check("#status-2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
                    .containsText("Explain how the initiative has due regard to the aim to foster good relations");
            PageChecks.assertSummaryLinksReachFields(page);
            PageChecks.assertPasses(page, "full analysis submitted without its aims");

            page.fill("#eliminateDiscrimination", "Every caller can reach a person.");
            page.fill("#advanceEquality", "Shorter waits for everyone.");
            page.fill("#fosterGoodRelations", "The staff associations were consulted.");
            for (String characteristic : CHARACTERISTICS) {
                page.check("#" + characteristic + "-rating-2");
                page.fill("#" + characteristic + "-evidence", "No different effect found in user testing.");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as the next version")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
                    .containsText("Version 1 of the equality analysis saved");
            PageChecks.assertPasses(page, "full analysis with its sign-off form");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
                    .containsText("Enter the date the analysis is due for review");
            PageChecks.assertSummaryLinksReachFields(page);
            PageChecks.assertPasses(page, "sign-off without a review date");

            LocalDate due = LocalDate.now(ZoneOffset.UTC).plusMonths(6);
            page.fill("#reviewDue", String.valueOf(due.getDayOfMonth()));
            page.fill("#reviewDue-month", String.valueOf(due.getMonthValue()));
            page.fill("#reviewDue-year", String.valueOf(due.getYear()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
                    .containsText("Equality analysis signed off as version 2");
            PageChecks.assertPasses(page, "signed-off equality analysis");
            assertThat(scriptErrors).isEmpty();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
