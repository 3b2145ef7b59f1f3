package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Colleagues support, comment on and follow published ideas; merged duplicates count towards their original. */
@IronbridgeTest
class IdeaConversationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    IdeaTestSupport ideas;

    @BeforeEach
    void setUp() {
        ideas = new IdeaTestSupport(mvc, people, jdbc);
    }

    @Test
    void colleaguesSupportOnceEachCountedByTheirUnitAndMayWithdrawButNeverSupportTheirOwn() throws Exception {
        UUID id = ideas.submit("staff", "Shared kit lockers at every patrol base " + UUID.randomUUID(), false);
        String url = "/ideas/" + id;
        assertThat(ideas.page("practitioner", url)).contains("Nobody supports this idea yet").contains("Support this idea");

        mvc.perform(ideas.form("practitioner", url + "/support")).andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("notice", "You support this idea. Thank you"));
        mvc.perform(ideas.form("practitioner", url + "/support"))
                .andExpect(flash().attribute("notice", "You already support this idea"));
        mvc.perform(ideas.form("pmo", url + "/support")).andExpect(redirectedUrl(url));
        mvc.perform(ideas.form("board.member", url + "/support")).andExpect(redirectedUrl(url));

        String seen = ideas.page("auditor", url);
        assertThat(seen).contains("3 people support this idea").contains("Supporters by organisation unit")
                .containsPattern("Corporate Change</th>\\s*<td[^>]*>2</td>")
                .containsPattern("Investigations</th>\\s*<td[^>]*>1</td>")
                .containsPattern("Total</th>\\s*<td[^>]*>3</td>");
        assertThat(ideas.page("practitioner", url)).contains("Withdraw your support").contains("You support this idea.");

        mvc.perform(ideas.form("staff", url + "/support")).andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("returned", Matchers.startsWith("You cannot support your own idea")));
        assertThat(ideas.page("staff", url)).contains("your support is taken as given").doesNotContain("Support this idea<");

        mvc.perform(ideas.form("pmo", url + "/support/withdrawal"))
                .andExpect(flash().attribute("notice", "You no longer support this idea"));
        mvc.perform(ideas.form("pmo", url + "/support/withdrawal"))
                .andExpect(flash().attribute("notice", "You were not supporting this idea"));
        assertThat(ideas.page("auditor", url)).contains("2 people support this idea")
                .containsPattern("Corporate Change</th>\\s*<td[^>]*>1</td>");
        assertThat(jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(ideas.audited(id, "Supported idea")).isEqualTo(3);
        assertThat(ideas.audited(id, "Withdrew support")).isEqualTo(1);
    }

    @Test
    void aDraftCannotBeSupportedCommentedOnOrFollowedAndAForgedIdeaIsNotFound() throws Exception {
        UUID draft = ideas.draft("staff", "Half-written idea " + UUID.randomUUID());
        mvc.perform(ideas.form("staff", "/ideas/" + draft + "/comments").param("comment", "Note to self"))
                .andExpect(flash().attribute("returned", "A draft cannot be commented on: submit it first"));
        mvc.perform(ideas.form("practitioner", "/ideas/" + draft + "/support")).andExpect(status().isNotFound());
        mvc.perform(ideas.form("practitioner", "/ideas/" + draft + "/follow")).andExpect(status().isNotFound());
        mvc.perform(ideas.form("practitioner", "/ideas/" + UUID.randomUUID() + "/comments").param("comment", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(ideas.form("practitioner", "/ideas/'; drop table idea; --/support")).andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select count(*) from idea_comment where idea_id = ?", Integer.class, draft)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Integer.class, draft)).isZero();
    }

    @Test
    void commentsArePlainTextListedOldestFirstAndHostileInputIsRefusedWithTheTextKept() throws Exception {
        UUID id = ideas.submit("staff", "Body-worn video docking at any station " + UUID.randomUUID(), false);
        String url = "/ideas/" + id;
        mvc.perform(ideas.form("practitioner", url + "/comments").param("comment", "<script>alert('x')</script>\r\nSecond line"))
                .andExpect(redirectedUrl(url + "#comments"));
        mvc.perform(ideas.form("pmo", url + "/comments").param("comment", "'; delete from idea_comment; --"))
                .andExpect(redirectedUrl(url + "#comments"));

        String page = ideas.page("board.member", url);
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\nSecond line")
                .contains("ironbridge-preserve-lines").contains("Morgan Okafor").contains("Priya Bennett");
        assertThat(page.indexOf("Morgan Okafor")).isLessThan(page.indexOf("Priya Bennett"));
        assertThat(page).contains("&#39;; delete from idea_comment; --");

        String tooLong = mvc.perform(ideas.form("practitioner", url + "/comments").param("comment", "y".repeat(10_000)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("<title>Error: Comment on").contains("There is a problem")
                .contains("Comment must be 2,000 characters or fewer").contains("y".repeat(10_000));
        String blank = mvc.perform(ideas.form("practitioner", url + "/comments").param("comment", " \u0000 \n "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("Enter your comment");
        String hostileOver = mvc.perform(ideas.form("practitioner", url + "/comments")
                        .param("comment", "<img src=x onerror=alert(1)>" + "z".repeat(2_000)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hostileOver).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(jdbc.queryForObject("select count(*) from idea_comment where idea_id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(ideas.audited(id, "Commented on idea")).isEqualTo(2);
    }

    @Test
    void anAnonymousSubmitterCommentingOnTheirIdeaIsShownAsTheSubmitterToOthers() throws Exception {
        UUID id = ideas.submit("board.member", "Quiet room for call handlers " + UUID.randomUUID(), true);
        String url = "/ideas/" + id;
        mvc.perform(ideas.form("board.member", url + "/comments").param("comment", "It would help the night shift most"))
                .andExpect(redirectedUrl(url + "#comments"));
        String name = jdbc.queryForObject("select display_name from person where username = 'board.member'", String.class);
        assertThat(ideas.page("staff", url)).contains("The submitter").contains("It would help the night shift most")
                .doesNotContain(name);
        assertThat(ideas.page("board.member", url)).contains("You (shown to others as the submitter)");
    }

    @Test
    void theSubmitterIsToldOfACommentInTheirNotificationsAndMarksThemRead() throws Exception {
        UUID id = ideas.submit("iao", "Asset register reminders by email " + UUID.randomUUID(), false);
        jdbc.update("update notification set read_at = now() where person_id = (select id from person where username = 'iao')");
        mvc.perform(ideas.form("dpo", "/ideas/" + id + "/comments").param("comment", "Please include data owners"))
                .andExpect(status().isFound());
        assertThat(ideas.page("iao", "/ideas")).contains("Notifications (1 unread)");
        String notices = ideas.page("iao", "/notifications");
        assertThat(notices).contains("New comment on your idea").contains("Please include data owners").contains("Unread")
                .contains("href=\"/ideas/" + id + "#comments\"");
        mvc.perform(ideas.form("iao", "/notifications/read")).andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("notice", "1 notification marked as read"));
        assertThat(ideas.page("iao", "/ideas")).doesNotContain("unread)").contains("Notifications");
        assertThat(ideas.page("iao", "/notifications")).doesNotContain(">Unread<");
    }

    @Test
    void colleaguesFollowAndStopFollowingWhileTheSubmitterIsAlwaysTold() throws Exception {
        UUID id = ideas.submit("staff", "Parking permits for shift workers " + UUID.randomUUID(), false);
        String url = "/ideas/" + id;
        mvc.perform(ideas.form("pm", url + "/follow"))
                .andExpect(flash().attribute("notice", Matchers.startsWith("You are following this idea")));
        assertThat(ideas.page("pm", url)).contains("Stop following").contains("You follow this idea");
        mvc.perform(ideas.form("staff", url + "/follow"))
                .andExpect(flash().attribute("returned", Matchers.startsWith("You are told about every change to your own idea")));
        assertThat(ideas.page("staff", url)).doesNotContain("Follow this idea");
        mvc.perform(ideas.form("pm", url + "/unfollow"))
                .andExpect(flash().attribute("notice", "You have stopped following this idea"));
        assertThat(ideas.page("pm", url)).contains("Follow this idea");
        assertThat(ideas.audited(id, "Followed idea")).isOne();
        assertThat(ideas.audited(id, "Stopped following idea")).isOne();
    }

    @Test
    void aMergedDuplicatesSupportersCountOnceTowardsTheOriginalAndUndoingTheMergeRestoresThem() throws Exception {
        UUID original = ideas.submit("staff", "Text back abandoned 101 callers " + UUID.randomUUID(), false);
        UUID duplicate = ideas.submit("pm", "Call back people who hang up on 101 " + UUID.randomUUID(), false);
        for (String who : new String[] {"practitioner", "board.member"}) {
            mvc.perform(ideas.form(who, "/ideas/" + duplicate + "/support")).andExpect(status().isFound());
        }
        mvc.perform(ideas.form("board.member", "/ideas/" + original + "/support")).andExpect(status().isFound());
        mvc.perform(ideas.form("dpo", "/ideas/" + duplicate + "/follow")).andExpect(status().isFound());
        assertThat(ideas.page("auditor", "/ideas/" + original)).contains("1 person supports this idea");

        jdbc.update("update idea set status = 'DUPLICATE', duplicate_of_id = ? where id = ?", original, duplicate);
        assertThat(ideas.page("auditor", "/ideas/" + original)).contains("2 people support this idea");
        assertThat(ideas.page("dpo", "/ideas/" + original)).contains("Stop following");
        String merged = ideas.page("auditor", "/ideas/" + duplicate);
        assertThat(merged).contains("This idea has been merged into").contains("href=\"/ideas/" + original + "\"")
                .doesNotContain("Support this idea").doesNotContain("Add comment");
        mvc.perform(ideas.form("auditor", "/ideas/" + duplicate + "/support"))
                .andExpect(flash().attribute("returned", Matchers.allOf(Matchers.containsString("has been merged into"),
                        Matchers.containsString("can no longer be supported"))));
        mvc.perform(ideas.form("auditor", "/ideas/" + duplicate + "/comments").param("comment", "Me too"))
                .andExpect(flash().attribute("returned", Matchers.containsString("can no longer be commented on")));
        assertThat(ideas.page("auditor", "/ideas?sort=MOST_SUPPORTED&q=abandoned")).contains("2 supporters");

        jdbc.update("update idea set status = 'IN_TRIAGE', duplicate_of_id = null where id = ?", duplicate);
        assertThat(ideas.page("auditor", "/ideas/" + original)).contains("1 person supports this idea");
        assertThat(ideas.page("auditor", "/ideas/" + duplicate)).contains("2 people support this idea");
    }
}
