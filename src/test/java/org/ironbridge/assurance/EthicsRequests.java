package org.ironbridge.assurance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests the Ethics Panel tests make: systems of their own, a justification in the session, forms posted. */
final class EthicsRequests {

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final JdbcTemplate jdbc;

    EthicsRequests(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** A West Midlands system of this type and marking, for this test alone. */
    UUID system(String name, String type, String classification) {
        return TestAiSystems.insert(jdbc, "AI-T-", java.util.Map.of("name", name, "purpose", "Purpose of " + name
                + ": triage of test calls.", "system_type", type, "data_sources", "Call recordings held for 30 days.",
                "classification", classification));
    }

    /** The SESSION cookie of a session in which this person has said why they read the system's material. */
    Cookie justified(String username, UUID system, String why) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/assurance/systems/" + system + "/justification")
                .with(SignedIn.as(people, username)).with(csrf()).param("reason", "AUDIT").param("detail", why)
                .param("returnTo", "/assurance/systems/" + system + "/ethics")).andReturn().getResponse();
        if (response.getStatus() != 302 || response.getCookie("SESSION") == null) {
            throw new IllegalStateException("No justification session for " + username + ": " + response.getStatus());
        }
        return response.getCookie("SESSION");
    }

    MockHttpServletResponse get(String username, String path, Cookie session) throws Exception {
        // An address already encoded (a redirect's) is used as it is, not as a template to encode again.
        MockHttpServletRequestBuilder request = path.contains("%")
                ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(path))
                : org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        if (username != null) {
            request = request.with(SignedIn.as(people, username));
        }
        if (session != null) {
            request = request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String username, String path, Cookie session) throws Exception {
        MockHttpServletResponse response = get(username, path, session);
        return response.getStatus() == 200 ? response.getContentAsString() : "HTTP " + response.getStatus();
    }

    /** The page asked for, without a reason given: the "why are you reading this?" question it sends the reader to. */
    String question(String username, String path) throws Exception {
        MockHttpServletResponse response = get(username, path, null);
        String location = response.getRedirectedUrl();
        if (response.getStatus() != 302 || location == null || !location.contains("/justification?returnTo=")) {
            return "HTTP " + response.getStatus() + " " + location;
        }
        return page(username, location, null);
    }

    MockHttpServletResponse post(String username, String path, Map<String, String> params, Cookie session)
            throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(SignedIn.as(people, username)).with(csrf());
        for (Map.Entry<String, String> param : params.entrySet()) {
            request = request.param(param.getKey(), param.getValue());
        }
        if (session != null) {
            request = request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));

    /** Refers the system as this person, for a meeting in ten days; the new referral's id. */
    UUID refer(String username, UUID system, String question) throws Exception {
        java.time.LocalDate meeting = TODAY.plusDays(10);
        MockHttpServletResponse response = post(username, "/assurance/systems/" + system + "/ethics/referrals",
                Map.of("question", question, "meetingOnDay", "" + meeting.getDayOfMonth(), "meetingOnMonth",
                        "" + meeting.getMonthValue(), "meetingOnYear", "" + meeting.getYear()), null);
        if (response.getStatus() != 302) {
            throw new IllegalStateException("Referral refused: " + response.getContentAsString());
        }
        return latestReferral(system);
    }

    UUID latestReferral(UUID system) {
        return jdbc.queryForObject("select id from ethics_referral where system_id = ? order by referred_at desc limit 1",
                UUID.class, system);
    }

    /** The id of the force's outcome with this meaning (the first, in the panel's order). */
    String outcome(String meaning) {
        return jdbc.queryForObject("""
                select o.id::text from ethics_outcome o join force f on f.id = o.force_id
                where f.code = 'WMP' and o.meaning = ? and o.active order by o.position limit 1
                """, String.class, meaning);
    }

    /** Gives advice on the referral as the panel: summary published, the recommendations as given. */
    MockHttpServletResponse give(UUID system, UUID referral, String meaning, String summary, Map<String, String> more)
            throws Exception {
        java.util.Map<String, String> params = new java.util.HashMap<>(Map.of("referral", referral.toString(),
                "outcome", outcome(meaning), "summary", summary, "summaryMarking", "PUBLISH", "metOnDay", "" + TODAY.getDayOfMonth(),
                "metOnMonth", "" + TODAY.getMonthValue(), "metOnYear", "" + TODAY.getYear(), "action", "give"));
        params.putAll(more);
        return post("ethics", "/assurance/systems/" + system + "/ethics/advice", params, null);
    }
}
