package org.ironbridge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import jakarta.servlet.RequestDispatcher;

import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.BrowserlessSession;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What a person sees when something is missing or not theirs: a human page, never framework output. */
@IronbridgeTest
class ErrorPageTests {

    private static final String PASSWORD = "Ironbridge-demo-2026";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownAddressShowsPageNotFoundWithoutAStackTrace() {
        HttpResponse<String> response = BrowserlessSession.signedIn(port, "staff", PASSWORD).get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("govuk-generic-header")
                .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aPageTheRoleMayNotUseShowsTheForbiddenPage() {
        HttpResponse<String> response = BrowserlessSession.signedIn(port, "staff", PASSWORD).get("/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot use this page").doesNotContain("Exception");
    }

    @Test
    void anotherForcesRecordIsNotFoundAndNothingOfItIsShown() {
        String wmpPerson = TestPeople.idOf(context, "staff").toString();
        HttpResponse<String> response = BrowserlessSession.signedIn(port, "wm.admin", PASSWORD)
                .get("/admin/users/" + wmpPerson);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Jordan Ashby");
    }

    @Test
    void aMalformedRecordIdentifierIsABadRequestNotAnError() {
        HttpResponse<String> response = BrowserlessSession.signedIn(port, "admin", PASSWORD)
                .get("/admin/users/not-a-uuid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("could not understand that request").doesNotContain("Exception");
    }

    @Test
    void aServerFailureShowsTheProblemPageAndNothingOfTheFailure() throws Exception {
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sorry, there is a problem with the service").doesNotContain("secret detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void theApiAnswersAServerFailureWithProblemDetailsAndNothingOfTheFailure() throws Exception {
        String body = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":500").doesNotContain("secret detail");
    }

    @Test
    void theApiAnswersProblemDetailsForAnUnknownRecord() {
        BrowserlessSession admin = BrowserlessSession.signedIn(port, "admin", PASSWORD);
        HttpResponse<String> response = admin.get("/api/v1/people/00000000-0000-0000-0000-000000000000");
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
