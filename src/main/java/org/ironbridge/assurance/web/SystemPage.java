package org.ironbridge.assurance.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.BoardDecisions;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the system page shows beyond its assurance steps: details, status history and the move form. */
@Component
class SystemPage {

    private final AiSystems systems;
    private final BoardDecisions decisions;

    SystemPage(AiSystems systems, BoardDecisions decisions) {
        this.systems = systems;
        this.decisions = decisions;
    }

    void fill(Subject subject, AiSystem system, FormErrors errors, EditConflict conflict, Model model) {
        Map<UUID, PersonSummary> people = AiRegisterController.byId(systems.owners(subject.forceId()), PersonSummary::id);
        Map<UUID, InitiativeSummary> initiatives = AiRegisterController.byId(systems.initiatives(subject.forceId()),
                InitiativeSummary::id);
        model.addAttribute("system", system);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("area", systems.businessAreas(subject.forceId()).stream()
                .filter(u -> u.id().equals(system.businessAreaId())).map(UnitSummary::name).findFirst().orElse(null));
        model.addAttribute("owner", AiRegisterController.personName(people, system.ownerId()));
        model.addAttribute("initiative", AiRegisterController.initiativeName(initiatives, system.initiativeId()));
        model.addAttribute("history", systems.history(system.id()));
        model.addAttribute("decisions", decisions.of(system.id()));
        model.addAttribute("mayRecord", systems.mayRecord(subject, system));
        if (!model.containsAttribute("moveStatusField")) {
            moveFields(system, null, null, null, null, null, errors, model);
        }
    }

    void moveFields(AiSystem system, String status, String reason, String day, String month, String year, FormErrors errors,
                    Model model) {
        List<Choice> moves = system.status().manualMoves().stream().map(s -> Choice.of(s.name(), s.label())).toList();
        model.addAttribute("moves", moves);
        model.addAttribute("moveStatusField", FormFields.radios("status", "Move to", "Approval and decommissioning are "
                + "recorded by the board's decision on the system's Change Paper.", moves, status, errors));
        model.addAttribute("moveReasonField", FormFields.textarea("reason", "Reason", null, reason, errors));
        model.addAttribute("liveSinceField", FormFields.date("liveSince", "liveSince",
                "Date it went live (when moving to live for the first time)", day, month, year, errors));
        model.addAttribute("statusLower", system.status().label().toLowerCase(Locale.ROOT));
    }
}
