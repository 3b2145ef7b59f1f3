package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.ironbridge.assurance.internal.ReviewReminders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The owner of a monitoring review that falls due is emailed once, through a real SMTP server, with a link to it. */
@SpringBootTest(properties = {"ironbridge.mail.from=assurance@wmp.example.police.uk",
        "ironbridge.base-url=https://ironbridge.wmp.example.police.uk/"})
@ActiveProfiles("test")
class ReviewDueMailTests {

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
    JdbcTemplate jdbc;
    @Autowired
    ReviewReminders reminders;

    @Test
    void theOwnerOfADueReviewIsEmailedOnceWithTheSystemAndALinkToItsMonitoring() throws Exception {
        TestAiSystems systems = new TestAiSystems(jdbc);
        // Five years back, so that no demo review and no other test's falls due by the day this test runs the job for.
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusYears(5);
        String owner = systems.newPerson();
        String address = owner + "@wmp.example.police.uk";
        jdbc.update("update person set email = ? where username = ?", address, owner);
        UUID system = systems.system("LIVE", "INFORMS", owner, null);
        systems.plan(system, owner, day.plusDays(3));
        String reference = jdbc.queryForObject("select reference from ai_system where id = ?", String.class, system);

        assertThat(reminders.remind(day)).isEqualTo(1);
        assertThat(reminders.remind(day.plusDays(1))).isZero();

        List<MimeMessage> mine = List.of();
        long deadline = System.currentTimeMillis() + 15_000;
        while (mine.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            mine = toOwner(address);
        }
        Thread.sleep(500);
        mine = toOwner(address);
        assertThat(mine).hasSize(1);
        MimeMessage message = mine.getFirst();
        assertThat(message.getFrom()[0].toString()).isEqualTo("assurance@wmp.example.police.uk");
        assertThat(message.getSubject()).isEqualTo("Monitoring review due: " + reference + " Test system "
                + system.toString().substring(0, 8));
        assertThat(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="))
                .contains("Dear Review Owner").contains("Monthly review of Test system").contains("is due on")
                .contains("https://ironbridge.wmp.example.police.uk/assurance/systems/" + system + "/monitoring")
                .contains("You are told because you own the monitoring reviews of this system.");
    }

    private static List<MimeMessage> toOwner(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(address)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
