package org.ironbridge.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
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

/** Change Papers: drafted by the initiative's team, returned by the automatic checks with notes, never overwritten. */
@IronbridgeTest
class PaperTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftFailingTheChecksGoesBackToItsAuthorWithANoteForEachGap() throws Exception {
        String title = "Copilot licences " + UUID.randomUUID();
        String paper = draft("pmo", Map.of("title", title, "initiativeId", initiative("Microsoft Co-Pilot"), "benefits", "Better"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(paper + "/checks").with(csrf()).with(SignedIn.as(people, "pmo"))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select status from paper where title = ?", String.class, title)).isEqualTo("RETURNED");
        String page = mvc.perform(get(paper).with(SignedIn.as(people, "pmo"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Returned to the author").contains("Measurable benefits")
                .contains("State at least one benefit with a measure and a target").contains("Senior Responsible Owner named")
                .contains("Failed");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Paper' and summary like ?",
                Integer.class, "Automatic checks on Change Paper % failed, returned to the author")).isPositive();
    }

    @Test
    void hostileAndMalformedInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        int before = papers();
        String page = draft("pmo", Map.of("title", "x".repeat(500), "kind", "BRIBE", "initiativeId", UUID.randomUUID().toString(),
                        "purpose", "<script>alert('paper')</script>", "amountRequested", "£1,2,3", "processesPersonalData", "perhaps",
                        "exceptionReportId", "'; drop table paper; --"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Select the initiative from the list")
                .contains("Select what the paper asks the board for").contains("Title must be 200 characters or fewer")
                .contains("Amount requested must be an amount in pounds").contains("Select whether the initiative processes personal data")
                .contains("&lt;script&gt;alert(&#39;paper&#39;)&lt;/script&gt;").doesNotContain("<script>alert('paper')");
        assertThat(papers()).isEqualTo(before);
    }

    @Test
    void aCommissionedInitiativeCannotBeCommissionedAgain() throws Exception {
        String page = draft("pmo", Map.of("initiativeId", initiative("Andi-Esra"), "kind", "COMMISSIONING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only an initiative at its mandate can be commissioned");
    }

    @Test
    void onlyTheInitiativesTeamWritesItsPapers() throws Exception {
        // The demo project manager manages Co-Pilot but not Digital Pocket Notebook, which has another team.
        draft("board.member", Map.of("initiativeId", initiative("Microsoft Co-Pilot"))).andExpect(status().isForbidden());
        String page = draft("sro", Map.of("initiativeId", initiative("Vape testing")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Select the initiative from the list");
    }

    @Test
    void twoAuthorsEditingTheSamePaperDoNotOverwriteEachOther() throws Exception {
        String title = "Two authors " + UUID.randomUUID();
        String paper = draft("pmo", Map.of("title", title, "initiativeId", initiative("Microsoft Co-Pilot")))
                .andReturn().getResponse().getRedirectedUrl();
        int version = jdbc.queryForObject("select version from paper where title = ?", Integer.class, title);
        mvc.perform(edit(paper, "pm", version, title, "First author's purpose")).andExpect(status().isFound());
        String second = mvc.perform(edit(paper, "practitioner", version, title, "Second author's purpose"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Someone else changed this paper").contains("pm changed this paper")
                .contains("First author&#39;s purpose");
        assertThat(jdbc.queryForObject("select purpose from paper where title = ?", String.class, title))
                .isEqualTo("First author's purpose");
    }

    @Test
    void aPaperCannotBeSubmittedBeforeItPassesTheChecks() throws Exception {
        String title = "Unchecked " + UUID.randomUUID();
        String paper = draft("pmo", Map.of("title", title, "initiativeId", initiative("Microsoft Co-Pilot")))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(post(paper + "/submission").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .param("meetingId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The paper must pass the automatic checks before it is submitted");
        assertThat(jdbc.queryForObject("select meeting_id from paper where title = ?", UUID.class, title)).isNull();
    }

    @Test
    void listingTheInitiativesAPersonMayWriteForIsNotLoggedAsConsultingThem() throws Exception {
        UUID sensitive = org.ironbridge.portfolio.TestInitiatives.propose(mvc, people, jdbc, "Covert tasking " + UUID.randomUUID());
        jdbc.update("update initiative set classification = 'OFFICIAL_SENSITIVE' where id = ?", sensitive);
        int before = consultations();
        mvc.perform(get("/governance/papers/new").with(SignedIn.as(people, "pmo"))).andExpect(status().isOk());
        mvc.perform(get("/governance/papers").with(SignedIn.as(people, "pmo"))).andExpect(status().isOk());
        assertThat(consultations()).isEqualTo(before);
    }

    private int consultations() {
        return jdbc.queryForObject("select count(*) from audit_event where operation = 'CONSULTATION' and actor = 'pmo'",
                Integer.class);
    }

    private MockHttpServletRequestBuilder edit(String paper, String who, int version, String title, String purpose) {
        return post(paper).with(csrf()).with(SignedIn.as(people, who)).param("version", "" + version)
                .param("kind", "COMMISSIONING").param("title", title).param("purpose", purpose)
                .param("processesPersonalData", "yes");
    }

    private org.springframework.test.web.servlet.ResultActions draft(String who, Map<String, String> fields) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("kind", "COMMISSIONING", "title", "A paper",
                "purpose", "To commission the initiative", "processesPersonalData", "yes"));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/governance/papers").with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return mvc.perform(request);
    }

    private String initiative(String titleStart) {
        return jdbc.queryForObject("select id::text from initiative where title like ?", String.class, titleStart + "%");
    }

    private int papers() {
        return jdbc.queryForObject("select count(*) from paper", Integer.class);
    }
}
