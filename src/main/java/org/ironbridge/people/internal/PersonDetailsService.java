package org.ironbridge.people.internal;

import java.util.Locale;

import org.ironbridge.access.SignedInPerson;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in looks people up here. A person without a local password cannot use the form. */
@Component
class PersonDetailsService implements UserDetailsService {

    private final PeopleDirectory directory;

    PersonDetailsService(PeopleDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Person person = directory.byUsername(key)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return SignedInPerson.withPassword(directory.subjectOf(person), person.passwordHash());
    }
}
