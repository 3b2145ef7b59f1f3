package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.util.List;
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
 * The DPO's journey through the DPIA pages in a real browser: says why they are reading, reads Andi-Esra's signed-off
 * DPIA, and signs off a draft; every page and every refused form passes axe. The access test only reaches the
 * "why are you reading this?" question for these pages, so the pages themselves are checked here.
 */
@IronbridgeTest
class DpiaBrowserTests {

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
    void theDpoGivesAJustificationReadsAndiEsrasDpiaAndSignsOffADraft() {
        UUID andiEsra = UUID.fromString(jdbc.sql(GovernanceSamples.query("systemId")).query(String.class).single());
        UUID draft = systemWithCompleteDraft();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "dpo", DEMO_PASSWORD);

            page.navigate(baseUrl() + "/assurance/systems/" + andiEsra + "/dpia");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Why are you reading this material?");
            PageChecks.assertPasses(page, "justification question");
            justify(page);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Data protection impact assessment");
            PlaywrightAssertions.assertThat(page.locator("#dpia-status")).hasText("Signed off");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Jamie Mensah, Data Protection Officer on 18 November 2024");
            PageChecks.assertPasses(page, "Andi-Esra DPIA");

            page.navigate(baseUrl() + "/assurance/systems/" + draft + "/dpia/screening");
            justify(page);
            PageChecks.assertPasses(page, "screening form");
            page.getByLabel("No full DPIA is needed").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the screening")).click();
            PageChecks.assertRefusedWith(page, "A full DPIA is required: It is law enforcement processing");
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter why no full DPIA is needed");
            PageChecks.assertPasses(page, "screening refused");

            page.navigate(baseUrl() + "/assurance/systems/" + draft + "/dpia/edit");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Change DPIA version 1");
            PageChecks.assertPasses(page, "DPIA draft form");
            page.locator("#risk-2-description").fill("Callers' details shared with the wrong team.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            PageChecks.assertRefusedWith(page, "Select the likelihood of harm for risk 2");
            PlaywrightAssertions.assertThat(page.locator("#risk-2-description")).hasValue("Callers' details shared with the wrong team.");
            PageChecks.assertPasses(page, "DPIA draft refused");

            page.navigate(baseUrl() + "/assurance/systems/" + draft + "/dpia");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sign off DPIA version 1");
            PageChecks.assertPasses(page, "sign-off form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            PageChecks.assertRefusedWith(page, "Enter the DPO's advice");
            PageChecks.assertPasses(page, "sign-off sent empty");

            page.getByLabel("Measures approved by").fill("Supt Test, Head of Contact");
            page.getByLabel("Residual risks approved by").fill("DCC Test, chair of the Change Board");
            page.getByLabel("DPO advice").fill("Processing can begin with the measures in place.");
            page.getByLabel("Followed").check();
            page.getByLabel("Day").fill("31");
            page.getByLabel("Month").fill("1");
            page.getByLabel("Year").fill("2031");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Version 1 signed off");
            PlaywrightAssertions.assertThat(page.locator("#dpia-status")).hasText("Signed off");
            PageChecks.assertPasses(page, "DPIA after sign-off");
            assertThat(scriptErrors).isEmpty();
        }
        assertThat(jdbc.sql("select status from dpia where system_id = ?").param(draft).query(String.class).single())
                .isEqualTo("SIGNED_OFF");
    }

    private static void justify(Page page) {
        page.getByLabel("Giving data protection advice or signing off").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    /** A system of this test's own, screened, with a draft version 1 that has every step written. */
    private UUID systemWithCompleteDraft() {
        UUID system = UUID.randomUUID();
        jdbc.sql("""
                insert into ai_system (id, force_id, reference, name, purpose, origin, procurement_route, system_type,
                    decision_role, uses_biometrics, approval_sought, status, classification, version, created_by,
                    created_at, updated_at)
                select ?, f.id, ?, 'Browser DPIA test', 'Triage online reports.', 'FORCE_REQUEST', 'IN_HOUSE', 'CLASSIFIER',
                    'INFORMS', false, 'PILOT', 'UNDER_ASSESSMENT', 'OFFICIAL', 0, 'test', now(), now()
                from force f where f.code = 'WMP'
                """).params(system, "TEST-" + system.toString().substring(0, 8)).update();
        jdbc.sql("""
                insert into dpia_screening (id, system_id, number, law_enforcement, new_technology, systematic_monitoring,
                    large_scale_sensitive, significant_decisions, vulnerable_people, data_matching, invisible_processing,
                    biometric_genetic, tracking, harm_or_denial, full_dpia_required, reason, screened_by,
                    screened_by_name, screened_at)
                values (?, ?, 1, true, true, false, false, false, true, false, false, false, false, false, true, null,
                    'practitioner', 'Morgan Okafor', now())
                """).params(UUID.randomUUID(), system).update();
        UUID dpia = UUID.randomUUID();
        jdbc.sql("""
                insert into dpia (id, system_id, number, status, need, nature, scope, context, purposes, consultation,
                    necessity, lawful_bases, version, created_by, created_at, updated_at)
                values (?, ?, 1, 'DRAFT', 'New technology with vulnerable people.', 'Reports are triaged.', 'One LPA.',
                    'Members of the public reporting online.', 'Faster triage.', 'DPO and call handlers.',
                    'Only the report itself; checked by a person.', '{PART3_NECESSARY}', 0, 'practitioner', now(), now())
                """).params(dpia, system).update();
        jdbc.sql("""
                insert into dpia_risk (id, dpia_id, position, description, likelihood, severity, overall, measure, effect,
                    residual, measure_approved)
                values (?, ?, 1, 'A vulnerable reporter is triaged as routine.', 'POSSIBLE', 'SEVERE', 'HIGH',
                    'Vulnerability words always go to a person.', 'REDUCED', 'MEDIUM', true)
                """).params(UUID.randomUUID(), dpia).update();
        return system;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
