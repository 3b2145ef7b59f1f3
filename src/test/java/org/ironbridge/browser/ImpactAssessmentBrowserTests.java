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
 * The impact assessment and the compliance test in a real browser: a practitioner says why they are reading
 * Andi-Esra's material, reads its assessment and its test, and has mistakes refused with an accessible error
 * summary; Copilot's draft assessment is refused completion; an administrator walks the checklist settings. Every
 * page passes axe-core.
 */
@IronbridgeTest
class ImpactAssessmentBrowserTests {

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
    void aPractitionerGivesAJustificationAndWalksAndiEsrasAssessmentAndComplianceTest() {
        UUID andiEsra = system("Andi-Esra");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "practitioner", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Complete: 32 of 38 applicable items met");
            PageChecks.assertPasses(page, "Andi-Esra's system page with its assurance steps");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Algorithmic Impact Assessment")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Why are you reading this material?");
            PageChecks.assertPasses(page, "the justification question");
            page.getByLabel("Assessing or assuring this system").check();
            page.getByLabel("More detail (optional)").fill("Preparing the post-implementation review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Algorithmic Impact Assessment");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Every caller can reach a call handler");
            PageChecks.assertPasses(page, "Andi-Esra's impact assessment");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the impact assessment")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Change the impact assessment");
            page.waitForLoadState(); // a long form: axe must see all of it, not the part parsed when the heading appeared
            PageChecks.assertPasses(page, "the impact assessment form");
            page.locator("#accuracy").fill("x".repeat(4001));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a draft")).click();
            page.waitForLoadState();
            PageChecks.assertRefusedWith(page, "Accuracy must be 4000 characters or fewer");
            PlaywrightAssertions.assertThat(page.locator("#accuracy")).hasValue("x".repeat(4001));
            PageChecks.assertPasses(page, "the impact assessment form refused");

            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/compliance");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Compliance test");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Does not apply: no cameras or biometrics");
            PageChecks.assertPasses(page, "Andi-Esra's compliance test");

            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/compliance/edit?framework=DPA-2018-PART-3");
            PageChecks.assertPasses(page, "answering the Data Protection Act checklist");
            page.locator("#evidence-S37").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save answers")).click();
            page.waitForLoadState();
            PageChecks.assertRefusedWith(page, "Enter the evidence for s37 Third principle");
            PageChecks.assertPasses(page, "the Data Protection Act checklist refused");

            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/compliance/edit?framework=SURVEILLANCE-CAMERA-CODE");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Nothing needs answering");
            PageChecks.assertPasses(page, "the Surveillance Camera Code, not applicable");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'practitioner' and operation = 'CONSULTATION' "
                + "and justification = 'Assessing or assuring this system: Preparing the post-implementation review'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void copilotsDraftAssessmentIsRefusedCompletionWithTheSectionsStillToAnswer() {
        UUID copilot = system("Microsoft Copilot");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "dpo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + copilot + "/impact-assessment");
            page.getByLabel("Giving data protection advice or signing off").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Still to answer before it can be marked complete");
            PageChecks.assertPasses(page, "Copilot's draft impact assessment");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as complete")).click();
            page.waitForLoadState();
            PageChecks.assertRefusedWith(page, "Rate every ALGO-CARE item and give its evidence before marking");
            PageChecks.assertPasses(page, "completion refused");
        }
        assertThat(jdbc.sql("select a.status from impact_assessment a join ai_system s on s.id = a.system_id "
                + "where s.id = ?").param(copilot).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void anAdministratorWalksTheChecklistSettings() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "admin", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance checklists")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Compliance checklists");
            PageChecks.assertPasses(page, "the compliance checklists");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NPCC Policing Digital Ethics Framework")).click();
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Independent ethical scrutiny");
            PageChecks.assertPasses(page, "the digital ethics checklist");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1 (national baseline)")).click();
            PlaywrightAssertions.assertThat(page.locator("main h2").first()).hasText("Items of an earlier version");
            PageChecks.assertPasses(page, "an earlier version of the checklist");

            page.navigate(baseUrl() + "/assurance/settings/checklists?framework=CODE-OF-ETHICS");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change or withdraw item COURAGE")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Change item COURAGE");
            PageChecks.assertPasses(page, "changing a checklist item");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the wording")).click();
            page.waitForLoadState();
            PageChecks.assertRefusedWith(page, "Enter why the checklist is changing, for its version history");
            PageChecks.assertPasses(page, "a checklist change refused");
        }
    }

    private UUID system(String name) {
        return jdbc.sql("select s.id from ai_system s join force f on f.id = s.force_id where f.code = 'WMP' and s.name = ?")
                .param(name).query(UUID.class).single();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
