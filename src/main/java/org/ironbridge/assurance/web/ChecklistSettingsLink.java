package org.ironbridge.assurance.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the AI register page whether to offer the compliance checklists: only to those who keep them. */
@ControllerAdvice(assignableTypes = AiRegisterController.class)
class ChecklistSettingsLink {

    private final AccessPolicy policy;

    ChecklistSettingsLink(AccessPolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("mayConfigureChecklists")
    boolean mayConfigureChecklists(Authentication authentication) {
        return policy.permits(AccessPolicy.subjectOf(authentication), Permission.CONFIGURE_ASSURANCE);
    }
}
