package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RAID and change impact forms sent empty in a real browser: the GOV.UK error summary takes focus,
 * every link in it reaches its field (radios, checkboxes and date inputs included), the page passes
 * axe, and nothing is saved.
 */
@IronbridgeTest
class RaidFormsBrowserTests {

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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "raid/risks, Add risk, raid_risk, Enter the cause of the risk",
            "raid/issues, Add issue, raid_issue, Enter what has happened",
            "raid/assumptions, Add assumption, raid_assumption, Enter what is assumed",
            "raid/dependencies, Add dependency, raid_dependency, Enter the date it is needed by",
            "change-impact, Add impact, change_impact, Enter the first month of impact"})
    void aFormSentEmptyHasAnAccessibleErrorSummaryAndSavesNothing(String path, String button, String table,
                                                                 String message) {
        UUID andiEsra = jdbc.sql("select id from initiative where title like 'Andi-Esra%'").query(UUID.class).single();
        int before = count(table);
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/portfolio/initiatives/" + andiEsra + "/" + path + "/new");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();

            PageChecks.assertRefusedWith(page, message);
            PageChecks.assertPasses(page, path + " sent empty");
            assertThat(scriptErrors).isEmpty();
        }
        assertThat(count(table)).isEqualTo(before);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
