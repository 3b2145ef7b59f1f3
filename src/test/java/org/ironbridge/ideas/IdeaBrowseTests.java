package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The ideas page sorts by support and filters by submission date, without JavaScript, with bad dates explained. */
@IronbridgeTest
class IdeaBrowseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mostSupportedPutsTheIdeaWithMostDistinctSupportersFirst() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        String word = "kestrel" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID less = ideas.submit("staff", "Fewer " + word + " forms", false);
        UUID more = ideas.submit("staff", "More " + word + " forms", false);
        mvc.perform(ideas.form("pm", "/ideas/" + less + "/support")).andExpect(status().isFound());
        for (String who : new String[] {"pm", "pmo", "dpo"}) {
            mvc.perform(ideas.form(who, "/ideas/" + more + "/support")).andExpect(status().isFound());
        }
        String page = ideas.page("auditor", "/ideas?q=" + word + "&sort=MOST_SUPPORTED");
        assertThat(page).contains("Most supported").contains("3 supporters").contains("1 supporter<").doesNotContain("1 supporters");
        assertThat(page.indexOf("More <mark>")).isPositive().isLessThan(page.indexOf("Fewer <mark>"));
        assertThat(ideas.page("auditor", "/ideas?q=" + word + "&sort=NEWEST").indexOf("More <mark>"))
                .isLessThan(ideas.page("auditor", "/ideas?q=" + word + "&sort=NEWEST").indexOf("Fewer <mark>"));
    }

    @Test
    void submissionDatesFilterTheIdeasAndImpossibleDatesAreExplainedWithTheInputKept() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        String word = "heron" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID old = ideas.submit("staff", "Older " + word + " idea", false);
        ideas.submit("staff", "Newer " + word + " idea", false);
        jdbc.update("update idea set submitted_at = '2024-06-15T10:00:00Z' where id = ?", old);

        String range = ideas.page("pm", "/ideas?q=" + word + "&fromDay=1&fromMonth=6&fromYear=2024&toDay=30&toMonth=6&toYear=2024");
        assertThat(range).contains("Older <mark>").doesNotContain("Newer <mark>").doesNotContain("There is a problem");

        String impossible = ideas.page("pm", "/ideas?q=" + word + "&fromDay=31&fromMonth=2&fromYear=2026");
        assertThat(impossible).contains("<title>Error: Ideas").contains("There is a problem")
                .contains("Submitted from must be a real date").contains("href=\"#from\"").contains("value=\"31\"");
        String backwards = ideas.page("pm", "/ideas?q=" + word + "&fromDay=1&fromMonth=3&fromYear=2026&toDay=1&toMonth=2&toYear=2026");
        assertThat(backwards).contains("Submitted to must be the same as or after submitted from");
        String partial = ideas.page("pm", "/ideas?toDay=1&toYear=<script>");
        assertThat(partial).contains("Submitted to must include a day, month and year").doesNotContain("<script>");
        assertThat(ideas.page("pm", "/ideas?fromDay=1&fromMonth=1&fromYear=99999999999")).contains("Submitted from must be a real date");
    }
}
