package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.internal.InitiativeForm;
import org.ironbridge.portfolio.internal.PlanObjectives;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the initiative form's GOV.UK components, with the person's input and errors, into the model. */
@Component
class InitiativeFormView {

    private final People people;
    private final PlanObjectives objectives;

    InitiativeFormView(People people, PlanObjectives objectives) {
        this.people = people;
        this.objectives = objectives;
    }

    void fill(Subject subject, InitiativeForm form, FormErrors errors, Model model) {
        UUID force = subject.forceId();
        List<Choice> persons = people.inForce(force).stream().filter(PersonSummary::active)
                .map(person -> Choice.of(person.id().toString(), person.displayName()
                        + (person.jobTitle() == null ? "" : ", " + person.jobTitle())))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("titleField", FormFields.input("title", "Title", form.getTitle(), errors));
        model.addAttribute("summaryField", FormFields.textarea("summary", "Summary",
                "What will change, for whom, and why it is needed.", form.getSummary(), errors));
        model.addAttribute("typeField", FormFields.radios("type", "Type of initiative", null,
                Stream.of(InitiativeType.values()).map(type -> Choice.of(type.name(), type.label())).toList(),
                form.getType(), errors));
        model.addAttribute("sroField", FormFields.select("sroId", "Senior Responsible Owner", persons,
                form.getSroId(), errors));
        model.addAttribute("pmField", FormFields.select("projectManagerId", "Project manager", persons,
                form.getProjectManagerId(), errors));
        model.addAttribute("costField", withHint(FormFields.input("wholeLifeCost", "Whole-life cost (£)",
                form.getWholeLifeCost(), errors), "Capital and revenue over the life of the change, for example 250000."));
        model.addAttribute("riskField", withHint(FormFields.input("riskScore", "Overall risk score (optional)",
                form.getRiskScore(), errors), "Probability × impact, from 1 to 25. Cost and risk decide which board governs it."));
        model.addAttribute("aiField", FormFields.checkboxes("involvesAi", "Artificial intelligence and data", null,
                List.of(new Choice("yes", "This initiative uses AI or advanced data analytics",
                        "It will go to the Change Board with a formal Change Paper, whatever its cost.")),
                form.getInvolvesAi() == null ? List.of() : List.of(form.getInvolvesAi()), errors));
        model.addAttribute("classificationField", FormFields.radios("classification", "Classification", null,
                Stream.of(Classification.values()).map(marking -> Choice.of(marking.name(), marking.marking())).toList(),
                form.getClassification(), errors));
        model.addAttribute("areasField", FormFields.checkboxes("businessAreas", "Business areas affected", null,
                people.units(force).stream().map(unit -> Choice.of(unit.id().toString(), unit.name())).toList(),
                form.getBusinessAreas(), errors));
        model.addAttribute("objectivesField", FormFields.checkboxes("objectives", "Police and Crime Plan objectives served",
                null, objectives.of(force).entrySet().stream()
                        .map(objective -> Choice.of(objective.getKey().toString(), objective.getValue())).toList(),
                form.getObjectives(), errors));
    }

    private static java.util.Map<String, Object> withHint(java.util.Map<String, Object> field, String hint) {
        field.put("hint", java.util.Map.of("text", hint));
        return field;
    }
}
