package org.ironbridge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A person's notifications: newest first, paged, unread marked and counted, their own only, never a foreign link. */
@IronbridgeTest
class NotificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void noticesAreListedNewestFirstTwentyAPageAndOnlyToTheirOwner() throws Exception {
        UUID ethics = jdbc.queryForObject("select id from person where username = 'ethics'", UUID.class);
        UUID force = jdbc.queryForObject("select force_id from person where id = ?", UUID.class, ethics);
        jdbc.update("update notification set read_at = now() where person_id = ?", ethics);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= 25; n++) {
            notifications.tell(ethics, force, "Notice " + marker + " number " + n, "Text " + n, "/ideas");
            Thread.sleep(2);
        }
        jdbc.update("update notification set created_at = created_at + (cast(substring(title from ' number ([0-9]+)$') "
                + "as integer) * interval '1 second') where title like ?", "Notice " + marker + "%");
        assertThat(notifications.unread(ethics)).isEqualTo(25);
        String first = page("ethics", "/notifications");
        assertThat(first).contains("Notifications (25 unread)").contains("25 unread")
                .contains("Notice " + marker + " number 25").doesNotContain("Notice " + marker + " number 5<")
                .contains("/notifications?page=2");
        assertThat(first.indexOf("number 25")).isLessThan(first.indexOf("number 24"));
        assertThat(page("ethics", "/notifications?page=2")).contains("Notice " + marker + " number 5<")
                .doesNotContain("number 25<");
        assertThat(page("ethics", "/notifications?page=<script>")).contains("number 25");
        assertThat(page("iao", "/notifications")).doesNotContain(marker);
        mvc.perform(post("/notifications/read").with(csrf()).with(SignedIn.as(people, "iao"))).andExpect(status().isFound());
        assertThat(notifications.unread(ethics)).isEqualTo(25);
    }

    @Test
    void aNoticeNeverLinksOutOfIronbridgeAndItsTextIsEscapedAndShortened() throws Exception {
        UUID dpo = jdbc.queryForObject("select id from person where username = 'dpo'", UUID.class);
        UUID force = jdbc.queryForObject("select force_id from person where id = ?", UUID.class, dpo);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        notifications.tell(dpo, force, "<script>alert('" + marker + "')</script>", "x".repeat(10_000), "javascript:alert(1)");
        notifications.tell(dpo, force, "Elsewhere " + marker, null, "//evil.example/ideas");
        assertThat(jdbc.queryForObject("select count(*) from notification where person_id = ? and link is not null "
                + "and (title like ? or title like ?)", Integer.class, dpo, "%" + marker + "%", "Elsewhere " + marker))
                .isZero();
        assertThat(jdbc.queryForObject("select max(length(body)) from notification where person_id = ? and title like ?",
                Integer.class, dpo, "%" + marker + "%")).isEqualTo(6000);
        String page = page("dpo", "/notifications");
        assertThat(page).contains("&lt;script&gt;alert(&#39;" + marker).doesNotContain("<script>alert(")
                .doesNotContain("javascript:alert").doesNotContain("evil.example");
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(people, who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
