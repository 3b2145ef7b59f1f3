package org.ironbridge.ideas;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Submitting and triaging ideas as the demo people do, through the pages. */
record IdeaRequests(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {

    /** Submits a complete idea as this person and returns its id. */
    UUID submit(String who, String title, Map<String, String> extra) throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of("title", title,
                "problem", "Call handlers re-type the same details for every report, on every shift, across all LPAs in the force.",
                "proposedChange", "Pre-fill the form from the earlier report.", "expectedBenefit", "Call handler time saved.",
                "businessAreaId", area("FORCE-CONTACT"), "action", "submit"));
        fields.putAll(extra);
        String url = post(who, "/ideas", fields).getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    MvcResult post(String who, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(csrf()).with(SignedIn.as(people, who));
        Map<String, String> all = new HashMap<>(fields);
        if ("/ideas".equals(path) || path.matches("/ideas/[0-9a-f-]{36}")) {
            all.putIfAbsent("formToken", UUID.randomUUID().toString());
        }
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return mvc.perform(request).andReturn();
    }

    /** Posts a moderator's decision with the idea's current version, and returns the page or redirect target. */
    MvcResult decide(String who, UUID idea, Map<String, String> fields) throws Exception {
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("version", "" + version(idea));
        return post(who, "/ideas/" + idea + "/triage", all);
    }

    String page(String who, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "HTTP " + response.getStatus();
    }

    String area(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }

    String statusOf(UUID id) {
        return jdbc.queryForObject("select status from idea where id = ?", String.class, id);
    }

    int version(UUID id) {
        return jdbc.queryForObject("select version from idea where id = ?", Integer.class, id);
    }

    String reference(UUID id) {
        return jdbc.queryForObject("select reference from idea where id = ?", String.class, id);
    }

    String token(UUID id) {
        return jdbc.queryForObject("select form_token::text from idea where id = ?", String.class, id);
    }
}
