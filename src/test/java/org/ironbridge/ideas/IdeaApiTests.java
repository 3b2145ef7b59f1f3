package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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

/** Ideas over the API: the same rules as the pages, and never the name of an anonymous submitter. */
@IronbridgeTest
class IdeaApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIdeaSubmittedOverTheApiIsCreatedOnceReadBackAndItsAnonymousSubmitterIsNeverShown() throws Exception {
        String title = "Automatic reminders for overdue property returns " + UUID.randomUUID();
        String body = idea(title, UUID.randomUUID().toString(), area("INVESTIGATIONS"), true);
        String location = mvc.perform(post("/api/v1/ideas").with(csrf()).with(SignedIn.as(people, "board.member"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("IDEA-")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn().getResponse().getHeader("Location");
        String again = mvc.perform(post("/api/v1/ideas").with(csrf()).with(SignedIn.as(people, "board.member"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(again).isEqualTo(location);
        assertThat(jdbc.queryForObject("select count(*) from idea where title = ?", Integer.class, title)).isOne();

        String name = jdbc.queryForObject("select display_name from person where username = 'board.member'", String.class);
        String read = mvc.perform(get(location).with(SignedIn.as(people, "staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title)).andExpect(jsonPath("$.submittedBy").value("Anonymous"))
                .andExpect(jsonPath("$.nextStep").value(IdeaStatus.SUBMITTED.nextStep()))
                .andReturn().getResponse().getContentAsString();
        assertThat(read).doesNotContain(name).doesNotContain("submitterId");
        String listed = mvc.perform(get("/api/v1/ideas?sort=NEWEST").with(SignedIn.as(people, "staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pageSize").value(20))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains(title).doesNotContain(name);
    }

    @Test
    void aMalformedOrHostileIdeaIsRefusedWith422AndTheReasonsAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from idea", Integer.class);
        mvc.perform(post("/api/v1/ideas").with(csrf()).with(SignedIn.as(people, "staff")).contentType(MediaType.APPLICATION_JSON)
                        .content(idea("x".repeat(10_000), UUID.randomUUID().toString(), "'; drop table idea; --", false)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.title").value("Title must be 150 characters or fewer"))
                .andExpect(jsonPath("$.errors.businessAreaId").value("Select the business area from the list"));
        mvc.perform(post("/api/v1/ideas").with(csrf()).with(SignedIn.as(people, "staff")).contentType(MediaType.APPLICATION_JSON)
                        .content(idea("<script>alert(1)</script>", null, area("INVESTIGATIONS"), false)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.formToken").value(containsString("a UUID you choose")));
        mvc.perform(post("/api/v1/ideas").with(SignedIn.as(people, "staff")).contentType(MediaType.APPLICATION_JSON)
                        .content(idea("No CSRF token", UUID.randomUUID().toString(), area("INVESTIGATIONS"), false)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ideas?from=2026-02-31").with(SignedIn.as(people, "staff")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors.from").exists());
        mvc.perform(get("/api/v1/ideas?from=2026-03-01&to=2026-02-01").with(SignedIn.as(people, "staff")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors.to").exists());
        assertThat(jdbc.queryForObject("select count(*) from idea", Integer.class)).isEqualTo(before);
    }

    @Test
    void anotherForcesIdeaADraftAndAnUnknownIdeaAreNotFound() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        UUID published = ideas.submit("staff", "Visible only in West Midlands " + UUID.randomUUID(), false);
        UUID draft = ideas.draft("staff", "A draft nobody else sees " + UUID.randomUUID());
        mvc.perform(get("/api/v1/ideas/" + published).with(SignedIn.as(people, "wm.admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/ideas/" + published + "/support").with(csrf()).with(SignedIn.as(people, "wm.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ideas/" + draft).with(SignedIn.as(people, "pm"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ideas/" + UUID.randomUUID()).with(SignedIn.as(people, "pm"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ideas/" + draft).with(SignedIn.as(people, "staff"))).andExpect(status().isOk());
    }

    @Test
    void colleaguesSupportAndWithdrawOverTheApiButNotTheirOwnIdea() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        UUID id = ideas.submit("sro", "Shared calendar of force events " + UUID.randomUUID(), false);
        mvc.perform(post("/api/v1/ideas/" + id + "/support").with(csrf()).with(SignedIn.as(people, "ethics")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supporting").value(true))
                .andExpect(jsonPath("$.supporters").value(1));
        mvc.perform(post("/api/v1/ideas/" + id + "/support").with(csrf()).with(SignedIn.as(people, "ethics")))
                .andExpect(jsonPath("$.supporters").value(1));
        mvc.perform(post("/api/v1/ideas/" + id + "/support").with(csrf()).with(SignedIn.as(people, "sro")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.support").value(startsWith("You cannot support your own idea")));
        mvc.perform(get("/api/v1/ideas/" + id).with(SignedIn.as(people, "staff")))
                .andExpect(jsonPath("$.supporters").value(1))
                .andExpect(jsonPath("$.supportersByUnit[0].unit").value("Corporate Development"));
        mvc.perform(delete("/api/v1/ideas/" + id + "/support").with(csrf()).with(SignedIn.as(people, "ethics")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supporting").value(false))
                .andExpect(jsonPath("$.supporters").value(0));
    }

    @Test
    void searchGivesPlainTextWithThePositionsOfTheMatchesAndTreatsHostileInputAsWords() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        String marker = "zebracrossing" + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
        ideas.submit("staff", "Safer " + marker + " outside <schools> & colleges", false);
        mvc.perform(get("/api/v1/ideas/search").param("q", marker).with(SignedIn.as(people, "pm")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].title").value("Safer " + marker + " outside <schools> & colleges"))
                .andExpect(jsonPath("$.hits[0].titleMatches[0].start").value(6))
                .andExpect(jsonPath("$.hits[0].titleMatches[0].end").value(6 + marker.length()));
        mvc.perform(get("/api/v1/ideas/search").param("q", "' or 1=1; drop table idea; --").with(SignedIn.as(people, "pm")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    private String idea(String title, String token, String area, boolean anonymous) {
        return """
                {"title": "%s", "problem": "Property officers chase overdue returns by hand every week.",
                 "proposedChange": "Send reminders automatically.", "expectedBenefit": "Hours saved.",
                 "hoursSavedPerMonth": 30, "businessAreaId": "%s", "anonymous": %s%s}
                """.formatted(title, area, anonymous, token == null ? "" : ", \"formToken\": \"" + token + "\"");
    }

    private String area(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }
}
