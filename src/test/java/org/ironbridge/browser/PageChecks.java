package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** What every Ironbridge page must pass in a real browser: axe-core at WCAG 2.2 AA, and the page shell. */
final class PageChecks {

    static final String DEMO_PASSWORD = "Ironbridge-demo-2026";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final String SHELL_FACTS = """
            () => {
              const skip = document.querySelector('a.govuk-skip-link');
              const target = document.getElementById('main-content');
              const title = document.querySelector('head > title');
              return {
                h1: document.querySelectorAll('h1').length,
                title: title ? title.textContent.trim() : null,
                lang: document.documentElement.getAttribute('lang'),
                skipHref: skip ? skip.getAttribute('href') : null,
                mainTargets: document.querySelectorAll('#main-content').length,
                targetTag: target ? target.tagName.toLowerCase() : null
              };
            }""";

    private PageChecks() {
    }

    /** Every problem on the page as it is now, each prefixed with what the page is; empty when it passes. */
    static List<String> problems(Page page, String what) {
        List<String> problems = new ArrayList<>();
        shellProblems(page).forEach(problem -> problems.add(what + ": " + problem));
        axeViolations(page).forEach(violation -> problems.add(what + ": " + violation));
        return problems;
    }

    static void assertPasses(Page page, String what) {
        assertThat(problems(page, what)).as("accessibility and page-shell problems on %s (%s)", what, page.url())
                .isEmpty();
    }

    static List<String> axeViolations(Page page) {
        // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
        // frame results, which triples the time and we have no frames. Details only for violations.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            return List.of("axe-core failed to run: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<Object> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                targets.add(node.getTarget());
            }
            violations.add("axe " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                    + " at " + targets + " – " + rule.getHelpUrl());
        }
        return violations;
    }

    /** Exactly one h1, a title, lang="en", and a skip link to a #main-content that is the main element. */
    static List<String> shellProblems(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) page.evaluate(SHELL_FACTS);
        List<String> problems = new ArrayList<>();
        if (((Number) facts.get("h1")).intValue() != 1) {
            problems.add("expected exactly one h1 but found " + facts.get("h1"));
        }
        if (facts.get("title") == null || facts.get("title").toString().isBlank()) {
            problems.add("no <title>");
        }
        if (!"en".equals(facts.get("lang"))) {
            problems.add("html lang is " + facts.get("lang") + ", not en");
        }
        if (!"#main-content".equals(facts.get("skipHref"))) {
            problems.add("skip link points at " + facts.get("skipHref") + ", not #main-content");
        }
        if (((Number) facts.get("mainTargets")).intValue() != 1 || !"main".equals(facts.get("targetTag"))) {
            problems.add("the skip link's target #main-content is not exactly one main element (found "
                    + facts.get("mainTargets") + ", " + facts.get("targetTag") + ")");
        }
        return problems;
    }

    /** Console errors and uncaught exceptions, such as script the Content-Security-Policy blocked. */
    static List<String> recordScriptErrors(Page page) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console error on " + page.url() + ": " + message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> errors.add("script error on " + page.url() + ": " + error));
        return errors;
    }

    static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/sign-in");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        PlaywrightAssertions.assertThat(page).hasURL(baseUrl + "/");
    }

    /** Every link of the GOV.UK error summary reaches exactly one field on the page. */
    public static void assertSummaryLinksReachFields(Page page) {
        List<String> targets = page.locator(".govuk-error-summary__list a").all().stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(targets).as("error summary links").isNotEmpty().allSatisfy(href -> {
            assertThat(href).startsWith("#");
            assertThat(page.locator(href).count()).as("elements for %s", href).isEqualTo(1);
        });
    }

    /** A refused form: the error summary says why, takes focus, titles the page "Error:" and links to its fields. */
    public static void assertRefusedWith(Page page, String message) {
        var summary = page.locator(".govuk-error-summary");
        PlaywrightAssertions.assertThat(summary).containsText(message);
        PlaywrightAssertions.assertThat(summary).isFocused();
        assertThat(page.title()).startsWith("Error: ");
        assertSummaryLinksReachFields(page);
    }
}
