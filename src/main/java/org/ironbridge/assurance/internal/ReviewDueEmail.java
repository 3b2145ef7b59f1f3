package org.ironbridge.assurance.internal;

import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the review owner the notice they were left in Ironbridge, after it is committed; the event publication
 * registry tries again if the mail server was down.
 */
@Component
class ReviewDueEmail {

    private static final Logger log = LoggerFactory.getLogger(ReviewDueEmail.class);

    private final People people;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    ReviewDueEmail(People people, ObjectProvider<JavaMailSender> mail,
                   @Value("${ironbridge.mail.from:ironbridge@localhost}") String from,
                   @Value("${ironbridge.base-url:http://localhost:8080}") String baseUrl) {
        this.people = people;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void email(MonitoringReviewDue due) {
        PersonSummary person = people.find(due.personId())
                .filter(p -> p.active() && p.email() != null && !p.email().isBlank()).orElse(null);
        JavaMailSender sender = mail.getIfAvailable();
        if (person == null || sender == null) {
            log.info("Not emailing the owner of the review due {}: {}", due.dueOn(),
                    person == null ? "no email address" : "mail is not configured");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(person.email());
        message.setSubject(due.title());
        message.setText("Dear " + person.displayName() + ",\n\n" + due.text() + "\n\n" + baseUrl + due.link()
                + "\n\nYou are told because you own the monitoring reviews of this system.");
        sender.send(message);
    }
}
