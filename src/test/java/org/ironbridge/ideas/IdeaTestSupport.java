package org.ironbridge.ideas;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Ideas submitted through the page, and pages read, as the demo people. */
record IdeaTestSupport(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {

    UUID submit(String who, String title, boolean anonymous) throws Exception {
        MockHttpServletRequestBuilder request = post("/ideas").with(csrf()).with(SignedIn.as(people, who))
                .param("title", title).param("problem", "Officers re-key the same details into three systems every shift.")
                .param("proposedChange", "One form that fills all three.").param("expectedBenefit", "Officer hours released.")
                .param("businessAreaId", area("INVESTIGATIONS")).param("formToken", UUID.randomUUID().toString())
                .param("action", "submit");
        if (anonymous) {
            request = request.param("anonymous", "yes");
        }
        String url = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    UUID draft(String who, String title) throws Exception {
        String url = mvc.perform(post("/ideas").with(csrf()).with(SignedIn.as(people, who)).param("title", title)
                .param("formToken", UUID.randomUUID().toString()).param("action", "draft")).andReturn().getResponse()
                .getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The page's HTML, or "" when it is not a page this person may see. */
    String page(String who, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "";
    }

    MockHttpServletRequestBuilder form(String who, String path) {
        return post(path).with(csrf()).with(SignedIn.as(people, who));
    }

    String area(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }

    int audited(UUID ideaId, String summaryStart) {
        return jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ? "
                + "and summary like ?", Integer.class, ideaId.toString(), summaryStart + "%");
    }
}
