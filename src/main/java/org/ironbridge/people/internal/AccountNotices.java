package org.ironbridge.people.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.ironbridge.access.SignInLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person by email when their account is locked after failed sign-ins, so that someone
 * guessing their password does not go unnoticed. Sent after the lockout commits; the event
 * publication registry retries it if the mail server is down.
 */
@Component
class AccountNotices {

    private static final Logger log = LoggerFactory.getLogger(AccountNotices.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC on' d MMMM yyyy")
            .withZone(ZoneOffset.UTC);

    private final PeopleDirectory directory;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    AccountNotices(PeopleDirectory directory, ObjectProvider<JavaMailSender> mail,
                   @Value("${ironbridge.mail.from:ironbridge@localhost}") String from) {
        this.directory = directory;
        this.mail = mail;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(SignInLocked locked) {
        directory.byUsername(locked.username()).filter(person -> person.email() != null).ifPresent(person -> {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                log.info("Mail is not configured: not telling {} that their account was locked", person.username());
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(person.email());
            message.setSubject("Your Ironbridge account has been locked for 15 minutes");
            message.setText("Dear " + person.displayName() + ",\n\n"
                    + "Someone tried to sign in to your Ironbridge account (" + person.username() + ") with the wrong "
                    + "password several times, so it has been locked until " + TIME.format(locked.lockedUntil()) + ".\n\n"
                    + "If this was you, wait until then and try again. If it was not you, tell your force's IT "
                    + "service desk and information security team straight away.\n\n"
                    + "Ironbridge");
            sender.send(message);
        });
    }
}
