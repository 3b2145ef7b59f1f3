package org.ironbridge.people.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.people.internal.PeopleDirectory;
import org.ironbridge.people.internal.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A person's own account as Ironbridge holds it. */
@Controller
class AccountController {

    private final PeopleDirectory directory;
    private final PeopleViews views;

    AccountController(PeopleDirectory directory, PeopleViews views) {
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Person person = directory.find(subject.personId())
                .orElseThrow();
        views.describe(person, model);
        model.addAttribute("forceName", directory.forceName(person.forceId()).orElse(""));
        return "people/account";
    }
}
