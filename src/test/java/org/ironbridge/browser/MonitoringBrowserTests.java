package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review calendar, recording a review and recording a validation in a real browser: refused forms have an
 * error summary that takes focus and reaches its fields, and every page passes axe.
 */
@IronbridgeTest
class MonitoringBrowserTests {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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
    void theReviewCalendarShowsOverdueReviewsInWordsAndAndiEsrasValidationPasses() {
        UUID andiEsra = UUID.fromString(jdbc.sql(GovernanceSamples.query("systemId")).query(String.class).single());
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "sro", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/reviews");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Review calendar");
            Locator overdue = page.locator("table").first();
            PlaywrightAssertions.assertThat(overdue).containsText("Connect investigation allocation bot");
            PlaywrightAssertions.assertThat(overdue.locator(".govuk-tag--red").first()).containsText("Overdue by");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Andi-Esra");
            PageChecks.assertPasses(page, "review calendar");

            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/validation");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Passed on 12 November 2024: 4 of 4 accuracy "
                    + "measures and 6 of 6 group results within thresholds set by the Ethics Panel");
            PageChecks.assertPasses(page, "Andi-Esra validation");
            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/monitoring");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Threshold breached");
            PageChecks.assertPasses(page, "Andi-Esra monitoring");
            assertThat(scriptErrors).isEmpty();
        }
    }

    @Test
    void aReviewSentEmptyIsRefusedAccessiblyThenRecorded() {
        UUID system = testSystem();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "practitioner", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/monitoring");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a review")).click();
            PageChecks.assertPasses(page, "review form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review")).click();
            PageChecks.assertRefusedWith(page, "Enter the date of the review");
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Calls misrouted: enter a number");
            PageChecks.assertPasses(page, "review form sent empty");

            page.getByLabel("Day").fill("" + today.getDayOfMonth());
            page.getByLabel("Month").fill("" + today.getMonthValue());
            page.getByLabel("Year").fill("" + today.getYear());
            page.getByLabel("Calls misrouted").fill("1.2");
            page.getByLabel("Continue", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Review recorded");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("1.2%");
            PageChecks.assertPasses(page, "monitoring after a review");
            assertThat(scriptErrors).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from ai_monitoring_review where system_id = ?").param(system)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aValidationSentEmptyIsRefusedAccessiblyThenRecordedAsFailedWhenAGroupFallsShort() {
        UUID system = testSystem();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "dpo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/validation/new");
            PageChecks.assertPasses(page, "validation form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the validation")).click();
            PageChecks.assertRefusedWith(page, "Describe the test data");
            PageChecks.assertPasses(page, "validation form sent empty");

            page.getByLabel("Test data").fill("500 recorded calls from 2025.");
            page.getByLabel("Day").fill("3");
            page.getByLabel("Month").fill("11");
            page.getByLabel("Year").fill("2025");
            page.getByLabel("Change Board").check();
            page.getByLabel("Meeting or decision reference").fill("Change Board, 28 October 2025, decision CB-2025-031");
            page.locator("#accuracy-0-name").fill("Calls categorised correctly");
            page.locator("#accuracy-0-value").fill("92");
            page.locator("#accuracy-0-direction").selectOption("AT_LEAST");
            page.locator("#accuracy-0-threshold").fill("90");
            page.locator("#accuracy-0-unit").fill("%");
            page.locator("#group-0-characteristic").selectOption("AGE");
            page.locator("#group-0-group").fill("65 and over");
            page.locator("#group-0-name").fill("Calls categorised correctly");
            page.locator("#group-0-value").fill("88.5");
            page.locator("#group-0-direction").selectOption("AT_LEAST");
            page.locator("#group-0-threshold").fill("90");
            page.locator("#group-0-unit").fill("%");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the validation")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Pre-deployment validation");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Failed on 3 November 2025: 1 of 1 accuracy "
                    + "measure and 0 of 1 group result within thresholds set by the Change Board");
            PageChecks.assertPasses(page, "validation recorded");
            assertThat(scriptErrors).isEmpty();
        }
    }

    /** A live system of West Midlands with a monthly plan watching misrouted calls, due today. */
    private UUID testSystem() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ai_system (id, force_id, reference, name, purpose, origin, procurement_route, system_type,
                    decision_role, uses_biometrics, approval_sought, status, owner_id, decommissioning_criteria,
                    classification, version, created_by, created_at, updated_at)
                select ?, f.id, ?, ?, 'A browser test system.', 'FORCE_REQUEST', 'IN_HOUSE', 'CLASSIFIER', 'INFORMS', false,
                    'FULL', 'LIVE', (select id from person where username = 'pmo'), 'Withdraw if misrouting stays high.',
                    'OFFICIAL', 0, 'test', now(), now()
                from force f where f.code = 'WMP'
                """).params(id, "B-" + id.toString().substring(0, 8), "Browser test system " + id.toString().substring(0, 8))
                .update();
        jdbc.sql("""
                insert into ai_monitoring_plan (system_id, frequency, owner_id, first_review_on, next_due_on, version,
                    created_by, created_at, updated_at)
                values (?, 'MONTHLY', (select id from person where username = 'pmo'), current_date, current_date, 0, 'test',
                    now(), now())
                """).param(id).update();
        jdbc.sql("insert into ai_monitoring_metric (system_id, position, name, direction, threshold, unit) "
                + "values (?, 0, 'Calls misrouted', 'AT_MOST', 2, '%')").param(id).update();
        return id;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
