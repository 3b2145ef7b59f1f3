package org.ironbridge.prioritisation;

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

/**
 * Assessors score an idea under assessment: each model with why, the mean and spread between assessors, their
 * disagreement flagged; bad input, stale forms, ideas not under assessment and staff are refused.
 */
@IronbridgeTest
class IdeaScoringTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoAssessorsScoreAndTheSpreadAndTheirDisagreementAreShown() throws Exception {
        UUID idea = ideaUnderAssessment("Body-worn video upload at the station door");
        mvc.perform(score("practitioner", idea, fullScoring(Map.of()))).andExpect(status().isFound());
        mvc.perform(score("pmo", idea, fullScoring(Map.of("ratings[0]", "1", "ratings[1]", "1", "ratings[2]", "3",
                        "riceReach", "500", "riceConfidence", "50", "iceImpact", "2", "iceConfidence", "3", "iceEase", "4",
                        "moscow", "COULD"))))
                .andExpect(status().isFound());
        String page = page("practitioner", "/ideas/" + idea + "/assessment");
        assertThat(page).contains("2 assessors scored it")
                // practitioner: 25×4 + 20×3 + 15×5 + 15×2 + 15×4 + 10×3 = 355 of 500 = 71%
                .contains("Public benefit 4 of 5 × 25%").contains("= 355 of 500 = 71%")
                // pmo: 25×1 + 20×1 + 15×3 + 15×2 + 15×4 + 10×3 = 210 of 500 = 42%
                .contains("= 210 of 500 = 42%")
                .contains("Mean across assessors").contains("56.5%").contains("29 percentage points")
                .contains("2,000 reach × 2 impact × 80% confidence ÷ 4 person-months = 800")
                .contains("500 reach × 2 impact × 50% confidence ÷ 4 person-months = 125")
                .contains("(7 impact + 5 confidence + 9 ease) ÷ 3 = 7")
                .contains("(8 business value + 5 time criticality + 3 risk reduction) ÷ 5 job size = 16 ÷ 5 = 3.2")
                .contains("Assessors disagree").contains("scores more than 20 percentage points apart")
                .contains("<strong>mean</strong> (not their product)")
                .contains("Morgan Okafor").contains("Priya Bennett");
        String shortlist = page("pmo", "/prioritisation/shortlist");
        assertThat(shortlist).contains("Body-worn video upload at the station door").contains("56.5%")
                .contains("Disagree: Weighted scoring matrix, RICE, ICE, MoSCoW");
        String chart = page("practitioner", "/prioritisation/value-effort");
        assertThat(chart).contains("role=\"img\"").contains("<title id=\"chart-title\">").contains("<desc id=\"chart-desc\">")
                .contains(reference(idea)).contains("56.5%").contains("4 person-months (RICE)")
                .contains("Fill-in (low value, low effort)");
        assertThat(audited(idea)).isEqualTo(2);
    }

    @Test
    void anAssessorRevisesTheirOwnScoringAndTheRevisionIsAudited() throws Exception {
        UUID idea = ideaUnderAssessment("Automatic reminders for property returns");
        mvc.perform(score("practitioner", idea, Map.of("iceImpact", "7", "iceConfidence", "5", "iceEase", "9")))
                .andExpect(status().isFound());
        assertThat(page("practitioner", "/ideas/" + idea + "/assessment/score")).contains("Change your scores")
                .contains("value=\"7\"");
        mvc.perform(score("practitioner", idea, Map.of("version", "0", "iceImpact", "4", "iceConfidence", "5",
                "iceEase", "9"))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from idea_score where idea_id = ?", Integer.class, idea)).isOne();
        assertThat(page("pmo", "/ideas/" + idea + "/assessment")).contains("(4 impact + 5 confidence + 9 ease) ÷ 3 = 6");
        assertThat(jdbc.queryForObject("select summary from audit_event where record_type = 'IdeaScore' and operation = 'ALTERATION' "
                + "and record_id = (select id::text from idea_score where idea_id = ?)", String.class, idea))
                .startsWith("Revised the scoring of idea");
    }

    @Test
    void hostileAndMalformedScoresAreRefusedWithAnErrorSummaryAndNothingIsSaved() throws Exception {
        UUID idea = ideaUnderAssessment("Digital pocket notebooks for PCSOs");
        Map<String, String> hostile = new HashMap<>(Map.of("riceReach", "-1", "riceImpact", "0.3", "riceConfidence", "90",
                "riceEffort", "0", "iceImpact", "11", "iceConfidence", "<script>alert(1)</script>", "iceEase", "5",
                "wsjfValue", "4", "moscow", "'; drop table idea_score; --", "rationale", "x".repeat(10_000)));
        hostile.put("ratings[0]", "6");
        hostile.put("ratings[1]", "<b>3</b>");
        String page = mvc.perform(score("practitioner", idea, hostile)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Reach must be a whole number from 0 to 10,000,000")
                .contains("Impact must be 0.25, 0.5, 1, 2 or 3").contains("Confidence must be 50%, 80% or 100%")
                .contains("Effort must be more than 0 and at most 1,000 person-months")
                .contains("ICE impact must be a whole number from 1 to 10")
                .contains("ICE confidence must be a whole number from 1 to 10")
                .contains("Choose the business value from 1, 2, 3, 5, 8, 13 or 20")
                .contains("Complete every part of WSJF, or leave them all empty: choose the time criticality")
                .contains("Choose Must have, Should have, Could have or Won&#39;t have this time")
                .contains("Why you scored it this way must be 2,000 characters or fewer")
                .contains("Rate public benefit from 1 to 5")
                .contains("Rate cost saving from 1 to 5, or leave every criterion of the matrix unrated")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("<title>Error: ");
        String half = mvc.perform(score("practitioner", idea, Map.of("riceReach", "2000", "riceImpact", "2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(half).contains("Complete every part of RICE, or leave them all empty: choose the confidence")
                .contains("Complete every part of RICE, or leave them all empty: enter the effort");
        String empty = mvc.perform(score("practitioner", idea, Map.of())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Fill in at least one scoring model");
        String forged = mvc.perform(score("practitioner", idea, Map.of("criteriaVersion", "999", "moscow", "MUST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forged).contains("scoring criteria or weights changed while you were scoring");
        assertThat(jdbc.queryForObject("select count(*) from idea_score where idea_id = ?", Integer.class, idea)).isZero();
        assertThat(audited(idea)).isZero();
    }

    @Test
    void staffCannotReadOrGiveScores() throws Exception {
        UUID idea = ideaUnderAssessment("Shared calendar for custody inspections");
        mvc.perform(get("/ideas/" + idea + "/assessment").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
        mvc.perform(score("staff", idea, Map.of("moscow", "MUST"))).andExpect(status().isForbidden());
        mvc.perform(get("/prioritisation/shortlist").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/prioritisation/settings").with(SignedIn.as(people, "practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/ideas/" + UUID.randomUUID() + "/assessment").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from idea_score where idea_id = ?", Integer.class, idea)).isZero();
    }

    @Test
    void anIdeaNotUnderAssessmentCannotBeScored() throws Exception {
        UUID idea = submittedIdea("Online appointments at front counters");
        mvc.perform(get("/ideas/" + idea + "/assessment/score").with(SignedIn.as(people, "practitioner")))
                .andExpect(status().isFound());
        mvc.perform(score("practitioner", idea, Map.of("moscow", "MUST"))).andExpect(status().isFound());
        String page = mvc.perform(get("/ideas/" + idea + "/assessment").with(SignedIn.as(people, "practitioner"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only ideas under assessment or shortlisted can be scored").doesNotContain("Score this idea");
        assertThat(jdbc.queryForObject("select count(*) from idea_score where idea_id = ?", Integer.class, idea)).isZero();
    }

    @Test
    void aRevisionFromAStaleFormIsRefusedAndShowsWhatChanged() throws Exception {
        UUID idea = ideaUnderAssessment("Speech-to-text for witness statements");
        mvc.perform(score("pmo", idea, Map.of("moscow", "SHOULD"))).andExpect(status().isFound());
        // Two windows open at version 0; the first saves Must have.
        mvc.perform(score("pmo", idea, Map.of("version", "0", "moscow", "MUST"))).andExpect(status().isFound());
        String stale = mvc.perform(score("pmo", idea, Map.of("version", "0", "moscow", "WONT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("changed in another window or session").contains("Nothing you entered has been saved")
                .contains("MoSCoW: from Should have to Must have");
        // A second first scoring (a form opened before the first was saved) is refused too.
        String again = mvc.perform(score("pmo", idea, Map.of("iceImpact", "5", "iceConfidence", "5", "iceEase", "5")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("changed in another window or session");
        assertThat(jdbc.queryForObject("select moscow from idea_score where idea_id = ?", String.class, idea)).isEqualTo("MUST");
    }

    @Test
    void anOfficialSensitiveIdeaIsHiddenFromAnAssessorWithoutTheVettingForIt() throws Exception {
        UUID idea = ideaUnderAssessment("Covert tasking log for source handlers");
        jdbc.update("update idea set classification = 'OFFICIAL_SENSITIVE' where id = ?", idea);
        assertThat(page("pmo", "/prioritisation/shortlist")).contains("Covert tasking log for source handlers");
        page("pmo", "/ideas/" + idea + "/assessment");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ? "
                + "and operation = 'CONSULTATION'", Integer.class, idea.toString())).isOne();
        jdbc.update("update person set vetting_level = 'RV' where username = 'practitioner'");
        try {
            assertThat(page("practitioner", "/prioritisation/shortlist")).doesNotContain("Covert tasking log");
            mvc.perform(get("/ideas/" + idea + "/assessment").with(SignedIn.as(people, "practitioner")))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.update("update person set vetting_level = 'MV' where username = 'practitioner'");
        }
    }

    private Map<String, String> fullScoring(Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>();
        String[] ratings = {"4", "3", "5", "2", "4", "3"};
        for (int i = 0; i < ratings.length; i++) {
            fields.put("ratings[" + i + "]", ratings[i]);
        }
        fields.putAll(Map.of("riceReach", "2,000", "riceImpact", "2", "riceConfidence", "80", "riceEffort", "4",
                "iceImpact", "7", "iceConfidence", "5", "iceEase", "9"));
        fields.putAll(Map.of("wsjfValue", "8", "wsjfTime", "5", "wsjfRisk", "3", "wsjfSize", "5", "moscow", "MUST",
                "rationale", "Frees officers' time at every station."));
        fields.putAll(overrides);
        return fields;
    }

    private MockHttpServletRequestBuilder score(String who, UUID idea, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/ideas/" + idea + "/assessment/score").with(csrf())
                .with(SignedIn.as(people, who));
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("criteriaVersion", "" + criteriaVersion());
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    private int criteriaVersion() {
        return jdbc.queryForObject("select s.version from prioritisation_setting s join force f on f.id = s.force_id "
                + "where f.code = 'WMP'", Integer.class);
    }

    private UUID ideaUnderAssessment(String title) throws Exception {
        UUID id = submittedIdea(title);
        jdbc.update("update idea set status = 'UNDER_ASSESSMENT' where id = ?", id);
        return id;
    }

    private UUID submittedIdea(String title) throws Exception {
        page("practitioner", "/prioritisation/shortlist"); // the force's default settings exist from here on
        String url = mvc.perform(post("/ideas").with(csrf()).with(SignedIn.as(people, "staff"))
                        .param("title", title + " " + UUID.randomUUID().toString().substring(0, 8))
                        .param("problem", "Officers lose time every shift.").param("proposedChange", "Change it.")
                        .param("expectedBenefit", "Time released.").param("businessAreaId", jdbc.queryForObject(
                                "select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                                        + "where f.code = 'WMP' and u.code = 'INVESTIGATIONS'", String.class))
                        .param("formToken", UUID.randomUUID().toString()).param("action", "submit"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private String reference(UUID idea) {
        return jdbc.queryForObject("select reference from idea where id = ?", String.class, idea);
    }

    private int audited(UUID idea) {
        return jdbc.queryForObject("select count(*) from audit_event where record_type = 'IdeaScore' and record_id in "
                + "(select id::text from idea_score where idea_id = ?)", Integer.class, idea);
    }

    private String page(String who, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "";
    }
}
