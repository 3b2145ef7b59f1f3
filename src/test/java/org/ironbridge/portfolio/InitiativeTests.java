package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Proposing and changing initiatives: tiered, audited, and never half-saved or silently overwritten. */
@IronbridgeTest
class InitiativeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;

    @Test
    void aProposedInitiativeGetsAReferenceATierFromItsCostAndAnAuditedCollection() throws Exception {
        String title = "Body-worn video refresh " + UUID.randomUUID();
        String location = mvc.perform(propose("pmo", Map.of("title", title, "wholeLifeCost", "£300,000")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Map<String, Object> row = jdbc.queryForMap("select id, reference, tier, stage from initiative where title = ?", title);
        assertThat(location).isEqualTo("/portfolio/initiatives/" + row.get("id"));
        assertThat((String) row.get("reference")).matches("CHG-\\d{4}-\\d{3}");
        assertThat(row.get("tier")).isEqualTo("CHANGE_BOARD");
        assertThat(row.get("stage")).isEqualTo("MANDATE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Initiative' "
                + "and record_id = ? and operation = 'COLLECTION' and actor = 'pmo'", Integer.class,
                row.get("id").toString())).isEqualTo(1);
    }

    @Test
    void anAiInitiativeGoesToTheChangeBoardWhateverItCosts() throws Exception {
        String title = "Chatbot for the website " + UUID.randomUUID();
        mvc.perform(propose("practitioner", Map.of("title", title, "wholeLifeCost", "1000", "involvesAi", "yes")))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select tier from initiative where title = ?", String.class, title))
                .isEqualTo("CHANGE_BOARD");
    }

    @Test
    void hostileAndMalformedInputIsRefusedFieldByFieldWithTheInputKeptAndNothingSaved() throws Exception {
        long before = count();
        String page = mvc.perform(propose("pmo", Map.of("title", "x".repeat(10_000), "summary", "<script>alert(1)</script>",
                        "type", "SKUNKWORKS", "wholeLifeCost", "a lot", "riskScore", "99",
                        "sroId", UUID.randomUUID().toString(), "businessAreas", "'; drop table initiative; --")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Title must be 200 characters or fewer")
                .contains("Select the type of initiative").contains("Whole-life cost must be an amount in pounds")
                .contains("Risk score must be a whole number from 1 to 25")
                .contains("Select a Senior Responsible Owner from the list").contains("Select business areas from the list")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaffMemberCannotProposeAnInitiative() throws Exception {
        mvc.perform(propose("staff", Map.of("title", "Not allowed"))).andExpect(status().isForbidden());
    }

    @Test
    void theSroOfACommissionedInitiativeCannotBeRemoved() throws Exception {
        UUID id = andiEsra();
        String page = mvc.perform(edit("pmo", id, Map.of("sroId", ""))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("must keep a Senior Responsible Owner");
        assertThat(jdbc.queryForObject("select sro_id from initiative where id = ?", UUID.class, id)).isNotNull();
    }

    @Test
    void aSecondEditorWithAStaleFormIsToldWhatChangedAndOverwritesNothing() throws Exception {
        String title = "Concurrency test " + UUID.randomUUID();
        mvc.perform(propose("pmo", Map.of("title", title))).andExpect(status().isFound());
        UUID id = jdbc.queryForObject("select id from initiative where title = ?", UUID.class, title);
        int opened = jdbc.queryForObject("select version from initiative where id = ?", Integer.class, id);

        mvc.perform(edit("pmo", id, Map.of("title", title + " (renamed by the first analyst)", "version", "" + opened)))
                .andExpect(status().isFound());
        String page = mvc.perform(edit("practitioner", id, Map.of("title", title + " (second)", "version", "" + opened)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone else changed this initiative while you were editing")
                .contains("pmo changed this initiative").contains("(renamed by the first analyst)");
        assertThat(jdbc.queryForObject("select title from initiative where id = ?", String.class, id))
                .endsWith("(renamed by the first analyst)");
    }

    @Test
    void aProjectManagerMayEditTheirOwnInitiativeButNotAnotherOne() throws Exception {
        mvc.perform(get("/portfolio/initiatives/" + andiEsra() + "/edit").with(SignedIn.as(people, "pm")))
                .andExpect(status().isOk());
        UUID notTheirs = jdbc.queryForObject("select id from initiative where title like 'Operation Vanguard%'", UUID.class);
        mvc.perform(get("/portfolio/initiatives/" + notTheirs + "/edit").with(SignedIn.as(people, "pm")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProposalFromAnotherModuleKeepsItsSourceAndIsMadeOnlyOnce() {
        UUID force = jdbc.queryForObject("select id from force where code = 'WMP'", UUID.class);
        String source = UUID.randomUUID().toString();
        InitiativeProposal proposal = new InitiativeProposal(force, "ideas", source, "Idea made real",
                "An approved idea", InitiativeType.PROCESS_CHANGE, Set.of());
        InitiativeSummary first = portfolio.propose(proposal);
        InitiativeSummary second = portfolio.propose(proposal);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.stage()).isEqualTo(Stage.MANDATE);
        assertThat(jdbc.queryForObject("select count(*) from initiative where source_module = 'ideas' and source_id = ?",
                Integer.class, source)).isEqualTo(1);
    }

    @Test
    void theOverviewFiltersByStageAndTier() throws Exception {
        String page = mvc.perform(get("/portfolio").param("stage", "DELIVERY").param("tier", "CHANGE_BOARD")
                        .with(SignedIn.as(people, "board.chair")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Andi-Esra").doesNotContain("Operation Vanguard").doesNotContain("Microsoft Co-Pilot");
    }

    @Test
    void anOfficialSensitiveInitiativeIsHiddenFromThoseWithoutManagementVettingAndItsReadingIsLogged() throws Exception {
        String title = "Covert capability " + UUID.randomUUID();
        mvc.perform(propose("pmo", Map.of("title", title, "classification", "OFFICIAL_SENSITIVE"))).andExpect(status().isFound());
        UUID id = jdbc.queryForObject("select id from initiative where title = ?", UUID.class, title);
        mvc.perform(get("/portfolio/initiatives/" + id).with(SignedIn.as(people, "pmo"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ? and operation = 'CONSULTATION'",
                Integer.class, id.toString())).isEqualTo(1);
        jdbc.update("update person set vetting_level = 'RV' where username = 'iao'");
        try {
            mvc.perform(get("/portfolio/initiatives/" + id).with(SignedIn.as(people, "iao"))).andExpect(status().isNotFound());
            String overview = mvc.perform(get("/portfolio").with(SignedIn.as(people, "iao")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(overview).doesNotContain(title);
        } finally {
            jdbc.update("update person set vetting_level = 'MV' where username = 'iao'");
        }
    }

    private MockHttpServletRequestBuilder propose(String who, Map<String, String> fields) {
        return form(post("/portfolio/initiatives"), who, fields);
    }

    private MockHttpServletRequestBuilder edit(String who, UUID id, Map<String, String> fields) {
        Map<String, Object> current = jdbc.queryForMap("select title, summary, type, sro_id, project_manager_id, version, "
                + "classification from initiative where id = ?", id);
        Map<String, String> all = new java.util.HashMap<>();
        all.put("title", (String) current.get("title"));
        all.put("summary", (String) current.get("summary"));
        all.put("type", (String) current.get("type"));
        all.put("sroId", current.get("sro_id") == null ? "" : current.get("sro_id").toString());
        all.put("projectManagerId", current.get("project_manager_id") == null ? "" : current.get("project_manager_id").toString());
        all.put("version", current.get("version").toString());
        all.put("classification", (String) current.get("classification"));
        all.put("businessAreas", jdbc.queryForObject("select organisation_unit_id::text from initiative_business_area "
                + "where initiative_id = ? limit 1", String.class, id));
        all.putAll(fields);
        return form(post("/portfolio/initiatives/" + id), who, all);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String who, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("title", "An initiative", "summary",
                "Why it is needed", "type", "PROJECT", "classification", "OFFICIAL", "businessAreas", unit("IT-DIGITAL")));
        all.putAll(fields);
        request = request.with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    private String unit(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }

    private UUID andiEsra() {
        return jdbc.queryForObject("select id from initiative where title like 'Andi-Esra%'", UUID.class);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from initiative", Long.class);
    }
}
