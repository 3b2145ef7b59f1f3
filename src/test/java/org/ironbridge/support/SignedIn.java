package org.ironbridge.support;

import org.ironbridge.access.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests made as a person, loaded the way sign-in loads them. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(UserDetailsService people, String username) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(people, username));
    }

    public static Authentication authentication(UserDetailsService people, String username) {
        SignedInPerson person = (SignedInPerson) people.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
    }
}
