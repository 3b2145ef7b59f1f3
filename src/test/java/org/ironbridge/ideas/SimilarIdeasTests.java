package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
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
 * As someone writes an idea, the portal shows up to five published ideas and initiatives like it, each with
 * where it stands and what became of it; without JavaScript the same list comes from "Check for similar ideas",
 * which keeps what was typed and saves nothing.
 */
@IronbridgeTest
class SimilarIdeasTests {

    private static final Random RANDOM = new Random();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyDistinctiveWordOfTheTitleOrProblemFindsAPublishedIdeaWithItsStatusButNeverADraft() throws Exception {
        String word = word();
        String other = word();
        UUID published = submitted("staff", "Tablet sign-in for " + word + " visitors");
        UUID draft = draft("staff", "Paper sign-in for " + other + " visitors");

        String fragment = fragment("practitioner", "Some " + word + " thing nobody else wrote", "");
        assertThat(fragment).contains("Similar ideas and initiatives").contains("Tablet sign-in for " + word + " visitors")
                .contains("/ideas/" + published).contains("Submitted").doesNotContain("<html");
        assertThat(fragment("practitioner", "Unrelated title", "In the problem we say " + word + " once"))
                .contains("/ideas/" + published);
        assertThat(fragment("staff", "Paper sign-in for " + other, "")).doesNotContain("/ideas/" + draft);
        assertThat(fragment("staff", "Tablet sign-in for " + word, "")).contains("/ideas/" + published);
        assertThat(mvc.perform(get("/ideas/similar").param("title", "Tablet sign-in for " + word)
                        .param("except", published.toString()).with(SignedIn.as(people, "staff")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/ideas/" + published);
    }

    @Test
    void aTitleSpeltAlikeIsFoundByTrigramsEvenWithoutACommonWord() throws Exception {
        String word = word();
        UUID published = submitted("pm", word);
        String typo = word.substring(0, word.length() - 1) + (word.endsWith("q") ? "x" : "q");
        assertThat(fragment("staff", typo, "")).contains("/ideas/" + published);
    }

    @Test
    void aDeclinedIdeaSaysWhenAndWhyADuplicatePointsToItsOriginalAndAnApprovedOneToItsInitiative() throws Exception {
        String word = word();
        UUID declined = submitted("staff", "Drone patrols of " + word + " parks");
        UUID reason = UUID.randomUUID();
        jdbc.update("insert into idea_decline_reason (id, force_id, code, label, active, position) "
                + "select ?, force_id, ?, 'Not affordable this year', true, 99 from idea where id = ?",
                reason, "TEST_" + word.toUpperCase(), declined);
        jdbc.update("update idea set status = 'DECLINED', decline_reason_id = ?, decided_at = '2026-03-12T10:00:00Z', "
                + "answer = 'The drone team has no capacity until 2027.' where id = ?", reason, declined);
        UUID original = submitted("staff", "Drone patrols over " + word + " car parks");
        UUID duplicate = submitted("pm", "Drones above " + word + " parks");
        jdbc.update("update idea set status = 'DUPLICATE', duplicate_of_id = ?, decided_at = now() where id = ?",
                original, duplicate);
        UUID approved = submitted("sro", "Drone footage library for " + word);
        String andiEsra = jdbc.queryForObject("select id::text from initiative where title like 'Andi-Esra%'", String.class);
        jdbc.update("update idea set status = 'APPROVED', initiative_id = ?::uuid, decided_at = now() where id = ?",
                andiEsra, approved);

        String shown = fragment("practitioner", "Drone " + word, "");
        assertThat(shown).contains("Considered in March 2026 and declined: Not affordable this year – "
                        + "The drone team has no capacity until 2027.")
                .contains("A duplicate of").contains("href=\"/ideas/" + original + "\"")
                .contains("Became the initiative").contains("Andi-Esra").contains("href=\"/portfolio/initiatives/" + andiEsra + "\"");
        assertThat(fragment("staff", "Drone " + word, "")).contains("Andi-Esra")
                .doesNotContain("href=\"/portfolio/initiatives/");
    }

    @Test
    void initiativesOfThePortfolioAreSuggestedWithTheirStage() throws Exception {
        String andiEsra = jdbc.queryForObject("select id::text from initiative where title like 'Andi-Esra%'", String.class);
        String shown = fragment("practitioner", "AI voice assistant for 101 calls", "");
        assertThat(shown).contains("Andi-Esra").contains("Initiative: ").contains("/portfolio/initiatives/" + andiEsra);
    }

    @Test
    void withoutJavaScriptCheckingForSimilarIdeasKeepsTheInputShowsTheListAndSavesNothing() throws Exception {
        String word = word();
        UUID published = submitted("staff", "Shared diary for " + word + " officers");
        int ideas = count();
        String page = mvc.perform(form("pm", "/ideas", Map.of("title", "Diary for " + word, "problem", "<b>bold</b> problem",
                        "action", "check"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Submit an idea").contains("value=\"Diary for " + word + "\"")
                .contains("&lt;b&gt;bold&lt;/b&gt; problem").contains("/ideas/" + published)
                .contains("aria-live=\"polite\"").contains("hx-get=\"/ideas/similar");
        assertThat(count()).isEqualTo(ideas);

        UUID mine = draft("pm", "Diary for " + word);
        int version = jdbc.queryForObject("select version from idea where id = ?", Integer.class, mine);
        String editing = mvc.perform(form("pm", "/ideas/" + mine, Map.of("title", "Shared diary for " + word + " (changed)",
                        "action", "check", "version", "" + version))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(editing).contains("Change your idea").contains("(changed)").contains("/ideas/" + published)
                .doesNotContain(jdbc.queryForObject("select reference from idea where id = ?", String.class, mine)
                        + " Diary for " + word)
                .contains("hx-get=\"/ideas/similar?except=" + mine + "\"");
        assertThat(jdbc.queryForObject("select title from idea where id = ?", String.class, mine)).isEqualTo("Diary for " + word);
        assertThat(jdbc.queryForObject("select version from idea where id = ?", Integer.class, mine)).isEqualTo(version);
    }

    @Test
    void hostileAndMalformedInputIsReadAsWordsAndEscaped() throws Exception {
        for (String hostile : new String[] {"<script>alert(1)</script>", "x".repeat(10_000), "' or 1=1; drop table idea; --",
                "a & | ! ( ) : * \\ ' \"", "", "  ", "\u0000\u0002"}) {
            String shown = mvc.perform(get("/ideas/similar").param("title", hostile).param("problem", hostile)
                            .param("except", "not-an-id").with(SignedIn.as(people, "staff")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(shown).doesNotContain("<script>");
        }
        assertThat(count()).isPositive();
        String page = mvc.perform(form("staff", "/ideas", Map.of("title", "<script>alert(1)</script>", "action", "check")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    private String fragment(String who, String title, String problem) throws Exception {
        return mvc.perform(get("/ideas/similar").param("title", title).param("problem", problem)
                        .header("HX-Request", "true").with(SignedIn.as(people, who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID submitted(String who, String title) throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of("title", title,
                "problem", "Officers lose time every shift because of it.", "proposedChange", "Change it.",
                "expectedBenefit", "Time saved.", "businessAreaId", area(), "action", "submit"));
        return created(form(who, "/ideas", fields));
    }

    private UUID draft(String who, String title) throws Exception {
        return created(form(who, "/ideas", Map.of("title", title, "action", "draft")));
    }

    private UUID created(MockHttpServletRequestBuilder request) throws Exception {
        String url = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder form(String who, String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(people, who));
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("formToken", UUID.randomUUID().toString());
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    private String area() {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = 'INVESTIGATIONS'", String.class);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from idea", Integer.class);
    }

    /** A made-up word of letters only, so that full-text search treats it as one rare word. */
    private static String word() {
        StringBuilder word = new StringBuilder("zy");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
