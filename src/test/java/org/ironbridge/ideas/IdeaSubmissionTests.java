package org.ironbridge.ideas;

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

/** Staff write ideas: a draft only they see, submitted when complete, never twice, never over a newer edit. */
@IronbridgeTest
class IdeaSubmissionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsSeenOnlyByItsSubmitterUntilSubmittedThenEveryColleagueFindsIt() throws Exception {
        String title = "Tablet check-in for custody visitors " + UUID.randomUUID();
        String draft = mvc.perform(idea("staff", "/ideas", Map.of("title", title, "action", "draft")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        mvc.perform(get(draft).with(SignedIn.as(people, "practitioner"))).andExpect(status().isNotFound());
        assertThat(page("staff", "/ideas/mine")).contains(title).contains("Nobody else can see it");
        assertThat(page("practitioner", "/ideas?q=custody+visitors")).doesNotContain(title);

        mvc.perform(idea("staff", "/ideas/" + id, complete(title, Map.of("action", "submit", "version", "" + version(id),
                        "formToken", token(id)))))
                .andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(page("practitioner", "/ideas?q=custody+visitor")).contains("<mark>custody</mark>")
                .contains(title.substring(title.length() - 36));
        assertThat(page("practitioner", "/ideas/" + id)).contains(title).contains("PC Jordan Ashby");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ?",
                Integer.class, id.toString())).isEqualTo(2);
        assertThat(page("staff", "/ideas/" + id + "/edit")).isEmpty();
    }

    @Test
    void submittingNeedsTheWholeStoryAndHostileInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        int before = ideas();
        Map<String, String> hostile = new HashMap<>(Map.of("title", "x".repeat(10_000), "problem", "<script>alert(1)</script>",
                "hoursSavedPerMonth", "lots", "moneySavedPerYear", "£1,2,3", "businessAreaId", "'; drop table idea; --",
                "action", "submit"));
        String page = mvc.perform(idea("staff", "/ideas", hostile)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Title must be 150 characters or fewer")
                .contains("Describe the change you propose").contains("Describe the benefit you expect")
                .contains("Hours saved a month must be a whole number").contains("Select the business area from the list")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String empty = mvc.perform(idea("staff", "/ideas", Map.of("title", "  ", "action", "draft")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Enter a title for your idea");
        assertThat(ideas()).isEqualTo(before);
    }

    @Test
    void aDoubleClickedSubmitCreatesOneIdea() throws Exception {
        String token = UUID.randomUUID().toString();
        String title = "Online booking for firearms licence interviews " + UUID.randomUUID();
        Map<String, String> fields = complete(title, Map.of("action", "submit", "formToken", token));
        String first = mvc.perform(idea("pm", "/ideas", fields)).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        String second = mvc.perform(idea("pm", "/ideas", fields)).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from idea where title = ?", Integer.class, title)).isOne();
    }

    @Test
    void aStaleEditIsRefusedAndShowsWhatChanged() throws Exception {
        String title = "Digital evidence portal for the public " + UUID.randomUUID();
        String url = mvc.perform(idea("staff", "/ideas", Map.of("title", title, "action", "draft")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        int opened = version(id);
        mvc.perform(idea("staff", url, Map.of("title", title + " (first tab)", "action", "draft", "version", "" + opened,
                "formToken", token(id)))).andExpect(status().isFound());
        String stale = mvc.perform(idea("staff", url, Map.of("title", title + " (second tab)", "action", "draft",
                        "version", "" + opened, "formToken", token(id))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("changed in another window").contains("(first tab)");
        assertThat(jdbc.queryForObject("select title from idea where id = ?", String.class, id)).endsWith("(first tab)");
    }

    @Test
    void anAnonymousSubmitterIsHiddenFromColleaguesButNotFromThemselves() throws Exception {
        String title = "Quiet rooms for staff after traumatic incidents " + UUID.randomUUID();
        String url = mvc.perform(idea("board.member", "/ideas", complete(title, Map.of("action", "submit", "anonymous", "yes"))))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String name = jdbc.queryForObject("select display_name from person where username = 'board.member'", String.class);
        assertThat(page("staff", url)).contains("Anonymous").doesNotContain(name);
        assertThat(page("board.member", url)).contains(name).contains("your name is hidden from other staff");
    }

    @Test
    void searchTreatsSqlAndOddInputAsWordsAndPagesThroughResults() throws Exception {
        assertThat(page("staff", "/ideas?q=' or 1=1; drop table idea; --")).contains("0 ideas match your search");
        assertThat(page("staff", "/ideas?q=\"unclosed & | ! (")).contains("ideas");
        assertThat(page("staff", "/ideas?q=MG11")).contains("<mark>MG11</mark>");
        assertThat(page("staff", "/ideas?page=999999&sort=NOPE&status=<b>")).contains("ideas");
        assertThat(ideas()).isPositive();
    }

    private Map<String, String> complete(String title, Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(Map.of("title", title,
                "problem", "Custody visitors wait at the front desk to be signed in, every day in every suite.",
                "proposedChange", "A tablet at the entrance signs visitors in.", "expectedBenefit", "Front desk time saved.",
                "hoursSavedPerMonth", "1,200", "moneySavedPerYear", "£12,500", "businessAreaId", area("INVESTIGATIONS")));
        fields.putAll(extra);
        return fields;
    }

    private MockHttpServletRequestBuilder idea(String who, String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(people, who));
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("formToken", UUID.randomUUID().toString());
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    private String page(String who, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "";
    }

    private String area(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("select status from idea where id = ?", String.class, id);
    }

    private int version(UUID id) {
        return jdbc.queryForObject("select version from idea where id = ?", Integer.class, id);
    }

    private String token(UUID id) {
        return jdbc.queryForObject("select form_token::text from idea where id = ?", String.class, id);
    }

    private int ideas() {
        return jdbc.queryForObject("select count(*) from idea", Integer.class);
    }
}
