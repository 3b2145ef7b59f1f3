package org.ironbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ironbridge.IronbridgeApplication;
import org.ironbridge.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two application nodes on one database: a person signed in on one is signed in on the other. */
class TwoNodeSessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoNodes() {
        String database = TestDatabase.newDatabase();
        first = node(database);
        second = node(database);
    }

    @AfterAll
    static void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsHonouredByTheOther() throws Exception {
        HttpResponse<String> signInPage = send(first, "/sign-in", null, null);
        String session = cookie(signInPage);
        Matcher csrf = CSRF.matcher(signInPage.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signedIn = send(first, "/sign-in", session,
                "username=admin&password=Ironbridge-demo-2026&_csrf=" + csrf.group(1));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        String signedInSession = signedIn.headers().allValues("Set-Cookie").isEmpty() ? session : cookie(signedIn);

        HttpResponse<String> home = send(second, "/", signedInSession, null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, Riley Patel");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext node, String path, String session, String form)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no SESSION cookie in " + response.headers().map());
    }

    private static ConfigurableApplicationContext node(String database) {
        return new SpringApplicationBuilder(IronbridgeApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + database);
    }
}
