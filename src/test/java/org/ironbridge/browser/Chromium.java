package org.ironbridge.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright. Playwright must never download a browser: there is no
 * network for it on CI, and the system Chromium is the one we test with.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        // The first render of each template is slow on a loaded 2-core CI machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh context: no cookies, no session, so tests never see each other's sign-ins. */
    BrowserContext newContext() {
        return newContext(true);
    }

    /** A fresh context as {@link #newContext()}, with JavaScript off when {@code javaScript} is false. */
    BrowserContext newContext(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setJavaScriptEnabled(javaScript));
        // Fail fast: every page here is served from this machine.
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        return context;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
