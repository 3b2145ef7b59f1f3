package org.ironbridge.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.ironbridge.govuk.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: password form, and a button per configured identity provider. */
@Controller
class SignInController {

    private static final String KEPT_USERNAME = "ironbridge.signIn.username";

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.identityProviders = identityProviders;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, HttpSession session,
                  Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal())) {
            return "redirect:/";
        }
        FormErrors errors = new FormErrors();
        if ("locked".equals(error)) {
            errors.reject("username", "You have tried to sign in too many times. Wait 15 minutes, then try again");
        } else if (error != null) {
            errors.reject("username", "Enter a correct username and password");
        }
        Object kept = session.getAttribute(KEPT_USERNAME);
        session.removeAttribute(KEPT_USERNAME);
        model.addAttribute("errors", errors);
        model.addAttribute("username", kept == null ? "" : kept.toString());
        model.addAttribute("providers", providers());
        return "access/sign-in";
    }

    private List<Map<String, String>> providers() {
        List<Map<String, String>> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration) {
                    providers.add(Map.of("name", registration.getClientName(),
                            "href", "/oauth2/authorization/" + registration.getRegistrationId()));
                }
            }
        }
        return providers;
    }
}
