package org.ironbridge.ideas.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaTriage;
import org.ironbridge.ideas.internal.PortalSettings;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the portal has answered on an idea, as everyone sees it on the idea's page, and the moderator's way in. */
@Component
class IdeaOutcomes {

    private final IdeaTriage triage;
    private final PortalSettings settings;
    private final Portfolio portfolio;
    private final AccessPolicy policy;

    IdeaOutcomes(IdeaTriage triage, PortalSettings settings, Portfolio portfolio, AccessPolicy policy) {
        this.policy = policy;
        this.triage = triage;
        this.settings = settings;
        this.portfolio = portfolio;
    }

    void addTo(Model model, Subject subject, Idea idea) {
        boolean moderator = idea.status().published() && triage.mayModerate(subject, idea);
        if (moderator) {
            triage.consulted(subject, idea);
        }
        model.addAttribute("mayModerate", moderator);
        model.addAttribute("answer", idea.status().published() ? idea.triage().answer() : null);
        model.addAttribute("declineReason", idea.triage().declineReasonId() == null ? null
                : settings.declineReason(idea.forceId(), idea.triage().declineReasonId()).orElse(null));
        model.addAttribute("original", idea.triage().duplicateOfId() == null ? null
                : triage.byId(idea.triage().duplicateOfId()).orElse(null));
        model.addAttribute("initiative", idea.triage().initiativeId() == null ? null
                : portfolio.find(idea.triage().initiativeId()).orElse(null));
        model.addAttribute("mayViewPortfolio", policy.permits(subject, Permission.VIEW_PORTFOLIO));
        model.addAttribute("mergedHere", triage.duplicatesOf(idea.id()).size());
    }
}
