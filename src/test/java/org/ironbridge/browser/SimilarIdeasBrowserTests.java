package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

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
 * Submitting an idea with a duplicate suggested on the way, in a real browser: as the title is typed, htmx
 * shows the similar idea (with its status) in the live region below it, the page still passes axe with the
 * suggestions in it and no script is blocked, and submitting goes ahead all the same. Without JavaScript,
 * "Check for similar ideas" shows the same list.
 */
@IronbridgeTest
class SimilarIdeasBrowserTests {

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
    void typingATitleSuggestsTheSimilarIdeaAndSubmittingStillWorks() {
        String word = word("zx");
        UUID earlier = earlierIdea("Body worn video upload for " + word + " officers");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "staff", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/ideas/new");
            page.getByLabel("Title").pressSequentially("Video uploads from " + word);

            Locator suggestions = page.locator("#similar-ideas");
            PlaywrightAssertions.assertThat(suggestions).containsText("Body worn video upload for " + word + " officers");
            PlaywrightAssertions.assertThat(suggestions).containsText("Submitted");
            assertThat(suggestions.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(suggestions.locator("a[href='/ideas/" + earlier + "']").count()).isOne();
            PageChecks.assertPasses(page, "idea form with similar ideas");

            page.getByLabel("The problem it solves").fill("Officers queue to upload body worn video at the end of a shift.");
            page.getByLabel("The change you propose").fill("Upload from the car over 4G.");
            page.getByLabel("The benefit you expect").fill("Officer time back on patrol.");
            page.getByLabel("Business area it affects").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setIndex(1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit your idea")).click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Video uploads from " + word);
            assertThat(scriptErrors).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheCheckButtonShowsTheSameSuggestions() {
        String word = word("zw");
        earlierIdea("Shared rota app for " + word + " teams");
        try (BrowserContext context = chromium.newContext(false)) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "staff", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/ideas/new");
            page.getByLabel("Title").fill("Rota app for " + word);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for similar ideas")).click();
            PlaywrightAssertions.assertThat(page.locator("#similar-ideas")).containsText("Shared rota app for " + word + " teams");
            PlaywrightAssertions.assertThat(page.getByLabel("Title")).hasValue("Rota app for " + word);
        }
    }

    /** A submitted idea of the West Midlands demo force, written straight into the database. */
    private UUID earlierIdea(String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idea (id, force_id, reference, title, problem, submitter_id, anonymous, classification, status,
                                  form_token, created_at, submitted_at, updated_at, version)
                select :id, f.id, :reference, :title, 'Officers wait to upload footage.', p.id, false, 'OFFICIAL',
                       'SUBMITTED', gen_random_uuid(), now(), now(), now(), 0
                from force f join person p on p.force_id = f.id and p.username = 'pm' where f.code = 'WMP'
                """).param("id", id).param("reference", "TEST-" + id.toString().substring(0, 8)).param("title", title)
                .update();
        return id;
    }

    /** A made-up word of letters only, which full-text search reads as one rare word. */
    private static String word(String start) {
        StringBuilder word = new StringBuilder(start);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
