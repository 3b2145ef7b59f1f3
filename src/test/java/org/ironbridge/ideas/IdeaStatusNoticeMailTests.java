package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** When an idea moves on, its submitter and followers are emailed through a real SMTP server and told in the app. */
@SpringBootTest(properties = {"ironbridge.mail.from=ideas@wmp.example.police.uk",
        "ironbridge.base-url=https://ironbridge.wmp.example.police.uk/"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdeaStatusNoticeMailTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSubmitterAndFollowersButNotTheModeratorAreEmailedAndNotifiedWithTheAnswerNextStepAndLink() throws Exception {
        IdeaTestSupport ideas = new IdeaTestSupport(mvc, people, jdbc);
        for (String who : List.of("staff", "pm", "practitioner", "dpo")) {
            jdbc.update("update person set email = ? where username = ?", who + "@wmp.example.police.uk", who);
        }
        String title = "Fingerprint scanners in every response car " + UUID.randomUUID();
        UUID id = ideas.submit("staff", title, false);
        mvc.perform(ideas.form("pm", "/ideas/" + id + "/follow"));
        mvc.perform(ideas.form("practitioner", "/ideas/" + id + "/follow"));
        String reference = jdbc.queryForObject("select reference from idea where id = ?", String.class, id);
        UUID force = jdbc.queryForObject("select force_id from idea where id = ?", UUID.class, id);
        UUID submitter = personId("staff");
        UUID moderator = personId("practitioner");

        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaStatusChanged(id, force, reference, title,
                submitter, IdeaStatus.SUBMITTED, IdeaStatus.DECLINED,
                "Thank you. Mobile fingerprint devices <b>are</b> already issued to every LPA.", moderator, Instant.now())));

        String declined = reference + " " + title + " is now Declined";
        long deadline = System.currentTimeMillis() + 15_000;
        List<MimeMessage> mine = List.of();
        while (System.currentTimeMillis() < deadline) {
            mine = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(declined)).toList();
            if (mine.size() >= 2 && notices(id) >= 2) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(500);
        mine = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(declined)).toList();
        assertThat(mine.stream().map(IdeaStatusNoticeMailTests::recipient))
                .containsExactlyInAnyOrder("staff@wmp.example.police.uk", "pm@wmp.example.police.uk");
        MimeMessage message = mine.getFirst();
        assertThat(message.getFrom()[0].toString()).isEqualTo("ideas@wmp.example.police.uk");
        assertThat(subject(message)).isEqualTo("Idea " + reference + " " + title + " is now Declined");
        assertThat(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="))
                .contains("is now Declined").contains("Mobile fingerprint devices <b>are</b> already issued")
                .contains("What happens next: " + IdeaStatus.DECLINED.nextStep())
                .contains("https://ironbridge.wmp.example.police.uk/ideas/" + id);
        assertThat(notices(id)).isEqualTo(2);

        String staffNotices = ideas.page("staff", "/notifications");
        assertThat(staffNotices).contains(declined)
                .contains("Mobile fingerprint devices &lt;b&gt;are&lt;/b&gt; already issued").doesNotContain("<b>are</b>");
        assertThat(ideas.page("pm", "/")).containsPattern("Notifications \\(\\d+ unread\\)");
        assertThat(ideas.page("practitioner", "/notifications")).doesNotContain(declined);
    }

    private int notices(UUID ideaId) {
        // Only the Declined notices: the submission's own notices run asynchronously and may reach the new followers.
        return jdbc.queryForObject("select count(*) from notification where link = ? and title like '%is now Declined'",
                Integer.class, "/ideas/" + ideaId);
    }

    private UUID personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", UUID.class, username);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
