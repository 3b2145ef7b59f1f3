package org.ironbridge.portfolio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Initiatives over the API: read by portfolio roles, proposed by those who propose on the pages, by the same rules. */
@IronbridgeTest
class InitiativeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProposalOverTheApiGetsAReferenceAndItsBoardAndIsReadBack() throws Exception {
        String title = "Body-worn video for PCSOs " + UUID.randomUUID();
        String location = mvc.perform(post("/api/v1/initiatives").with(csrf()).with(SignedIn.as(people, "practitioner"))
                        .contentType(MediaType.APPLICATION_JSON).content(proposal(title, "PROJECT", "2400000", 6)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("CHG-")))
                .andExpect(jsonPath("$.tier").value("CHANGE_BOARD")).andExpect(jsonPath("$.stage").value("MANDATE"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(SignedIn.as(people, "auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void aMalformedProposalIsRefusedWith422AndTheReasonsAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from initiative", Integer.class);
        mvc.perform(post("/api/v1/initiatives").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .contentType(MediaType.APPLICATION_JSON).content(proposal("<script>x</script>", "SPACESHIP", "12.345", 30)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.type").value("Select the type of initiative"))
                .andExpect(jsonPath("$.errors.riskScore").value(containsString("from 1 to 25")))
                .andExpect(jsonPath("$.errors.wholeLifeCost").exists());
        mvc.perform(post("/api/v1/initiatives").with(csrf()).with(SignedIn.as(people, "board.member"))
                        .contentType(MediaType.APPLICATION_JSON).content(proposal("Not theirs to propose", "PROJECT", "1000", 2)))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from initiative", Integer.class))
                .isEqualTo(before);
    }

    private String proposal(String title, String type, String cost, int risk) {
        String area = jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = 'IT-DIGITAL'", String.class);
        return """
                {"title": "%s", "summary": "Why it is needed", "type": "%s", "seniorResponsibleOwnerId": "%s",
                 "wholeLifeCost": %s, "riskScore": %d, "businessAreaIds": ["%s"]}
                """.formatted(title, type, TestInitiatives.personId(jdbc, "sro"), cost, risk, area);
    }
}
