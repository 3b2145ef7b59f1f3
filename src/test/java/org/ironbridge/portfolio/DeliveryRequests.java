package org.ironbridge.portfolio;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the delivery tests do over and over: start a fresh initiative, post a form to it, read one of its pages. */
record DeliveryRequests(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc, Portfolio portfolio) {

    /** A fresh WMP initiative of the tier, so each test starts from nothing. */
    UUID newInitiative(Tier tier) {
        UUID id = portfolio.propose(new InitiativeProposal(forceId(), "delivery-tests", UUID.randomUUID().toString(),
                "Delivery test " + UUID.randomUUID(), "For delivery tests", InitiativeType.PROJECT, Set.of())).id();
        jdbc.update("update initiative set tier = ? where id = ?", tier.name(), id);
        return id;
    }

    /** A form posted to a page under the initiative, e.g. "/milestones". */
    MockHttpServletRequestBuilder form(String who, String path, UUID initiative, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/portfolio/initiatives/" + initiative + path).with(csrf())
                .with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    /** A page under the initiative, which must answer 200. */
    String page(String who, UUID initiative, String path) throws Exception {
        return mvc.perform(get("/portfolio/initiatives/" + initiative + path).with(SignedIn.as(people, who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    UUID forceId() {
        return jdbc.queryForObject("select id from force where code = 'WMP'", UUID.class);
    }

    int count(String table, UUID initiative) {
        return jdbc.queryForObject("select count(*) from " + table + " where initiative_id = ?", Integer.class, initiative);
    }
}
