package org.ironbridge.ideas.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.ideas.IdeaStatusChanged;
import org.ironbridge.notifications.Notifications;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an idea's submitter and followers (those of the ideas merged into it too) that it moved on, with the
 * moderator's answer and what happens next: an in-app notification and an email each, never to the person
 * who moved it. Both run after the change commits; the event publication registry retries either if it fails.
 */
@Component
class IdeaNotices {

    private static final Logger log = LoggerFactory.getLogger(IdeaNotices.class);

    private final JdbcClient jdbc;
    private final People people;
    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    IdeaNotices(JdbcClient jdbc, People people, Notifications notifications, ObjectProvider<JavaMailSender> mail,
                @Value("${ironbridge.mail.from:ironbridge@localhost}") String from,
                @Value("${ironbridge.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.people = people;
        this.notifications = notifications;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void notify(IdeaStatusChanged changed) {
        for (UUID person : recipients(changed)) {
            notifications.tell(person, changed.forceId(), title(changed), text(changed, false), "/ideas/" + changed.ideaId());
        }
    }

    @ApplicationModuleListener
    void email(IdeaStatusChanged changed) {
        Set<UUID> recipients = recipients(changed);
        if (recipients.isEmpty()) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Mail is not configured: not emailing {} people that idea {} is now {}", recipients.size(),
                    changed.reference(), changed.to().label());
            return;
        }
        for (UUID id : recipients) {
            PersonSummary person = people.find(id).filter(p -> p.active() && p.email() != null && !p.email().isBlank())
                    .orElse(null);
            if (person == null) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(person.email());
            message.setSubject(title(changed));
            message.setText("Dear " + person.displayName() + ",\n\n" + text(changed, true) + "\n\n"
                    + (id.equals(changed.submitterId()) ? "You are told because you submitted this idea."
                    : "You are told because you follow this idea. To stop, open it and choose Stop following.")
                    + "\n\nIronbridge");
            sender.send(message);
        }
    }

    /** The submitter and every follower, once each, without the person who made the change. */
    Set<UUID> recipients(IdeaStatusChanged changed) {
        Set<UUID> recipients = new LinkedHashSet<>();
        recipients.add(changed.submitterId());
        recipients.addAll(jdbc.sql(IdeaConversation.FOLLOWERS).param("idea", changed.ideaId()).query(UUID.class).list());
        recipients.remove(changed.actorId());
        recipients.remove(null);
        return recipients;
    }

    private static String title(IdeaStatusChanged changed) {
        return "Idea " + changed.reference() + " " + changed.title() + " is now " + changed.to().label();
    }

    private String text(IdeaStatusChanged changed, boolean withLink) {
        StringBuilder text = new StringBuilder();
        text.append("Idea ").append(changed.reference()).append(", \"").append(changed.title()).append("\", is now ")
                .append(changed.to().label()).append('.');
        if (changed.answer() != null && !changed.answer().isBlank()) {
            text.append("\n\nThe answer:\n").append(changed.answer().strip());
        }
        text.append("\n\nWhat happens next: ").append(changed.to().nextStep());
        if (withLink) {
            text.append("\n\nSee the idea: ").append(baseUrl).append("/ideas/").append(changed.ideaId());
        }
        return text.toString();
    }
}
