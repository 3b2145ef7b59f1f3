package org.ironbridge.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in by password: success, failure without account enumeration, throttling and lockout. */
@IronbridgeTest
class SignInTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aDemoAccountSignsInAndLandsOnTheHomePage() throws Exception {
        mvc.perform(signIn("staff", "Ironbridge-demo-2026", fromNewAddress()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameGenericMessageWithTheUsernameKept() throws Exception {
        RequestPostProcessor address = fromNewAddress();
        mvc.perform(signIn("staff", "not-the-password", address))
                .andExpect(redirectedUrl("/sign-in?error=failed"));
        Cookie session = mvc.perform(signIn("nobody.at.all", "whatever", address))
                .andExpect(redirectedUrl("/sign-in?error=failed")).andReturn().getResponse().getCookie("SESSION");

        String page = mvc.perform(get("/sign-in?error=failed").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter a correct username and password")
                .contains("value=\"nobody.at.all\"").doesNotContain("not found").doesNotContain("does not exist");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordAndTheLockoutIsAudited() throws Exception {
        String username = "lockout." + UUID.randomUUID().toString().substring(0, 8);
        TestPeople.create(context, "WMP", username, EnumSet.of(Role.STAFF), VettingLevel.RV);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(username, "wrong-" + attempt, fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=failed"));
        }
        mvc.perform(signIn(username, "wrong-5", fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(signIn(username, TestPeople.PASSWORD, fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=locked"));

        Integer audited = jdbc.queryForObject("select count(*) from audit_event where record_type = 'SignIn' "
                + "and record_id = ? and summary like 'Sign-in locked%'", Integer.class, "account:" + username);
        assertThat(audited).isEqualTo(1);
        mvc.perform(get("/sign-in?error=locked")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("You have tried to sign in too many times")));
    }

    @Test
    void anUnknownAccountNameLocksExactlyLikeARealOneSoLockoutRevealsNothing() throws Exception {
        String username = "ghost." + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(username, "guess-" + attempt, fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=failed"));
        }
        mvc.perform(signIn(username, "guess-5", fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=locked"));
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 1; attempt <= 30; attempt++) {
            mvc.perform(signIn("spray." + attempt, "Password1", address));
        }
        mvc.perform(signIn("staff", "Ironbridge-demo-2026", address)).andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(signIn("staff", "Ironbridge-demo-2026", fromNewAddress())).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        String username = "leaver." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = TestPeople.create(context, "WMP", username, EnumSet.of(Role.STAFF), VettingLevel.RV);
        jdbc.update("update person set active = false where id = ?", id);
        mvc.perform(signIn(username, TestPeople.PASSWORD, fromNewAddress())).andExpect(redirectedUrl("/sign-in?error=failed"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithTheExpiredFormPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=Ironbridge-demo-2026")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Your form could not be sent").doesNotContain("Exception");
    }

    @Test
    void aForgedCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "staff").param("password", "Ironbridge-demo-2026")
                        .param("_csrf", "forged-token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aTamperedSessionCookieIsTreatedAsSignedOut() throws Exception {
        mvc.perform(get("/").cookie(new Cookie("SESSION", "dGFtcGVyZWQtc2Vzc2lvbi1pZA==")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theApiAnswersProblemDetailsWhenNobodyIsSignedIn() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor from) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf()).with(from);
    }

    /** Each test signs in from its own address, so address throttling in one test cannot leak into another. */
    private static RequestPostProcessor fromNewAddress() {
        String address = "10.20." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
