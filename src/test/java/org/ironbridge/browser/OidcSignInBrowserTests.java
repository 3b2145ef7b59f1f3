package org.ironbridge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through the force's OpenID Connect provider, end to end in a browser: a stand-in
 * provider, the real redirects, the real claim mapping and the provider's end-session logout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ironbridge.test.fresh-database=true")
@ActiveProfiles("test")
@DirtiesContext // the provider stops with this class; nothing else may reuse a context that points at it
class OidcSignInBrowserTests {

    private static final String ISSUER_ID = "wmp";
    private static final String CLIENT_ID = "ironbridge";
    private static final String PROVIDER_BUTTON = "Sign in with West Midlands Police account";

    // Started before the Spring context: Boot reads the issuer's discovery document at startup.
    private static final MockOAuth2Server PROVIDER = startedProvider();

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.force.";
        registry.add(registration + "client-id", () -> CLIENT_ID);
        registry.add(registration + "client-secret", () -> "secret");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add(registration + "client-name", () -> "West Midlands Police account");
        registry.add(registration + "provider", () -> "force");
        registry.add("spring.security.oauth2.client.provider.force.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add("ironbridge.oidc.roles-claim", () -> "groups");
        registry.add("ironbridge.oidc.role-mapping.ib-auditors", () -> "AUDITOR");
        registry.add("ironbridge.oidc.auto-provision", () -> "true");
    }

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowserAndProvider() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            PROVIDER.shutdown();
        }
    }

    @Test
    void signInPageWithTheProviderButtonIsAccessible() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/sign-in");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(PROVIDER_BUTTON))).isVisible();
            PageChecks.assertPasses(page, "sign-in with a provider button");
        }
    }

    @Test
    void personUnknownToIronbridgeGetsAnAccountWithRolesFromTheGroupsClaim() {
        providerWillSignIn("wmp-subject-ava", "Ava.Newcomer", "Ava Newcomer", List.of("ib-auditors", "ib-unmapped"));
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            signInWithProvider(page);

            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welcome, Ava Newcomer");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit trail")))
                    .isVisible();

            Map<String, Object> person = jdbc.sql("select id, oidc_subject, password_hash from person where username = :u")
                    .param("u", "ava.newcomer").query().singleRow();
            assertThat(person.get("oidc_subject")).isEqualTo(PROVIDER.issuerUrl(ISSUER_ID) + "#wmp-subject-ava");
            assertThat(person.get("password_hash")).as("an account made by the provider has no password").isNull();
            assertThat(rolesOf("ava.newcomer")).containsExactlyInAnyOrder("STAFF", "AUDITOR");
            assertThat(jdbc.sql("select actor from audit_event where record_id = :id and summary = :summary")
                    .param("id", person.get("id").toString())
                    .param("summary", "Created the account ava.newcomer at first sign-in through the identity provider")
                    .query(String.class).list())
                    .containsExactly("identity-provider");

            // The Auditor role works at once: the audit trail opens and shows that event.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail").setExact(true)).first().click();
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Audit trail");
            PlaywrightAssertions.assertThat(page.locator("main"))
                    .containsText("Created the account ava.newcomer at first sign-in through the identity provider");
        }
    }

    @Test
    void existingAccountIsLinkedToTheProviderByUsername() {
        assertThat(oidcSubjectOf("iao")).as("the demo account starts unlinked").isNull();
        providerWillSignIn("wmp-subject-robin", "iao", "Robin Fletcher (provider)", List.of());
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            signInWithProvider(page);

            // The name is Ironbridge's, not the provider's: linking matched the existing account.
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welcome, Robin Fletcher");
            assertThat(oidcSubjectOf("iao")).isEqualTo(PROVIDER.issuerUrl(ISSUER_ID) + "#wmp-subject-robin");
            assertThat(jdbc.sql("select count(*) from person where display_name = 'Robin Fletcher (provider)'")
                    .query(Integer.class).single()).as("no second account").isZero();
        }
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() {
        providerWillSignIn("wmp-subject-sam", "pm", "Sam Lindqvist", List.of());
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            List<String> requests = Collections.synchronizedList(new ArrayList<>());
            page.onRequest(request -> requests.add(request.url()));
            signInWithProvider(page);
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welcome, Sam Lindqvist");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            PlaywrightAssertions.assertThat(page).hasURL(baseUrl() + "/signed-out");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("You have signed out");
            String endSession = PROVIDER.endSessionEndpointUrl(ISSUER_ID).toString();
            assertThat(requests).as("requests made while signing out")
                    .anySatisfy(url -> assertThat(url).startsWith(endSession).contains("id_token_hint=")
                            .contains("post_logout_redirect_uri="));

            page.navigate(baseUrl() + "/");
            assertThat(page.url()).isEqualTo(baseUrl() + "/sign-in");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sign in to Ironbridge");
        }
    }

    /** The provider answers the next sign-in as this person. */
    private static void providerWillSignIn(String subject, String username, String name, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", username, "name", name,
                        "email", username.toLowerCase() + "@wmp.example.police.uk", "groups", groups),
                3600));
    }

    private void signInWithProvider(Page page) {
        page.navigate(baseUrl() + "/sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(PROVIDER_BUTTON)).click();
        PlaywrightAssertions.assertThat(page).hasURL(baseUrl() + "/");
    }

    private List<String> rolesOf(String username) {
        return jdbc.sql("select r.role from person_role r join person p on p.id = r.person_id where p.username = :u")
                .param("u", username).query(String.class).list();
    }

    private String oidcSubjectOf(String username) {
        return (String) jdbc.sql("select oidc_subject from person where username = :u").param("u", username)
                .query().singleRow().get("oidc_subject");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
