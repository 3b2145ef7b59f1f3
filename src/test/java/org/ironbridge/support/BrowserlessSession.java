package org.ironbridge.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the real server over HTTP, as a browser without JavaScript would: cookies kept,
 * HTML asked for, forms posted with the CSRF token from the page.
 */
public final class BrowserlessSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public BrowserlessSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static BrowserlessSession signedIn(int port, String username, String password) {
        BrowserlessSession session = new BrowserlessSession(port);
        HttpResponse<String> response = session.post("/sign-in", "/sign-in",
                "username=" + encode(username) + "&password=" + encode(password));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + response.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form, taking the CSRF token from the page the form is on. */
    public HttpResponse<String> post(String formPage, String path, String body) {
        Matcher token = CSRF.matcher(get(formPage).body());
        String csrf = token.find() ? "&_csrf=" + encode(token.group(1)) : "";
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + csrf)).build());
    }

    /** Sends a request the test built (a multipart upload, say) to this path, with this session's cookies. */
    public HttpResponse<String> send(String path, HttpRequest.Builder request) {
        return send(request.uri(URI.create(base + path)).build());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
