package org.ironbridge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.BrowserlessSession;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What a person sees when something is missing or not theirs: a human page, never framework output. */
@IronbridgeTest
class ErrorPageTests {

    private static final String PASSWORD = "Ironbridge-demo-2026";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

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
    void theApiAnswersProblemDetailsForAnUnknownRecord() {
        BrowserlessSession admin = BrowserlessSession.signedIn(port, "admin", PASSWORD);
        HttpResponse<String> response = admin.get("/api/v1/people/00000000-0000-0000-0000-000000000000");
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
