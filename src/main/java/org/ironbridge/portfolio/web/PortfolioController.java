package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.InitiativeForm;
import org.ironbridge.portfolio.internal.Lifecycle;
import org.ironbridge.portfolio.internal.LifecycleRoutes;
import org.ironbridge.portfolio.internal.PlanObjectives;
import org.ironbridge.portfolio.internal.PortfolioQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portfolio overview and the pages of each initiative. */
@Controller
class PortfolioController {

    private final PortfolioQueries queries;
    private final InitiativeEditing editing;
    private final InitiativeFormView formView;
    private final People people;
    private final PlanObjectives objectives;
    private final LifecycleRoutes routes;
    private final AccessPolicy policy;

    PortfolioController(PortfolioQueries queries, InitiativeEditing editing, InitiativeFormView formView, People people,
                        PlanObjectives objectives, LifecycleRoutes routes, AccessPolicy policy) {
        this.queries = queries;
        this.editing = editing;
        this.formView = formView;
        this.people = people;
        this.objectives = objectives;
        this.routes = routes;
        this.policy = policy;
    }

    @GetMapping("/portfolio")
    String overview(@RequestParam(required = false) String stage, @RequestParam(required = false) String tier,
                    @RequestParam(required = false) String confidence, @RequestParam(required = false) String area,
                    @RequestParam(required = false) String q, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        PortfolioQueries.Filter filter = new PortfolioQueries.Filter(FormText.choice(Stage.class, stage),
                FormText.choice(Tier.class, tier), FormText.choice(DeliveryConfidence.class, confidence), FormText.uuid(area), q == null || q.isBlank() ? null : q.strip());
        List<PortfolioQueries.Row> rows = queries.overview(subject, filter);
        FormErrors none = new FormErrors();
        model.addAttribute("rows", rows);
        model.addAttribute("byStage", rows.stream().collect(Collectors.groupingBy(PortfolioQueries.Row::stage,
                () -> new java.util.EnumMap<>(Stage.class), Collectors.counting())));
        model.addAttribute("mayPropose", policy.permits(subject, Permission.PROPOSE_INITIATIVE));
        model.addAttribute("qField", FormFields.input("q", "Search title, reference or summary", q, none));
        model.addAttribute("stageField", FormFields.select("stage", "Stage",
                Stream.of(Stage.values()).map(s -> Choice.of(s.name(), s.label())).toList(), stage, none));
        model.addAttribute("tierField", FormFields.select("tier", "Governed by",
                Stream.of(Tier.values()).map(t -> Choice.of(t.name(), t.label())).toList(), tier, none));
        model.addAttribute("confidenceField", FormFields.select("confidence", "Delivery confidence",
                Stream.of(DeliveryConfidence.values()).map(c -> Choice.of(c.name(), c.label())).toList(), confidence, none));
        model.addAttribute("areaField", FormFields.select("area", "Business area",
                people.units(subject.forceId()).stream().map(u -> Choice.of(u.id().toString(), u.name())).toList(),
                area, none));
        return "portfolio/overview";
    }

    @GetMapping("/portfolio/initiatives/new")
    String proposeForm(Authentication authentication, Model model) {
        formView.fill(AccessPolicy.subjectOf(authentication), new InitiativeForm(), new FormErrors(), model);
        return "portfolio/initiative-form";
    }

    @PostMapping("/portfolio/initiatives")
    String propose(@ModelAttribute InitiativeForm form, Authentication authentication, Model model,
                   RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        InitiativeEditing.Outcome outcome = editing.propose(subject, form);
        if (outcome.errors().any()) {
            formView.fill(subject, form, outcome.errors(), model);
            return "portfolio/initiative-form";
        }
        redirect.addFlashAttribute("notice", "Initiative " + outcome.saved().reference() + " proposed");
        return "redirect:/portfolio/initiatives/" + outcome.saved().id();
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}")
    String initiative(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        Map<UUID, String> names = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        Map<UUID, String> units = people.units(subject.forceId()).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<UUID, String> plan = objectives.of(subject.forceId());
        model.addAttribute("initiative", initiative);
        model.addAttribute("sro", names.getOrDefault(initiative.sroId(), "Not yet named"));
        model.addAttribute("projectManager", names.getOrDefault(initiative.projectManagerId(), "Not yet named"));
        model.addAttribute("areas", initiative.businessAreaIds().stream().map(units::get).sorted().toList());
        model.addAttribute("objectives", initiative.objectiveIds().stream().map(plan::get).sorted().toList());
        List<Stage> route = routes.of(initiative.forceId()).route(initiative.type(), initiative.tier());
        model.addAttribute("route", Lifecycle.withCurrent(route, initiative.stage()));
        model.addAttribute("offRoute", !route.contains(initiative.stage()));
        model.addAttribute("mayEdit", editing.mayEdit(subject, initiative));
        return "portfolio/initiative";
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/edit")
    String editForm(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.forEditing(subject, initiativeId);
        model.addAttribute("initiative", initiative);
        formView.fill(subject, formOf(initiative), new FormErrors(), model);
        return "portfolio/initiative-form";
    }

    @PostMapping("/portfolio/initiatives/{initiativeId}")
    String edit(@PathVariable UUID initiativeId, @ModelAttribute InitiativeForm form, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            InitiativeEditing.Outcome outcome = editing.edit(subject, initiativeId, form);
            if (outcome.errors().any()) {
                model.addAttribute("initiative", editing.forEditing(subject, initiativeId));
                formView.fill(subject, form, outcome.errors(), model);
                return "portfolio/initiative-form";
            }
        } catch (EditConflict conflict) {
            Initiative current = editing.forEditing(subject, initiativeId);
            model.addAttribute("initiative", current);
            model.addAttribute("conflict", conflict);
            formView.fill(subject, formOf(current), new FormErrors().reject("title", "Someone else changed this "
                    + "initiative while you were editing. Nothing you entered has been saved. Check their changes, "
                    + "then make yours again"), model);
            return "portfolio/initiative-form";
        }
        redirect.addFlashAttribute("notice", "Initiative updated");
        return "redirect:/portfolio/initiatives/" + initiativeId;
    }

    private static InitiativeForm formOf(Initiative initiative) {
        return InitiativeForm.of(initiative);
    }
}
