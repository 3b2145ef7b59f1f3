package org.ironbridge.shell.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * What every page's layout needs: the header with the service and force names, navigation by
 * capability (only what the person may open), the footer, and who is signed in.
 */
@ControllerAdvice
class LayoutModel {

    static final String SERVICE_NAME = "Ironbridge";

    private final AccessPolicy policy;
    private final String forceName;
    private final Notifications notifications;

    LayoutModel(AccessPolicy policy, @Value("${ironbridge.force-name}") String forceName, Notifications notifications) {
        this.policy = policy;
        this.forceName = forceName;
        this.notifications = notifications;
    }

    @ModelAttribute("shell")
    Map<String, Object> shell(Authentication authentication, HttpServletRequest request) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        // Load the form token before the page is written: a long page can commit the response before the first
        // form asks for it, and the session that holds it cannot be created after that.
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        Map<String, Object> shell = new LinkedHashMap<>();
        shell.put("serviceName", SERVICE_NAME);
        shell.put("forceName", forceName);
        shell.put("subject", subject);
        shell.put("header", Map.of("logoText", forceName, "homepageUrl", "/"));
        shell.put("serviceNavigation", serviceNavigation(subject, path));
        shell.put("phaseBanner", Map.of("tag", Map.of("text", "Beta"),
                "text", "This is a new service. Report a problem to your force's IT service desk."));
        Map<String, Object> footer = new LinkedHashMap<>();
        footer.put("meta", Map.of("items", List.of(
                Map.of("href", "/accessibility", "text", "Accessibility statement"),
                Map.of("href", "/cookies", "text", "Cookies"))));
        footer.put("contentLicence", Map.of("text", "Ironbridge holds OFFICIAL and OFFICIAL-SENSITIVE information. "
                + "Handle it in line with your force's information security policy. © " + forceName));
        shell.put("footer", footer);
        return shell;
    }

    List<Destination> destinations(Subject subject) {
        return Destination.ALL.stream()
                .filter(destination -> policy.allowsRoute(subject, "GET", destination.path()))
                .toList();
    }

    /** The label in the navigation; Notifications says how many are unread, in words a screen reader reads out. */
    private String label(Subject subject, Destination destination) {
        if (Destination.NOTIFICATIONS.equals(destination.path()) && subject != null) {
            long unread = notifications.unread(subject.personId());
            return unread == 0 ? destination.label() : destination.label() + " (" + unread + " unread)";
        }
        return destination.label();
    }

    private Map<String, Object> serviceNavigation(Subject subject, String path) {
        Map<String, Object> navigation = new LinkedHashMap<>();
        navigation.put("serviceName", SERVICE_NAME);
        navigation.put("serviceUrl", "/");
        navigation.put("navigationLabel", "Capabilities");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Destination destination : destinations(subject)) {
            if ("/".equals(destination.path())) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", label(subject, destination));
            item.put("href", destination.path());
            if (path.equals(destination.path())) {
                item.put("current", true);
            } else if (path.startsWith(destination.path() + "/")) {
                item.put("active", true);
            }
            items.add(item);
        }
        navigation.put("navigation", items);
        return navigation;
    }
}
