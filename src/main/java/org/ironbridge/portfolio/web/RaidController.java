package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.internal.AssumptionLog;
import org.ironbridge.portfolio.internal.DependencyRow;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.IssueLog;
import org.ironbridge.portfolio.internal.RaidQueries;
import org.ironbridge.portfolio.internal.RiskLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An initiative's RAID log, and the dependencies across the portfolio. */
@Controller
class RaidController {

    private final InitiativeEditing editing;
    private final RiskLog risks;
    private final IssueLog issues;
    private final AssumptionLog assumptions;
    private final RaidQueries queries;
    private final ForceNames names;

    RaidController(InitiativeEditing editing, RiskLog risks, IssueLog issues, AssumptionLog assumptions,
                   RaidQueries queries, ForceNames names) {
        this.editing = editing;
        this.risks = risks;
        this.issues = issues;
        this.assumptions = assumptions;
        this.queries = queries;
        this.names = names;
    }

    static String raidPage(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/raid";
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/raid")
    String raid(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        model.addAttribute("initiative", initiative);
        model.addAttribute("mayEdit", editing.mayEdit(subject, initiative));
        model.addAttribute("people", names.people(subject.forceId()));
        model.addAttribute("risks", risks.of(initiativeId));
        model.addAttribute("issues", issues.of(initiativeId));
        model.addAttribute("assumptions", assumptions.of(initiativeId));
        model.addAttribute("dependencies", queries.of(subject, initiativeId));
        return "portfolio/raid";
    }

    @GetMapping("/portfolio/dependencies")
    String dependencies(Authentication authentication, Model model) {
        List<DependencyRow> rows = queries.inForce(AccessPolicy.subjectOf(authentication));
        model.addAttribute("rows", rows);
        model.addAttribute("late", rows.stream().filter(row -> row.lateness().late()).toList());
        return "portfolio/dependencies";
    }
}
