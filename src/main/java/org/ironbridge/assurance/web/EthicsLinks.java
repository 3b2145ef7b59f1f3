package org.ironbridge.assurance.web;

import java.util.Map;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The register's links to the panel's work queue and the outcome settings, for those who may open them. */
@ControllerAdvice(assignableTypes = AiRegisterController.class)
class EthicsLinks {

    private final AccessPolicy policy;

    EthicsLinks(AccessPolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("ethicsLinks")
    Map<String, Boolean> links(Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return Map.of("panel", policy.permits(subject, Permission.READ_ASSURANCE_MATERIAL),
                "outcomes", policy.permits(subject, Permission.CONFIGURE_ASSURANCE));
    }
}
