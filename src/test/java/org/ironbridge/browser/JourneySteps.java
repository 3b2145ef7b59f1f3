package org.ironbridge.browser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the long browser journeys share: pressing a page's buttons, answering "why are you reading this?", and
 * putting on record, through the same forms the team uses, what a Change Paper's general checks need when the
 * journey is about something else.
 */
record JourneySteps(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {

    /** Presses the last button of the page's form: the one that saves it. */
    static void submit(Page page) {
        page.locator("main form[method=post] button.govuk-button").last().click();
    }

    static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    /** Answers "why are you reading this?" when it is asked (checking that page with axe), and lands on the page asked for. */
    static void justify(Page page, String what) {
        page.waitForLoadState();
        if (page.locator("h1").textContent().contains("Why are you reading this material?")) {
            PageChecks.assertPasses(page, what);
            page.getByLabel("Assessing or assuring this system").check();
            press(page, "Continue");
        }
    }

    /** The id at the end of a record's address. */
    static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A risk in the RAID log, an equality screening and the money asked for: what the checks ask of every paper. */
    void paperGroundwork(String initiative, String requested) throws Exception {
        form("pm", "/portfolio/initiatives/" + initiative + "/raid/risks", Map.ofEntries(
                Map.entry("cause", "a single supplier"), Map.entry("event", "delivery arrives late"),
                Map.entry("effect", "the benefits start later"), Map.entry("inherentProbability", "3"),
                Map.entry("inherentImpact", "4"), Map.entry("residualProbability", "2"), Map.entry("residualImpact", "4"),
                Map.entry("ownerId", personId("pm")), Map.entry("response", "REDUCE"),
                Map.entry("proximity", "WITHIN_3_MONTHS"), Map.entry("escalated", "no"), Map.entry("status", "OPEN")));
        Map<String, String> screening = new HashMap<>(Map.of("basedOn", "0", "status", "SCREENING"));
        for (String characteristic : List.of("AGE", "DISABILITY", "GENDER_REASSIGNMENT", "MARRIAGE_AND_CIVIL_PARTNERSHIP",
                "PREGNANCY_AND_MATERNITY", "RACE", "RELIGION_OR_BELIEF", "SEX", "SEXUAL_ORIENTATION")) {
            screening.put("rating[" + characteristic + "]", "UNKNOWN");
        }
        form("sro", "/portfolio/initiatives/" + initiative + "/equality-analysis", screening);
        form("pm", "/portfolio/initiatives/" + initiative + "/finance", Map.of("requested", requested));
    }

    /** Posts a form as this person and expects to be sent on, as after a successful save. */
    void form(String who, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        mvc.perform(request).andExpect(status().isFound());
    }

    String personId(String username) {
        return jdbc.queryForObject("select id::text from person where username = ?", String.class, username);
    }

    String board(String name) {
        return jdbc.queryForObject("select id::text from board where name = ?", String.class, name);
    }
}
