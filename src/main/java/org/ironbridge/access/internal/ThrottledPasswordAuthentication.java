package org.ironbridge.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in that refuses while an account name or address is locked, and counts failures. */
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
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures: the person waits, whatever the account name. */
    static final class SignInLockedException extends AuthenticationException {

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
