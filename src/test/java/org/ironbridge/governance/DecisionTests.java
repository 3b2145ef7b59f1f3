package org.ironbridge.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recording decisions: only with quorum, never edited, superseded instead, and all on record. */
@IronbridgeTest
class DecisionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuorateDecisionIsRecordedWithAReferenceAndAudited() throws Exception {
        String subject = "Approve the Windows 11 schedule " + UUID.randomUUID();
        mvc.perform(decision("pmo", Map.of("subject", List.of(subject)))).andExpect(status().isFound());
        Map<String, Object> row = jdbc.queryForMap("select id, reference, members_present, quorum, recorded_by "
                + "from decision where subject = ?", subject);
        assertThat((String) row.get("reference")).matches("DEC-2025-\\d{3}");
        assertThat(row.get("members_present")).isEqualTo(3);
        assertThat(row.get("recorded_by")).isEqualTo("pmo");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Decision' and record_id = ?",
                Integer.class, row.get("id").toString())).isEqualTo(1);
    }

    @Test
    void aDecisionWithoutQuorumIsRefusedAndNothingIsRecorded() throws Exception {
        String subject = "Inquorate " + UUID.randomUUID();
        String page = mvc.perform(decision("board.chair", Map.of("subject", List.of(subject),
                        "present", members().subList(0, 2))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The board was not quorate: 2 of its 5 members were present and its quorum is 3");
        assertThat(jdbc.queryForObject("select count(*) from decision where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void hostileAndMalformedInputIsRefusedFieldByField() throws Exception {
        String page = mvc.perform(decision("pmo", Map.of("subject", List.of("x".repeat(10_000)),
                        "outcome", List.of("RUBBER_STAMP"), "rationale", List.of(" "), "day", List.of("31"),
                        "month", List.of("2"), "initiativeId", List.of("not-an-id"),
                        "present", List.of(UUID.randomUUID().toString()), "supersedesId", List.of(UUID.randomUUID().toString()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Subject must be 200 characters or fewer").contains("Select the outcome")
                .contains("Enter the reasons for the decision").contains("Meeting date must be a real date")
                .contains("Select the initiative from the list").contains("Select the members present from the list")
                .contains("Select the earlier decision of this board from the list");
    }

    @Test
    void aDecisionInTheFutureIsRefused() throws Exception {
        String page = mvc.perform(decision("pmo", Map.of("year", List.of("2999"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Meeting date must be today or in the past");
    }

    @Test
    void aRecordedDecisionCannotBeEditedOrDeletedOnlySuperseded() throws Exception {
        String subject = "To be superseded " + UUID.randomUUID();
        mvc.perform(decision("pmo", Map.of("subject", List.of(subject)))).andExpect(status().isFound());
        UUID first = jdbc.queryForObject("select id from decision where subject = ?", UUID.class, subject);
        assertThatThrownBy(() -> jdbc.update("update decision set outcome = 'REJECT' where id = ?", first))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from decision where id = ?", first))
                .rootCause().hasMessageContaining("append-only");

        mvc.perform(decision("pmo", Map.of("subject", List.of("Superseding " + subject), "outcome", List.of("STOP"),
                "supersedesId", List.of(first.toString())))).andExpect(status().isFound());
        String register = mvc.perform(get("/governance/decisions").param("q", subject)
                        .with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("Superseded by").contains("Supersedes").contains("2 decisions");
    }

    @Test
    void boardMembersCanReadTheRegisterButOnlyTheSecretariatAndChairsRecord() throws Exception {
        mvc.perform(get("/governance/decisions").with(SignedIn.as(people, "board.member"))).andExpect(status().isOk());
        mvc.perform(decision("board.member", Map.of())).andExpect(status().isForbidden());
        mvc.perform(get("/governance/decisions").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
    }

    @Test
    void theRegisterShowsTheDemoStoryAcrossBoards() throws Exception {
        String page = mvc.perform(get("/governance/decisions").with(SignedIn.as(people, "board.chair")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Commission Andi-Esra").contains("Change Paper: enabling Microsoft Co-Pilot")
                .contains("Design and Delivery Board").contains("Andi-Esra Project Board");
    }

    @Test
    void theDemoWindows11BudgetWasApprovedByAChangeBoardDecisionOnAFinancialRequest() throws Exception {
        Map<String, Object> decision = jdbc.queryForMap("select d.reference, d.initiative_id, p.kind from decision d "
                + "join paper p on p.id = d.paper_id where d.subject like 'Windows 11 roll-out: funding%'");
        assertThat(decision.get("kind")).isEqualTo("FINANCIAL_REQUEST");
        String delivery = mvc.perform(get("/portfolio/initiatives/" + decision.get("initiative_id") + "/delivery")
                        .with(SignedIn.as(people, "board.member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(delivery).contains("£350,000").contains((String) decision.get("reference"));
    }

    private MockHttpServletRequestBuilder decision(String who, Map<String, List<String>> fields) {
        Map<String, List<String>> all = new HashMap<>(Map.of("subject", List.of("A decision"),
                "outcome", List.of("APPROVE"), "rationale", List.of("Because"), "day", List.of("14"),
                "month", List.of("1"), "year", List.of("2025"), "present", members().subList(0, 3)));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/governance/boards/" + changeBoard() + "/decisions").with(csrf())
                .with(SignedIn.as(people, who));
        for (Map.Entry<String, List<String>> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue().toArray(String[]::new));
        }
        return request;
    }

    private UUID changeBoard() {
        return jdbc.queryForObject("select id from board where name = 'Change Board'", UUID.class);
    }

    private List<String> members() {
        return jdbc.queryForList("select person_id::text from board_member where board_id = ? order by person_id",
                String.class, changeBoard());
    }
}
