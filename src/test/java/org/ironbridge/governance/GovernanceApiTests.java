package org.ironbridge.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Boards and decisions over the API: read for governance roles, recording for the secretariat, same rules as the pages. */
@IronbridgeTest
class GovernanceApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardsAndTheRegisterCanBeRead() throws Exception {
        mvc.perform(get("/api/v1/boards").with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Change Board"))
                .andExpect(jsonPath("$[0].chairTitle").value("Deputy Chief Constable"));
        mvc.perform(get("/api/v1/decisions").param("q", "Andi-Esra").with(SignedIn.as(people, "board.member")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].reference").exists());
        mvc.perform(get("/api/v1/decisions").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
    }

    @Test
    void anInquorateDecisionIsRefusedWith422AndTheReason() throws Exception {
        String body = decision(members().subList(0, 1), "Inquorate over the API " + UUID.randomUUID());
        mvc.perform(post("/api/v1/decisions").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.present").value(org.hamcrest.Matchers.containsString("not quorate")));
    }

    @Test
    void aQuorateDecisionIsCreatedAndReadBack() throws Exception {
        String subject = "Recorded over the API " + UUID.randomUUID();
        String location = mvc.perform(post("/api/v1/decisions").with(csrf()).with(SignedIn.as(people, "board.chair"))
                        .contentType(MediaType.APPLICATION_JSON).content(decision(members().subList(0, 3), subject)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(SignedIn.as(people, "auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(subject)).andExpect(jsonPath("$.outcome").value("APPROVE"));
        mvc.perform(post("/api/v1/decisions").with(csrf()).with(SignedIn.as(people, "board.member"))
                .contentType(MediaType.APPLICATION_JSON).content(decision(members(), subject))).andExpect(status().isForbidden());
    }

    @Test
    void aProjectBoardIsSetUpOverTheApiAndAMalformedOneIsRefusedWith422() throws Exception {
        UUID initiative = org.ironbridge.portfolio.TestInitiatives.propose(mvc, people, jdbc,
                "Automatic number plate recognition refresh " + UUID.randomUUID());
        String design = jdbc.queryForObject("select id::text from board where name = 'Design and Delivery Board'", String.class);
        String malformed = """
                {"tier": "PROJECT_BOARD", "initiativeId": "%s", "members": ["pm", "nobody.here"], "quorum": 0,
                 "termsOfReference": "Delivers it.", "escalatesTo": "%s"}
                """.formatted(initiative, design);
        mvc.perform(post("/api/v1/boards").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .contentType(MediaType.APPLICATION_JSON).content(malformed))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.newMembers").value(org.hamcrest.Matchers.containsString("nobody.here")))
                .andExpect(jsonPath("$.errors.quorum").value("Quorum must be a whole number, such as 3"));
        String body = malformed.replace("\"nobody.here\"", "\"practitioner\"").replace("\"quorum\": 0", "\"quorum\": 2");
        String location = mvc.perform(post("/api/v1/boards").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tier").value("PROJECT_BOARD"))
                .andExpect(jsonPath("$.chairTitle").value("Senior Responsible Owner"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(SignedIn.as(people, "board.member"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.memberIds.length()").value(3)).andExpect(jsonPath("$.escalatesTo").value(design));
        mvc.perform(post("/api/v1/boards").with(csrf()).with(SignedIn.as(people, "board.chair"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    private String decision(List<String> present, String subject) {
        return """
                {"boardId": "%s", "subject": "%s", "outcome": "APPROVE", "rationale": "Because", "meetingDate": "2025-01-14",
                 "present": [%s]}
                """.formatted(changeBoard(), subject, present.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
    }

    private UUID changeBoard() {
        return jdbc.queryForObject("select id from board where name = 'Change Board'", UUID.class);
    }

    private List<String> members() {
        return jdbc.queryForList("select person_id::text from board_member where board_id = ? order by person_id",
                String.class, changeBoard());
    }
}
