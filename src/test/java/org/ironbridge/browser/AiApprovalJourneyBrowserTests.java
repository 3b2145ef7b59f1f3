package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;
import static org.ironbridge.browser.JourneySteps.justify;
import static org.ironbridge.browser.JourneySteps.lastSegment;
import static org.ironbridge.browser.JourneySteps.press;
import static org.ironbridge.browser.JourneySteps.submit;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Copilot request's whole assurance journey in a real browser, every page checked with axe: requested on the AI
 * register, formally assessed, screened and its DPIA signed off by the DPO, compliance-tested against every
 * checklist that applies, advised on by the Ethics Panel, carried to the Change Board on a Change Paper that the
 * automatic checks pass, and approved, after which the register shows it approved for pilot.
 */
@IronbridgeTest
class AiApprovalJourneyBrowserTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
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
    void copilotGoesFromRequestThroughAssessmentDpiaComplianceAndEthicsToApprovedForPilotByTheChangeBoard() throws Exception {
        JourneySteps steps = new JourneySteps(mvc, people, jdbc);
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String name = "Microsoft Copilot " + mark;
        String initiative;
        String system;
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);

            // The initiative that will carry it to the Change Board.
            page.navigate(baseUrl() + "/portfolio/initiatives/new");
            page.fill("[name=title]", "Copilot pilot " + mark);
            page.fill("[name=summary]", "Pilot Microsoft Copilot with 300 staff in two departments.");
            page.check("input[name=type][value=PROJECT]");
            page.selectOption("[name=sroId]", steps.personId("sro"));
            page.selectOption("[name=projectManagerId]", steps.personId("pm"));
            page.fill("[name=wholeLifeCost]", "£1,200,000");
            page.check("input[name=classification][value=OFFICIAL]");
            page.check("input[name=involvesAi]");
            page.locator("input[name=objectives]").first().check();
            page.locator("input[name=businessAreas]").first().check();
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Copilot pilot " + mark);
            initiative = lastSegment(page.url());
            context.clearCookies();

            // Request: the practitioner records the system, linked to the initiative, pilot sought.
            PageChecks.signIn(page, baseUrl(), "practitioner", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance");
            press(page, "Record a system");
            PageChecks.assertPasses(page, "the request form");
            page.fill("[name=name]", name);
            page.fill("[name=purpose]", "Draft and summarise documents and emails for staff in Corporate Services.");
            page.locator("[name=businessAreaId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.check("input[name=type][value=GENERATIVE_ASSISTANT]");
            page.check("input[name=decisionRole][value=NONE]");
            page.check("input[name=usesBiometrics][value=no]");
            page.check("input[name=origin][value=FORCE_REQUEST]");
            page.fill("[name=supplierName]", "Microsoft Ltd");
            page.selectOption("[name=procurementRoute]", "NATIONAL_FRAMEWORK");
            page.selectOption("[name=initiativeId]", initiative);
            page.check("input[name=approvalSought][value=PILOT]");
            page.selectOption("[name=ownerId]", steps.personId("sro"));
            page.fill("[name=decommissioningCriteria]", "Withdrawn if fewer than half the pilot users use it weekly.");
            page.check("input[name=classification][value=OFFICIAL]");
            press(page, "Record the system");
            PlaywrightAssertions.assertThat(page.locator("#system-status")).hasText("Requested");
            PageChecks.assertPasses(page, "the requested system");
            system = lastSegment(page.url());

            // Assessment: under assessment, then the five criteria and four design principles rated with evidence.
            page.check("input[name=status][value=UNDER_ASSESSMENT]");
            page.fill("[name=reason]", "Request accepted by the Digital Services Board.");
            press(page, "Change the status");
            PlaywrightAssertions.assertThat(page.locator("#system-status")).hasText("Under assessment");
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/assessment");
            for (Locator strong : page.locator("input[type=radio][value=STRONG]").all()) {
                strong.check();
            }
            for (Locator evidence : page.locator("textarea[name^=evidence]").all()) {
                evidence.fill("National Accreditation obtained; Microsoft 365 tenancy assured.");
            }
            PageChecks.assertPasses(page, "the formal assessment form, filled");
            press(page, "Save the assessment");
            page.navigate(baseUrl() + "/assurance/systems/" + system);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("5 of 5 criteria and 4 of 4 design principles rated");

            // The DPIA: screened, written, and signed off by the DPO.
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/dpia/screening");
            justify(page, "the justification question before screening");
            page.check("input[name=lawEnforcement][value=yes]");
            for (String question : List.of("newTechnology", "systematicMonitoring", "largeScaleSensitive", "significantDecisions",
                    "vulnerablePeople", "dataMatching", "invisibleProcessing", "biometricGenetic", "tracking", "harmOrDenial")) {
                page.check("input[name=" + question + "][value=" + ("newTechnology".equals(question) ? "yes" : "no") + "]");
            }
            page.check("input[name=conclusion][value=REQUIRED]");
            press(page, "Save the screening");
            press(page, "Start the DPIA");
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/dpia/edit");
            page.fill("[name=need]", "New technology processing personal data in documents and emails.");
            page.fill("[name=nature]", "Copilot reads the documents a user can already open.");
            page.fill("[name=scope]", "300 staff in Corporate Services and Force Contact for six months.");
            page.fill("[name=context]", "Documents may name victims, witnesses and suspects.");
            page.fill("[name=purposes]", "Staff time released from drafting and summarising.");
            page.fill("[name=consultation]", "DPO, Information Security, the pilot departments and Staff Associations.");
            page.check("input[name=lawfulBases][value=PART3_NECESSARY]");
            page.fill("[name=necessity]", "No new data: only what a user may already read; outputs checked by the user.");
            page.locator("[name=riskDescription]").first().fill("A summary names a victim to a reader outside the case.");
            page.locator("[name=riskLikelihood]").first().selectOption("POSSIBLE");
            page.locator("[name=riskSeverity]").first().selectOption("SIGNIFICANT");
            page.locator("[name=riskMeasure]").first().fill("Sensitivity labels exclude restricted case files.");
            page.locator("[name=riskEffect]").first().selectOption("REDUCED");
            page.locator("[name=riskResidual]").first().selectOption("LOW");
            page.locator("[name=riskApproved]").first().selectOption("yes");
            press(page, "Save draft");
            PageChecks.assertPasses(page, "the DPIA draft");
            context.clearCookies();

            PageChecks.signIn(page, baseUrl(), "dpo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/dpia");
            justify(page, "the DPO's justification question");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign off version 1")).click();
            page.getByLabel("Measures approved by").fill("Supt Corporate Services");
            page.getByLabel("Residual risks approved by").fill("ACC Change, for the Change Board");
            page.getByLabel("DPO advice").fill("The pilot may begin with sensitivity labels in place.");
            page.getByLabel("Followed").check();
            LocalDate review = TODAY.plusMonths(6);
            page.getByLabel("Day").fill("" + review.getDayOfMonth());
            page.getByLabel("Month").fill("" + review.getMonthValue());
            page.getByLabel("Year").fill("" + review.getYear());
            press(page, "Sign off version 1");
            PlaywrightAssertions.assertThat(page.locator("#dpia-status")).hasText("Signed off");
            PageChecks.assertPasses(page, "the signed-off DPIA");

            // The compliance test: every item of every checklist that applies, met, with evidence.
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/compliance");
            List<String> checklists = page.locator("a[href*='/compliance/edit?framework=']").all().stream()
                    .map(link -> link.getAttribute("href")).distinct().toList();
            assertThat(checklists).hasSizeGreaterThanOrEqualTo(7);
            for (String checklist : checklists) {
                page.navigate(baseUrl() + checklist);
                for (Locator met : page.locator("input[type=radio][value=MET]").all()) {
                    met.check();
                }
                for (Locator evidence : page.locator("textarea[name^=evidence-]").all()) {
                    evidence.fill("Reviewed against the pilot DPIA and the tenancy's security case.");
                }
                press(page, "Save answers");
                PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Answers saved");
            }
            PageChecks.assertPasses(page, "the compliance test, answered");
            page.navigate(baseUrl() + "/assurance/systems/" + system);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Complete: ");
            context.clearCookies();

            // The Ethics Panel: the force refers, the panel advises.
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/ethics/referral");
            page.getByLabel("Questions the force asks the panel").fill("Is a six-month pilot with 300 staff proportionate?");
            LocalDate meetingOn = TODAY.plusDays(7);
            page.locator("#meetingOn").fill("" + meetingOn.getDayOfMonth());
            page.locator("#meetingOn-month").fill("" + meetingOn.getMonthValue());
            page.locator("#meetingOn-year").fill("" + meetingOn.getYear());
            press(page, "Refer to the panel");
            justify(page, "the justification question after referring");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Awaiting advice");
            context.clearCookies();

            PageChecks.signIn(page, baseUrl(), "ethics", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/assurance/systems/" + system + "/ethics/advice");
            justify(page, "the panel's justification question");
            page.getByLabel("Supported", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("The panel's advice", new Page.GetByLabelOptions().setExact(true))
                    .fill("The panel supports the pilot. ADVICE-" + mark);
            page.locator("#summaryMarking").check();
            page.locator("#metOn").fill("" + TODAY.getDayOfMonth());
            page.locator("#metOn-month").fill("" + TODAY.getMonthValue());
            page.locator("#metOn-year").fill("" + TODAY.getYear());
            press(page, "Give the advice");
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("The panel's advice is given");
            PageChecks.assertPasses(page, "the Ethics Panel's advice");
            context.clearCookies();

            // The Change Paper: the team fills what the general checks need; the AI evidence is what was built above.
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            steps.paperGroundwork(initiative, "£1,200,000");
            page.navigate(baseUrl() + "/governance/papers/new?initiativeId=" + initiative);
            page.check("input[name=kind][value=COMMISSIONING]");
            page.fill("[name=title]", "Commissioning the Copilot pilot " + mark);
            page.fill("[name=purpose]", "To ask the Change Board to approve a six-month pilot of Microsoft Copilot.");
            page.fill("[name=benefits]", "Release 6,000 staff hours a year from drafting, measured by monthly survey.");
            page.fill("[name=legalConsiderations]", "DPIA signed off; compliance test complete.");
            page.fill("[name=ethicalConsiderations]", "The Ethics Panel supports the pilot.");
            page.check("input[name=processesPersonalData][value=yes]");
            submit(page);
            press(page, "Run the automatic checks");
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("All automatic checks passed");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("AI assurance: the formal evaluation");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText(name);
            PageChecks.assertPasses(page, "the Change Paper carrying the formal evaluation");
            String paper = page.url();

            page.navigate(baseUrl() + "/governance/boards/" + steps.board("Change Board") + "/meetings/new");
            page.fill("#day", "" + TODAY.getDayOfMonth());
            page.fill("#day-month", "" + TODAY.getMonthValue());
            page.fill("#day-year", "" + TODAY.getYear());
            page.fill("[name=time]", "15:30");
            page.fill("[name=location]", "Lloyd House");
            submit(page);
            String meeting = page.url();
            page.navigate(paper);
            page.check("input[name=meetingId][value='" + lastSegment(meeting) + "']");
            press(page, "Submit the paper");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Submitted to the Change Board meeting");
            page.navigate(meeting);
            for (Locator box : page.locator("input[name=present]").all()) {
                box.check();
            }
            press(page, "Record attendance");
            context.clearCookies();

            // The Change Board approves; the AI impact assessment is acknowledged as not yet available at commissioning.
            PageChecks.signIn(page, baseUrl(), "board.chair", DEMO_PASSWORD);
            page.navigate(meeting);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision")).first().click();
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Algorithmic Impact Assessment");
            PageChecks.assertPasses(page, "the decision form with the AI evidence");
            page.check("input[name=outcome][value=APPROVE]");
            page.fill("[name=rationale]", "Lawful, supported by the Ethics Panel, and the benefits are measurable.");
            page.fill("[name=assessmentsConsidered]", "The DPIA, the compliance test and the Ethics Panel's advice.");
            page.check("input[name=acknowledged]");
            submit(page);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Strategic Outline Case");
            PageChecks.assertPasses(page, "the recorded decision");

            // The register shows it approved for pilot, and the system page the decision that did it.
            page.navigate(baseUrl() + "/assurance?status=APPROVED_FOR_PILOT");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
            PlaywrightAssertions.assertThat(row).containsText("Approved for pilot");
            PageChecks.assertPasses(page, "the register showing the approval");
            row.getByRole(AriaRole.LINK).click();
            PlaywrightAssertions.assertThat(page.locator("#system-status")).hasText("Approved for pilot");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Moved to Approved for pilot");
            PageChecks.assertPasses(page, "the approved system");

            page.navigate(baseUrl() + "/assurance");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review calendar")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Review calendar");
            assertThat(scriptErrors).isEmpty();
        }
        assertThat(jdbc.queryForObject("select status from ai_system where id = ?::uuid", String.class, system))
                .isEqualTo("APPROVED_FOR_PILOT");
        assertThat(jdbc.queryForObject("select stage from initiative where id = ?::uuid", String.class, initiative))
                .isEqualTo("STRATEGIC_OUTLINE_CASE");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
