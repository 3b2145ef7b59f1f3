package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.JourneySteps.justify;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * The Ethics Panel in a real browser, checked with axe on every page: the force refers a system, the panel gives
 * its advice with a published and a withheld recommendation (after a refused attempt), the force answers, and the
 * public page, signed out, shows what was published and only that. The demo's own ethics pages pass too.
 */
@IronbridgeTest
class EthicsPanelBrowserTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
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
    void theForceRefersThePanelAdvisesTheForceAnswersAndThePublicReadsWhatWasPublished() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        UUID system = system("Browser voice assistant " + mark);
        String ethicsPage = baseUrl() + "/assurance/systems/" + system + "/ethics";
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(ethicsPage + "/referral");
            PageChecks.assertPasses(page, "referral form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer to the panel")).click();
            PageChecks.assertRefusedWith(page, "Enter the questions the force asks the Ethics Panel");
            PageChecks.assertPasses(page, "referral form refused");
            page.getByLabel("Questions the force asks the panel").fill("Is it proportionate to answer every call? " + mark);
            LocalDate meeting = TODAY.plusDays(14);
            page.locator("#meetingOn").fill("" + meeting.getDayOfMonth());
            page.locator("#meetingOn-month").fill("" + meeting.getMonthValue());
            page.locator("#meetingOn-year").fill("" + meeting.getYear());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer to the panel")).click();
            justify(page, "the justification question after referring");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Ethics Panel");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Awaiting advice");
            PageChecks.assertPasses(page, "ethics page awaiting advice");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move the panel meeting")).first().click();
            PageChecks.assertPasses(page, "the form moving the panel meeting");
            page.locator("#meetingOn").fill("31");
            page.locator("#meetingOn-month").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the meeting")).click();
            PageChecks.assertRefusedWith(page, "Date of the panel meeting must be a real date");
            PageChecks.assertPasses(page, "the meeting move refused");
            LocalDate moved = TODAY.plusDays(28);
            page.locator("#meetingOn").fill("" + moved.getDayOfMonth());
            page.locator("#meetingOn-month").fill("" + moved.getMonthValue());
            page.locator("#meetingOn-year").fill("" + moved.getYear());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the meeting")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("The panel meeting is moved");
            PlaywrightAssertions.assertThat(page.locator("main"))
                    .containsText(moved.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the pack")).first().click();
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Browser voice assistant " + mark);
            PageChecks.assertPasses(page, "referral pack");
        }

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "ethics", DEMO_PASSWORD);
            page.navigate(ethicsPage + "/advice");
            justify(page, "the justification question before advising");
            PageChecks.assertPasses(page, "advice form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the advice")).click();
            PageChecks.assertRefusedWith(page, "Select the panel's outcome from the list");
            PageChecks.assertPasses(page, "advice form refused");

            page.getByLabel("Supported with recommendations", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("The panel's advice", new Page.GetByLabelOptions().setExact(true))
                    .fill("The panel supports it. ADVICE-" + mark);
            page.locator("#summaryMarking").check();
            page.locator("#metOn").fill("" + TODAY.getDayOfMonth());
            page.locator("#metOn-month").fill("" + TODAY.getMonthValue());
            page.locator("#metOn-year").fill("" + TODAY.getYear());
            page.getByLabel("Recommendation 1", new Page.GetByLabelOptions().setExact(true)).fill("PUBLISHED-" + mark);
            page.locator("#recommendation-0-marking").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another recommendation")).click();
            PlaywrightAssertions.assertThat(page.getByLabel("Recommendation 1", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("PUBLISHED-" + mark);
            page.getByLabel("Recommendation 2", new Page.GetByLabelOptions().setExact(true)).fill("WITHHELD-" + mark);
            page.locator("#recommendation-1-marking-2").check();
            page.locator("#recommendation-1-reason").selectOption("SECURITY");
            PageChecks.assertPasses(page, "advice form with two recommendations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the advice")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("The panel's advice is given");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Recommendations: 0 of 2 answered");
            PageChecks.assertPasses(page, "ethics page with the advice given");
        }

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(ethicsPage);
            justify(page, "the justification question before answering");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the responses")).click();
            PageChecks.assertRefusedWith(page, "Answer at least one recommendation");
            PageChecks.assertPasses(page, "responses refused");
            page.locator("#response-1").check();
            page.locator("#responseText-1").fill("RESPONSE-" + mark);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the responses")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("The force's responses are saved");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Recommendations: 1 of 2 answered");
            PageChecks.assertPasses(page, "ethics page with a response");
            page.navigate(baseUrl() + "/assurance/ethics-panel");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Browser voice assistant " + mark);
            PageChecks.assertPasses(page, "the panel's work queue");
        }

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/ethics-panel/WMP");
            Locator main = page.locator("main");
            PlaywrightAssertions.assertThat(main).containsText("Browser voice assistant " + mark);
            PlaywrightAssertions.assertThat(main).containsText("ADVICE-" + mark);
            PlaywrightAssertions.assertThat(main).containsText("PUBLISHED-" + mark);
            PlaywrightAssertions.assertThat(main).containsText("RESPONSE-" + mark);
            PlaywrightAssertions.assertThat(main).containsText("Withheld: OFFICIAL-SENSITIVE");
            assertThat(page.content()).doesNotContain("WITHHELD-" + mark).doesNotContain("Is it proportionate to answer");
            PageChecks.assertPasses(page, "public Ethics Panel page, signed out");
        }
    }

    @Test
    void theDemoEthicsPagesAndTheOutcomeSettingsPassAxe() {
        UUID andiEsra = UUID.fromString(jdbc.sql(GovernanceSamples.query("systemId")).query(String.class).single());
        UUID copilot = jdbc.sql("select s.id from ai_system s join force f on f.id = s.force_id where f.code = 'WMP' "
                + "and s.name = 'Microsoft Copilot'").query(UUID.class).single();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "ethics", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/ethics");
            justify(page, "the justification question for Andi-Esra");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("spoofed caller numbers");
            PageChecks.assertPasses(page, "Andi-Esra's ethics page");
            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/ethics/pack");
            PageChecks.assertPasses(page, "Andi-Esra's referral pack");
            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/ethics/advice");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("advice once given cannot be changed");
            PageChecks.assertPasses(page, "Andi-Esra's advice, given");
            page.navigate(baseUrl() + "/assurance/systems/" + copilot + "/ethics/advice");
            justify(page, "the justification question for Copilot");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Change Board deferred its decision");
            PageChecks.assertPasses(page, "Copilot's advice form");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "admin", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/settings/ethics-outcomes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the outcome")).click();
            PageChecks.assertRefusedWith(page, "Enter the outcome as the panel words it");
            PageChecks.assertPasses(page, "outcome settings refused");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/ethics-panel/WMP");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Every caller must be able to reach a human");
            assertThat(page.content()).doesNotContain("spoofed caller numbers");
            PageChecks.assertPasses(page, "the demo's public Ethics Panel page");
        }
    }

    private UUID system(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ai_system (id, force_id, reference, name, purpose, origin, procurement_route, system_type,
                    decision_role, uses_biometrics, approval_sought, status, classification, version, created_by,
                    created_at, updated_at)
                select ?, f.id, ?, ?, 'Answers non-emergency calls in the browser test.', 'FORCE_REQUEST', 'IN_HOUSE',
                    'VOICE_ASSISTANT', 'INFORMS', false, 'PILOT', 'UNDER_ASSESSMENT', 'OFFICIAL', 0, 'test', now(), now()
                from force f where f.code = 'WMP'
                """).params(id, "AI-B-" + id.toString().substring(0, 8), name).update();
        return id;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
