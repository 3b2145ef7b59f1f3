package org.ironbridge.assurance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * People reading and recording AI assurance through the pages, each in their own session (Spring Session's cookie,
 * carried from response to request) so that the justification they give is remembered as it is in a browser.
 */
final class AssuranceRequests {

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final JdbcTemplate jdbc;
    private final Map<String, Cookie> sessions = new HashMap<>();

    AssuranceRequests(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** A new West Midlands system on the register, of this type, with or without cameras or biometrics. */
    UUID system(String type, boolean biometrics) {
        return TestAiSystems.insert(jdbc, "AI-T-", java.util.Map.of("procurement_route", "NOT_YET_DECIDED", "system_type", type,
                "uses_biometrics", biometrics));
    }

    /** Says why this person reads the system's sensitive material, in their session. */
    void justify(String who, UUID system) throws Exception {
        post(who, "/assurance/systems/" + system + "/justification", Map.of("reason", "ASSESSING",
                "detail", "Preparing the Change Paper", "returnTo", "/assurance/systems/" + system + "/impact-assessment"));
    }

    MockHttpServletResponse get(String who, String path) throws Exception {
        return send(who, MockMvcRequestBuilders.get(URI.create(path)).with(SignedIn.as(people, who)));
    }

    String page(String who, String path) throws Exception {
        MockHttpServletResponse response = get(who, path);
        return response.getStatus() == 200 ? response.getContentAsString() : "HTTP " + response.getStatus();
    }

    MockHttpServletResponse post(String who, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf())
                .with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return send(who, request);
    }

    MockHttpServletResponse post(String who, String path, Map<String, String> fields, String repeated,
                                 String... values) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf())
                .with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return send(who, request.param(repeated, values));
    }

    UUID personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", UUID.class, username);
    }

    private MockHttpServletResponse send(String who, MockHttpServletRequestBuilder request) throws Exception {
        Cookie session = sessions.get(who);
        MockHttpServletResponse response = mvc.perform(session == null ? request : request.cookie(session)).andReturn()
                .getResponse();
        Cookie issued = response.getCookie("SESSION");
        if (issued != null) {
            sessions.put(who, issued);
        }
        return response;
    }
}
