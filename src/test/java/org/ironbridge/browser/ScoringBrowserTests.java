package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scoring in a real browser: a half-filled model is refused with an accessible error summary, two assessors'
 * scores are compared, and the value-versus-effort chart and its table pass axe; so does the settings form
 * refused for weights that add up to 99%.
 */
@IronbridgeTest
class ScoringBrowserTests {

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
    void twoAssessorsScoreAnIdeaAndTheComparisonAndTheChartAreAccessible() {
        UUID idea = ideaUnderAssessment();
        String reference = jdbc.sql("select reference from idea where id = ?").param(idea).query(String.class).single();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "practitioner", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/ideas/" + idea + "/assessment");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score this idea")).click();
            page.getByLabel("Reach: people or cases a quarter").fill("2000");
            page.getByLabel("Impact on each").selectOption("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your scores")).click();
            PageChecks.assertRefusedWith(page, "Complete every part of RICE, or leave them all empty: choose the confidence");
            PlaywrightAssertions.assertThat(page.getByLabel("Reach: people or cases a quarter")).hasValue("2000");
            PageChecks.assertPasses(page, "score form with a half-filled model");

            page.getByLabel("Confidence in these estimates").selectOption("80");
            page.getByLabel("Effort in person-months").fill("4");
            String[] ratings = {"5", "4", "4", "3", "4", "3"};
            for (int i = 0; i < ratings.length; i++) {
                page.locator("#rating-" + i).selectOption(ratings[i]);
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your scores")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Scores:");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("2,000 reach × 2 impact × 80% confidence ÷ 4 person-months = 800");
            PageChecks.assertPasses(page, "assessment with one assessor");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/ideas/" + idea + "/assessment/score");
            for (int i = 0; i < 6; i++) {
                page.locator("#rating-" + i).selectOption("2");
            }
            page.getByLabel("Job size").selectOption("8");
            page.getByLabel("Business value").selectOption("5");
            page.getByLabel("Time criticality").selectOption("3");
            page.getByLabel("Risk reduction or opportunity enablement").selectOption("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your scores")).click();
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Assessors disagree");
            PageChecks.assertPasses(page, "assessment with two assessors who disagree");

            page.navigate(baseUrl() + "/prioritisation/value-effort");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Value versus effort of the ideas under assessment"))).isVisible();
            PlaywrightAssertions.assertThat(page.locator("svg text", new Page.LocatorOptions().setHasText(reference))).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("table")).containsText(reference);
            PageChecks.assertPasses(page, "value-versus-effort matrix");
            page.navigate(baseUrl() + "/prioritisation/shortlist");
            PlaywrightAssertions.assertThat(page.locator("table")).containsText("Disagree: Weighted scoring matrix");
            PageChecks.assertPasses(page, "shortlist");
        }
    }

    @Test
    void scoringSettingsWhoseWeightsAddUpTo99AreRefusedAccessiblyAndNothingIsSaved() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "admin", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/prioritisation/settings");
            String weight = page.getByLabel("Weight of criterion 1", new Page.GetByLabelOptions().setExact(true)).inputValue();
            page.getByLabel("Weight of criterion 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("" + (Integer.parseInt(weight) - 1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save scoring settings")).click();
            PageChecks.assertRefusedWith(page, "They must add up to exactly 100%");
            PageChecks.assertPasses(page, "scoring settings refused");
            assertThat(jdbc.sql("select c.weight from scoring_criterion c join force f on f.id = c.force_id "
                    + "where f.code = 'WMP' and c.position = 0").query(Integer.class).single()).isEqualTo(Integer.parseInt(weight));
        }
    }

    private UUID ideaUnderAssessment() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idea (id, force_id, reference, title, problem, proposed_change, expected_benefit, submitter_id,
                                  anonymous, classification, status, form_token, created_at, submitted_at, updated_at, version)
                select ?, f.id, ?, 'Live chat for non-emergency reports', 'Callers wait on 101.', 'Offer live chat.',
                       'Shorter queues.', p.id, false, 'OFFICIAL', 'UNDER_ASSESSMENT', ?, now(), now(), now(), 0
                from force f join person p on p.force_id = f.id where f.code = 'WMP' and p.username = 'staff'""")
                .params(id, "BROWSER-" + id.toString().substring(0, 8), UUID.randomUUID()).update();
        return id;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
