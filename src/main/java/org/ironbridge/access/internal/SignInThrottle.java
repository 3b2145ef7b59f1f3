package org.ironbridge.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.ironbridge.access.SignInLocked;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account name and per address, in the database so every node agrees.
 * Unknown account names are counted exactly like real ones, so a lockout reveals nothing.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                   @Value("${ironbridge.sign-in.account-failure-limit:5}") int accountLimit,
                   @Value("${ironbridge.sign-in.address-failure-limit:20}") int addressLimit,
                   @Value("${ironbridge.sign-in.lockout:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    Duration lockout() {
        return window;
    }

    @Transactional(readOnly = true)
    public boolean locked(String username, String address) {
        Instant now = clock.instant();
        return lockedUntil(accountKey(username)).filter(now::isBefore).isPresent()
                || lockedUntil(addressKey(address)).filter(now::isBefore).isPresent();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        if (count(accountKey(username), accountLimit, "account " + normalise(username), address)) {
            events.publishEvent(new SignInLocked(normalise(username), address, clock.instant().plus(window)));
        }
        count(addressKey(address), addressLimit, "address " + address, address);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :k").param("k", accountKey(username)).update();
    }

    /** Counts one failure; true when this failure locks the key. */
    private boolean count(String key, int limit, String who, String address) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        int failures = jdbc.sql("""
                insert into sign_in_throttle (throttle_key, failures, window_started, locked_until)
                values (:k, 1, :now, null)
                on conflict (throttle_key) do update set
                    failures = case when sign_in_throttle.window_started < :windowStart then 1
                                    else sign_in_throttle.failures + 1 end,
                    window_started = case when sign_in_throttle.window_started < :windowStart then :now
                                          else sign_in_throttle.window_started end
                returning failures
                """)
                .param("k", key).param("now", Timestamp.from(now)).param("windowStart", windowStart)
                .query(Integer.class).single();
        if (failures == limit) {
            jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :k")
                    .param("until", Timestamp.from(now.plus(window))).param("k", key).update();
            audit.record(AuditEntry.of("SignIn", key, Operation.ALTERATION,
                            "Sign-in locked for " + window.toMinutes() + " minutes after " + failures
                                    + " failed attempts (" + who + ")")
                    .by("anonymous@" + address));
            return true;
        }
        return false;
    }

    private java.util.Optional<Instant> lockedUntil(String key) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = :k and locked_until is not null")
                .param("k", key).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static String accountKey(String username) {
        return "account:" + normalise(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalise(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
