package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in with a keyboard alone, as the accessibility statement promises. */
@IronbridgeTest
class KeyboardSignInBrowserTests {

    /** More Tabs than the header and navigation need; a page that needs more has a focus problem. */
    private static final int TAB_LIMIT = 12;

    private static final String FOCUSED = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return 'body';
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.classList.contains('govuk-skip-link') ? '.govuk-skip-link' : '')
                  + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');
            }""";

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
    void skipLinkIsTheFirstThingTabReachesAndMovesFocusToMainContent() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/sign-in");
            page.keyboard().press("Tab");
            assertThat(focused(page)).isEqualTo("a.govuk-skip-link[href=#main-content]");
            PlaywrightAssertions.assertThat(page.locator("a.govuk-skip-link")).isVisible();
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();
        }
    }

    @Test
    void personSignsInWithTheKeyboardAlone() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/sign-in");
            List<String> path = new ArrayList<>();
            while (!"input#username".equals(lastOf(path)) && path.size() < TAB_LIMIT) {
                page.keyboard().press("Tab");
                path.add(focused(page));
            }
            assertThat(path).as("focus order from the top of the sign-in page").endsWith("input#username");
            assertThat(path.getFirst()).as("first focusable element").isEqualTo("a.govuk-skip-link[href=#main-content]");
            assertThat(path).as("nothing in the form comes before the username").doesNotContain("input#password");

            page.keyboard().type("staff");
            page.keyboard().press("Tab");
            assertThat(focused(page)).isEqualTo("input#password");
            page.keyboard().type(DEMO_PASSWORD);
            page.keyboard().press("Enter");

            PlaywrightAssertions.assertThat(page).hasURL(baseUrl() + "/");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welcome, PC Jordan Ashby");
        }
    }

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    private static String lastOf(List<String> list) {
        return list.isEmpty() ? null : list.getLast();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
