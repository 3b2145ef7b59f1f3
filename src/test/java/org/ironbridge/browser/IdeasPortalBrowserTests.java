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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ideas portal in a real browser: staff submit (anonymously if they wish), and moderators triage ideas
 * to an approved initiative, decline them with a reason, and merge duplicates — every page passing axe.
 */
@IronbridgeTest
class IdeasPortalBrowserTests {

    private static Chromium chromium;

    @LocalServerPort
    int port;

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
    void anAnonymousSubmitterIsHiddenFromColleaguesButKnownToModerators() {
        String title = "Quiet rooms after traumatic incidents " + UUID.randomUUID().toString().substring(0, 8);
        String idea = as("board.member", page -> {
            submit(page, title, true);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("your name is hidden from other staff");
            return page.url();
        });
        as("staff", page -> {
            page.navigate(idea);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Anonymous");
            assertThat(page.locator("main").textContent()).doesNotContain("Supt Chris Doyle");
            PageChecks.assertPasses(page, "an anonymous idea seen by a colleague");
            return null;
        });
        as("practitioner", page -> {
            page.navigate(idea + "/triage");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Supt Chris Doyle");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Name hidden from colleagues");
            return null;
        });
    }

    @Test
    void aModeratorTriagesAnIdeaThroughAssessmentToAnApprovedInitiativeLinkedBothWays() {
        String title = "Pre-filled care home missing person reports " + UUID.randomUUID().toString().substring(0, 8);
        String idea = as("staff", page -> {
            submit(page, title, false);
            return page.url();
        });
        as("practitioner", page -> {
            page.navigate(base() + "/ideas/triage");
            PageChecks.assertPasses(page, "the triage queue");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            PageChecks.assertPasses(page, "the triage page");
            decide(page, "In triage");
            decide(page, "Under assessment");
            decide(page, "Shortlisted");
            page.getByLabel("Approved", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Type of initiative").selectOption("Process change");
            PageChecks.assertPasses(page, "the triage page with the approval revealed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is now approved");
            page.navigate(idea);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("It became initiative");
            page.locator("main a[href^='/portfolio/initiatives/']").click();
            PlaywrightAssertions.assertThat(page.locator("h1")).containsText(title);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The idea it was approved from, with its supporters")).click();
            assertThat(page.url()).isEqualTo(idea);
            return null;
        });
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAccessiblyAndWithOneTheSubmitterSeesWhy() {
        String title = "Electric bikes for every response officer " + UUID.randomUUID().toString().substring(0, 8);
        String idea = as("staff", page -> {
            submit(page, title, false);
            return page.url();
        });
        as("practitioner", page -> {
            page.navigate(idea + "/triage");
            page.getByLabel("Declined", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
            PageChecks.assertRefusedWith(page, "Choose the reason the idea is declined");
            PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Explain to the submitter why");
            PageChecks.assertPasses(page, "a refused decline");
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).selectOption("Not technically or practically feasible");
            page.getByLabel("What to tell the submitter").fill("Response officers carry kit and detainees.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is now declined");
            return null;
        });
        as("staff", page -> {
            page.navigate(idea);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Declined: Not technically or practically feasible");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Response officers carry kit and detainees.");
            return null;
        });
    }

    @Test
    void aDuplicateIsMergedIntoItsOriginalAndSeparatedAgain() {
        String original = as("staff", page -> {
            submit(page, "Text 101 callers who hang up " + UUID.randomUUID().toString().substring(0, 8), false);
            return page.url();
        });
        String duplicate = as("staff", page -> {
            submit(page, "Call back people who abandon 101 " + UUID.randomUUID().toString().substring(0, 8), false);
            return page.url();
        });
        String reference = as("staff", page -> {
            page.navigate(original);
            return page.locator(".govuk-caption-l").textContent().strip();
        });
        as("practitioner", page -> {
            page.navigate(duplicate + "/triage");
            page.getByLabel("Duplicate", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Reference of the earlier idea").fill(reference);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is now duplicate");
            PageChecks.assertPasses(page, "a merged duplicate");
            page.navigate(original);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("One similar idea has been merged into this one.");
            page.navigate(duplicate + "/triage");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Separate it from " + reference)).click();
            PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is no longer merged");
            return null;
        });
    }

    private void submit(Page page, String title, boolean anonymous) {
        page.navigate(base() + "/ideas/new");
        page.getByLabel("Title").fill(title);
        page.getByLabel("The problem it solves").fill("Call handlers re-type the same details for every report from care "
                + "homes, on every shift, in every LPA.");
        page.getByLabel("The change you propose").fill("A pre-filled form.");
        page.getByLabel("The benefit you expect").fill("Call handler time saved.");
        page.getByLabel("Business area it affects").selectOption("Force Contact");
        if (anonymous) {
            page.getByLabel("Hide my name from other staff (moderators can still see it)").check();
        }
        PageChecks.assertPasses(page, "the idea form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit your idea")).click();
        PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("submitted");
    }

    private static void decide(Page page, String outcome) {
        page.getByLabel(outcome, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();
        PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("is now");
    }

    private <T> T as(String username, java.util.function.Function<Page, T> journey) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, base(), username, DEMO_PASSWORD);
            T result = journey.apply(page);
            assertThat(scriptErrors).isEmpty();
            return result;
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
