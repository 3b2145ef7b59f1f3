package org.ironbridge.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.people.internal.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A locked-out person is told by email, through a real SMTP server. */
@SpringBootTest(properties = "ironbridge.mail.from=ironbridge@wmp.example.police.uk")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LockoutNoticeMailTests {

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
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnerOfALockedAccountIsEmailedWithTheTimeTheLockEnds() throws Exception {
        String username = "mailed." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = TestPeople.create(context, "WMP", username, EnumSet.of(Role.STAFF), VettingLevel.RV);
        jdbc.update("update person set email = ? where id = ?", username + "@wmp.example.police.uk", id);

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "wrong-" + attempt)
                    .with(request -> {
                        request.setRemoteAddr("10.40.0.1");
                        return request;
                    }));
        }

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("a lockout email arrives").isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(username + "@wmp.example.police.uk");
        assertThat(message.getFrom()[0].toString()).isEqualTo("ironbridge@wmp.example.police.uk");
        assertThat(message.getSubject()).isEqualTo("Your Ironbridge account has been locked for 15 minutes");
        assertThat(GreenMailUtil.getBody(message)).contains(username).contains("UTC on").contains("IT service desk");
    }
}
