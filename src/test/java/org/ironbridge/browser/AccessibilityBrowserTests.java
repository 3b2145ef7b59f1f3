package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.browser.PageChecks.DEMO_PASSWORD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.RouteRule;
import org.ironbridge.access.SignedInPerson;
import org.ironbridge.access.Subject;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * axe-core (WCAG 2.2 A and AA) and the GOV.UK page shell on every page each demo role can reach,
 * signed in through the real form. The pages come from the policy's route table, so a new page is
 * checked for every role that may open it without touching this test.
 */
@IronbridgeTest
class AccessibilityBrowserTests {

    /** Route patterns that are not pages a person reads: API, docs, probes, sign-in plumbing, assets. */
    private static final List<String> NOT_PAGE_PREFIXES = List.of("/api/", "/v3/", "/swagger-ui", "/actuator/",
            "/oauth2/", "/login/", "/govuk/", "/assets/", "/htmx/", "/css/", "/js/");
    private static final Set<String> NOT_PAGES = Set.of("/error", "/favicon.ico",
            // a fragment htmx puts into the idea form (checked there by SimilarIdeasBrowserTests), and a file download
            "/ideas/similar", "/ideas/{ideaId}/attachments/{attachmentId}");
    /** A last path segment with an extension is a download (export.csv), not a page. */
    private static final Pattern DOWNLOAD = Pattern.compile("\\.[A-Za-z0-9]+$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /**
     * Path variables made from the person's own force ({id} is someone else in it, {forceCode} is the force itself,
     * West Midlands for nobody signed in) or from no record at all.
     */
    private static final Set<String> OWN_FORCE_VARIABLES = Set.of("id", "seq", "forceCode");

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    AccessPolicy policy;
    @Autowired
    UserDetailsService people;
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
    @ValueSource(strings = {"staff", "practitioner", "pm", "sro", "pmo", "board.member", "board.chair", "dpo",
            "ethics", "iao", "auditor", "admin", "wm.admin"})
    void everyPageThePersonCanReachPassesAxeAndHasTheGovukShell(String username) {
        Subject subject = subjectOf(username);
        List<String> pages = pagesFor(subject);
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            PageChecks.signIn(page, baseUrl(), username, DEMO_PASSWORD);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welcome, " + subject.displayName());
            assertThat(checkAll(page, username, pages)).as("problems on the pages %s can reach", username).isEmpty();
            assertThat(scriptErrors).as("script errors on the pages %s can reach", username).isEmpty();
        }
    }

    @Test
    void everyPageOpenToNobodySignedInPassesAxeAndHasTheGovukShell() {
        List<String> pages = pagesFor(null);
        assertThat(pages).as("pages open before signing in").contains("/sign-in", "/accessibility", "/cookies", "/signed-out");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> scriptErrors = PageChecks.recordScriptErrors(page);
            assertThat(checkAll(page, "nobody signed in", pages)).isEmpty();
            assertThat(scriptErrors).isEmpty();
        }
    }

    /** Guards the derivation above: a page list that silently lost pages would check nothing. */
    @Test
    void thePagesCheckedFollowTheRoutesEachPersonMayOpen() {
        String someone = someoneElseInForce(subjectOf("admin")).toString();
        assertThat(pagesFor(subjectOf("staff"))).contains("/", "/account", "/cookies")
                .doesNotContain("/audit", "/admin/users", "/audit/export.csv", "/api/v1/me", "/error");
        assertThat(pagesFor(subjectOf("auditor"))).contains("/audit", "/audit/events/1").doesNotContain("/admin/users");
        assertThat(pagesFor(subjectOf("admin"))).contains("/admin/users", "/admin/users/" + someone,
                "/admin/users/" + someone + "/edit", "/admin/users/" + someone + "/deactivate").doesNotContain("/audit");
        assertThat(pagesFor(null)).doesNotContain("/", "/account");
        assertThat(pagesFor(subjectOf("wm.admin"))).contains("/portfolio", "/portfolio/governance-rules",
                "/portfolio/governance-rules/thresholds/edit").noneMatch(path -> path.startsWith("/portfolio/initiatives/"));
    }

    /** Guards the checks themselves: a page broken on purpose must be reported. */
    @Test
    void theChecksReportAPageBrokenOnPurpose() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/cookies");
            page.evaluate("""
                    () => {
                      document.documentElement.removeAttribute('lang');
                      document.querySelector('main').insertAdjacentHTML('beforeend',
                          '<h1>Second heading</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
                      document.querySelector('.govuk-skip-link').setAttribute('href', '#nowhere');
                    }""");
            assertThat(String.join("\n", PageChecks.problems(page, "broken cookies page")))
                    .contains("axe html-has-lang", "axe image-alt", "exactly one h1 but found 2",
                            "html lang is null", "skip link points at #nowhere");
        }
    }

    @Test
    void signInPageAfterAFailedSignInHasAnAccessibleErrorSummary() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            // An unknown name, so no demo account's failure count moves.
            page.navigate(baseUrl() + "/sign-in");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("nobody-" + UUID.randomUUID());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            PlaywrightAssertions.assertThat(page).hasURL(baseUrl() + "/sign-in?error=failed");
            Locator summary = page.locator(".govuk-error-summary");
            PlaywrightAssertions.assertThat(summary).containsText("Enter a correct username and password");
            // GOV.UK Frontend's script moves focus to the summary: proof that it runs under the CSP.
            PlaywrightAssertions.assertThat(summary).isFocused();
            assertThat(page.title()).startsWith("Error: ");
            PageChecks.assertSummaryLinksReachFields(page);
            PageChecks.assertPasses(page, "sign-in after a failed sign-in");
        }
    }

    @Test
    void editAccessFormSubmittedEmptyHasAnAccessibleErrorSummary() {
        String someone = someoneElseInForce(subjectOf("admin")).toString();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "admin", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/admin/users/" + someone + "/edit");
            for (Locator box : page.locator("input[type=checkbox]").all()) {
                box.uncheck();
            }
            page.getByLabel("Reason for this change").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save access")).click();
            Locator summary = page.locator(".govuk-error-summary");
            PlaywrightAssertions.assertThat(summary).containsText("Enter the reason for this change");
            PlaywrightAssertions.assertThat(summary).isFocused();
            assertThat(page.title()).startsWith("Error: ");
            PageChecks.assertSummaryLinksReachFields(page);
            PageChecks.assertPasses(page, "edit access submitted empty");
        }
    }

    @Test
    void thresholdsSubmittedWithMistakesHaveAnAccessibleErrorSummaryAndNothingIsSaved() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "pmo", DEMO_PASSWORD);
            page.navigate(baseUrl() + "/portfolio/governance-rules/thresholds/edit");
            page.getByLabel("Change Board minimum whole-life cost").fill("£1,2,3");
            page.getByLabel("Design and Delivery Board minimum risk score").fill("26");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save thresholds")).click();
            PageChecks.assertRefusedWith(page, "Change Board minimum whole-life cost must have commas only between thousands");
            PlaywrightAssertions.assertThat(page.getByLabel("Change Board minimum whole-life cost")).hasValue("£1,2,3");
            PageChecks.assertPasses(page, "thresholds submitted with mistakes");
        }
        assertThat(jdbc.sql("select minimum_cost from governance_threshold t join force f on f.id = t.force_id "
                + "where f.code = 'WMP' and t.tier = 'CHANGE_BOARD'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("250000");
    }

    @Test
    void notFoundPageIsAccessible() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "staff", DEMO_PASSWORD);
            Response response = page.navigate(baseUrl() + "/no-such-page");
            assertThat(response.status()).isEqualTo(404);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Page not found");
            PageChecks.assertPasses(page, "404 page");
        }
    }

    @Test
    void forbiddenPageIsAccessible() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "staff", DEMO_PASSWORD);
            Response response = page.navigate(baseUrl() + "/audit");
            assertThat(response.status()).isEqualTo(403);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("You cannot use this page");
            PageChecks.assertPasses(page, "403 page");
        }
    }

    @Test
    void signedOutPageIsAccessibleAfterSigningOut() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            PageChecks.signIn(page, baseUrl(), "staff", DEMO_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            PlaywrightAssertions.assertThat(page).hasURL(baseUrl() + "/signed-out");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("You have signed out");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
            PageChecks.assertPasses(page, "signed-out page");
        }
    }

    /** Visits each page; checks each distinct final address once (signed in, /sign-in lands on /). */
    private List<String> checkAll(Page page, String who, List<String> paths) {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (String path : paths) {
            Response response = page.navigate(baseUrl() + path);
            if (response == null || response.status() != 200) {
                problems.add(who + " " + path + ": answered " + (response == null ? "nothing" : response.status())
                        + " at " + page.url() + " (a path variable that needs a real record goes in concrete())");
                continue;
            }
            String type = response.headerValue("content-type");
            if (type == null || !type.startsWith("text/html")) {
                problems.add(who + " " + path + ": not an HTML page (" + type + "); list it in NOT_PAGES");
                continue;
            }
            if (checked.add(page.url())) {
                problems.addAll(PageChecks.problems(page, who + " " + path));
            }
        }
        return problems;
    }

    /** GET routes that are pages and that the policy lets this person (null: nobody) open, made concrete. */
    private List<String> pagesFor(Subject subject) {
        Set<String> pages = new LinkedHashSet<>();
        for (RouteRule rule : policy.routes()) {
            String pattern = rule.pattern();
            if (!"GET".equals(rule.method()) || NOT_PAGES.contains(pattern)
                    || NOT_PAGE_PREFIXES.stream().anyMatch(pattern::startsWith) || DOWNLOAD.matcher(pattern).find()
                    || namesAnotherForcesRecord(pattern, subject)) {
                continue;
            }
            String path = concrete(pattern, subject);
            if (policy.allowsRoute(subject, "GET", path)) {
                pages.add(path);
            }
        }
        return List.copyOf(pages);
    }

    /**
     * The sample records (initiatives, boards, papers...) are West Midlands' demo records, which a person of
     * another force is rightly told are not found: their pages are checked for West Midlands' people only.
     */
    private static boolean namesAnotherForcesRecord(String pattern, Subject subject) {
        return subject != null && !"WMP".equals(subject.forceCode())
                && VARIABLE.matcher(pattern).results().anyMatch(v -> !OWN_FORCE_VARIABLES.contains(v.group(1)));
    }

    private String concrete(String pattern, Subject subject) {
        if (pattern.contains("*")) {
            throw new IllegalStateException("Cannot make a page address from the wildcard route " + pattern
                    + ": exclude it in AccessibilityBrowserTests or give it a path variable");
        }
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "id" -> subject == null ? UUID.randomUUID().toString()
                        : someoneElseInForce(subject).toString();
                case "seq" -> "1";
                case "forceCode" -> subject == null ? "WMP" : subject.forceCode();
                case "initiativeId" -> andiEsra().toString();
                case "itemId" -> andiEsraItem(pattern).toString();
                case "boardId" -> jdbc.sql("select id from board where name = 'Change Board'").query(UUID.class)
                        .single().toString();
                case "decisionId", "meetingId", "paperId", "actionId", "ideaId", "ruleId", "systemId" -> jdbc.sql(GovernanceSamples.query(variables.group(1)))
                        .query(String.class).single();
                case "milestoneId" -> ofAndiEsra("select id from milestone where initiative_id = :i "
                        + "order by baseline_date limit 1");
                case "exceptionReportId" -> ofAndiEsra("select id from exception_report where initiative_id = :i "
                        + "order by raised_at limit 1");
                case "reportId" -> ofAndiEsra("select id from status_report where initiative_id = :i "
                        + "order by period desc, version_number desc limit 1");
                default -> throw new IllegalStateException("AccessibilityBrowserTests does not know a real value for {"
                        + variables.group(1) + "} in " + pattern + "; add one to concrete()");
            };
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** For {id}: another person of the same force, so admins see someone else's record; oneself if alone. */
    private UUID someoneElseInForce(Subject subject) {
        return jdbc.sql("select id from person where force_id = :force and id <> :self order by username limit 1")
                .param("force", subject.forceId()).param("self", subject.personId())
                .query(UUID.class).optional().orElse(subject.personId());
    }

    /** Andi-Esra, whose SRO and project manager are the demo sro and pm: every portfolio page has a subject. */
    private UUID andiEsra() {
        return jdbc.sql("select id from initiative where title like 'Andi-Esra%'").query(UUID.class).single();
    }

    /** A demo RAID item or change impact of Andi-Esra, of the kind the route is about. */
    private UUID andiEsraItem(String pattern) {
        String table = pattern.contains("/raid/risks/") ? "raid_risk" : pattern.contains("/raid/issues/") ? "raid_issue"
                : pattern.contains("/raid/assumptions/") ? "raid_assumption"
                : pattern.contains("/raid/dependencies/") ? "raid_dependency" : "change_impact";
        return jdbc.sql("select x.id from " + table + " x join initiative i on i.id = x.initiative_id "
                + "where i.title like 'Andi-Esra%' order by x.created_at, x.id limit 1").query(UUID.class).single();
    }

    /** One of Andi-Esra's delivery records: its demo data has milestones, status reports and an exception report. */
    private String ofAndiEsra(String sql) {
        return jdbc.sql(sql).param("i", andiEsra()).query(UUID.class).single().toString();
    }

    private Subject subjectOf(String username) {
        return ((SignedInPerson) people.loadUserByUsername(username)).subject();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
