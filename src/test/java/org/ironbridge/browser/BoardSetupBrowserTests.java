package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board set-up forms in a real browser: sent empty or emptied, the GOV.UK error summary takes focus,
 * every link in it reaches its field, the page passes axe, and nothing is saved.
 */
@IronbridgeTest
class BoardSetupBrowserTests {

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
    void aNewBoardSentEmptyHasAnAccessibleErrorSummaryAndSetsUpNothing() {
        int before = boards();
        checkRefused("/governance/boards/new", "Set up the board", "Select which kind of board this is");
        assertThat(boards()).isEqualTo(before);
    }

    @Test
    void aBoardLeftWithoutMembersQuorumOrTermsIsRefusedAccessiblyAndKeepsItsSetUp() {
        String design = jdbc.sql("select b.id::text from board b join force f on f.id = b.force_id where f.code = 'WMP' "
                + "and b.name = 'Design and Delivery Board'").query(String.class).single();
        int version = jdbc.sql("select version from board where id = ?::uuid").param(design).query(Integer.class).single();
        checkRefused("/governance/boards/" + design + "/edit", "Save the set-up", "Enter the quorum", page -> {
            page.getByLabel("Quorum").fill("");
            page.getByLabel("Terms of reference").fill("");
            page.getByLabel("Chair's email address or username").fill("not a person");
        });
        assertThat(jdbc.sql("select version from board where id = ?::uuid").param(design).query(Integer.class).single())
                .isEqualTo(version);
    }

    private void checkRefused(String path, String button, String message) {
        checkRefused(path, button, message, page -> {
        });
    }

    private void checkRefused(String path, String button, String message, java.util.function.Consumer<Page> emptying) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(baseUrl() + path);
            emptying.accept(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();

            PageChecks.assertRefusedWith(page, message);
            PageChecks.assertPasses(page, path + " refused");
            assertThat(scriptErrors).isEmpty();
        }
    }

    private int boards() {
        return jdbc.sql("select count(*) from board").query(Integer.class).single();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
