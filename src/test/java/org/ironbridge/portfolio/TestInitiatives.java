package org.ironbridge.portfolio;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Initiatives of their own for tests that change one, so no test depends on another's changes. */
public final class TestInitiatives {

    private TestInitiatives() {
    }

    /** A new WMP initiative proposed by the PMO, with the demo sro as SRO and the demo pm as project manager. */
    public static UUID propose(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc, String title) throws Exception {
        Map<String, String> fields = Map.of("title", title, "summary", "Why it is needed", "type", "PROJECT",
                "classification", "OFFICIAL", "sroId", personId(jdbc, "sro"), "projectManagerId", personId(jdbc, "pm"),
                "businessAreas", jdbc.queryForObject("select u.id::text from organisation_unit u join force f on "
                        + "f.id = u.force_id where f.code = 'WMP' and u.code = 'IT-DIGITAL'", String.class));
        MockHttpServletRequestBuilder request = post("/portfolio/initiatives").with(csrf()).with(SignedIn.as(people, "pmo"));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        mvc.perform(request).andExpect(status().isFound());
        return jdbc.queryForObject("select id from initiative where title = ?", UUID.class, title);
    }

    static String personId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id::text from person where username = ?", String.class, username);
    }

    /**
     * An initiative of West Midlands' neighbour, West Mercia, which WMP's people must not find. Inserted
     * directly: it only has to exist, and this keeps it out of the forces' reference sequences.
     */
    static UUID ofAnotherForce(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into initiative (id, force_id, reference, title, summary, type, tier, stage, involves_ai, "
                + "classification, created_at, updated_at, version) select ?, id, ?, 'Another force''s change', "
                + "'Not WMP''s', 'PROJECT', 'PROJECT_BOARD', 'MANDATE', false, 'OFFICIAL', now(), now(), 0 "
                + "from force where code = 'WMERC'", id, "WMERC-TEST-" + id.toString().substring(0, 8));
        return id;
    }
}
