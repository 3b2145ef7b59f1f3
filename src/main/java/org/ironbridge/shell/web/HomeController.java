package org.ironbridge.shell.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who you are here, what your roles mean, and where you can go. */
@Controller
class HomeController {

    private final LayoutModel layout;

    HomeController(LayoutModel layout) {
        this.layout = layout;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("roles", subject.roles().stream().sorted().toList());
        model.addAttribute("destinations", layout.destinations(subject).stream()
                .filter(destination -> !"/".equals(destination.path())).toList());
        return "shell/home";
    }
}
