package org.ironbridge.access.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that refuses while an account name or address is locked, and counts failures.
 * Every refusal is final: it is an AccountStatusException, which the authentication manager rethrows
 * instead of offering the password to any other manager that might not be throttled.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledPasswordAuthentication(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.locked(username, address)) {
            throw new SignInLockedException(throttle.lockout().toMinutes());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException failure) {
            throttle.failed(username, address);
            if (throttle.locked(username, address)) {
                throw new SignInLockedException(throttle.lockout().toMinutes());
            }
            throw new SignInRefusedException(failure);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Wrong password, unknown account or deactivated account: one answer for all. */
    static final class SignInRefusedException extends AccountStatusException {
        SignInRefusedException(AuthenticationException cause) {
            super("Sign-in refused", cause);
        }
    }

    /** Too many failures: the person waits, whatever the account name. */
    static final class SignInLockedException extends AccountStatusException {

        private final long minutes;

        SignInLockedException(long minutes) {
            super("Too many failed sign-in attempts");
            this.minutes = minutes;
        }

        long minutes() {
            return minutes;
        }
    }
}
