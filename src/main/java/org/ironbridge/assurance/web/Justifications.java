package org.ironbridge.assurance.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * Remembers, for half an hour in the person's session, why they said they are reading one system's sensitive
 * material, so that every page they then read is logged with it without asking again on each click.
 */
@Component
public class Justifications {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final String PREFIX = "assurance.justification.";

    private final Clock clock;

    Justifications(Clock clock) {
        this.clock = clock;
    }

    record Given(String text, Instant at) implements Serializable {
    }

    /** The justification given for this system, or null when none has been given or it has lapsed. */
    public String of(HttpSession session, UUID systemId) {
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(PREFIX + systemId);
        if (value instanceof Given given && given.at().plus(VALID_FOR).isAfter(clock.instant())) {
            return given.text();
        }
        return null;
    }

    void remember(HttpSession session, UUID systemId, String text) {
        session.setAttribute(PREFIX + systemId, new Given(text, clock.instant()));
    }
}
