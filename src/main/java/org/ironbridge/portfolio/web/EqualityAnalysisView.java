package org.ironbridge.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.EqualityStatus;
import org.ironbridge.portfolio.internal.EqualityAnalyses;
import org.ironbridge.portfolio.internal.EqualityAnalysis;
import org.ironbridge.portfolio.internal.EqualityAnalysisForm;
import org.ironbridge.portfolio.internal.FeedbackForm;
import org.ironbridge.portfolio.internal.ImpactRating;
import org.ironbridge.portfolio.internal.ProtectedCharacteristic;
import org.ironbridge.portfolio.internal.SignOffForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the equality analysis page and its form, with the person's input and errors, into the model. */
@Component
class EqualityAnalysisView {

    /** One aim of the duty as shown on the page. */
    record Aim(String heading, List<String> paragraphs) {
    }

    private static final Map<String, String> AIM_HINTS = Map.of(
            "eliminateDiscrimination", "How the change avoids discrimination, harassment and victimisation, for the "
                    + "public and for officers and staff.",
            "advanceEquality", "How it removes or reduces disadvantage and meets the different needs of people who "
                    + "share a protected characteristic.",
            "fosterGoodRelations", "How it tackles prejudice and promotes understanding between groups, including trust "
                    + "and confidence in policing.");

    /** The analysis page: the version shown, sign-off and feedback forms with any input and errors. */
    void page(EqualityAnalyses.View view, SignOffForm signOff, FeedbackForm feedback, FormErrors errors, Model model) {
        EqualityAnalysis shown = view.shown();
        model.addAttribute("view", view);
        model.addAttribute("initiative", view.initiative());
        model.addAttribute("shown", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("earlier", shown != null && shown != view.latest());
        model.addAttribute("overdue", shown != null && shown.signedOff() && shown.reviewOverdue(view.today()));
        if (shown != null) {
            List<Aim> aims = new ArrayList<>();
            aims.add(new Aim("Eliminate discrimination, harassment and victimisation",
                    Prose.paragraphs(shown.eliminateDiscrimination())));
            aims.add(new Aim("Advance equality of opportunity", Prose.paragraphs(shown.advanceEquality())));
            aims.add(new Aim("Foster good relations", Prose.paragraphs(shown.fosterGoodRelations())));
            model.addAttribute("aims", aims);
            model.addAttribute("negatives", shown.rated(ImpactRating.NEGATIVE).size());
            model.addAttribute("unknowns", shown.rated(ImpactRating.UNKNOWN).size());
        }
        model.addAttribute("signOffForm", signOff);
        model.addAttribute("reviewDueField", FormFields.date("reviewDue", "reviewDue", "Review due",
                signOff.getReviewDueDay(), signOff.getReviewDueMonth(), signOff.getReviewDueYear(), errors));
        model.addAttribute("associationField", Prose.withHint(FormFields.input("association", "Staff association",
                feedback.getAssociation(), errors), "For example, Black and Asian Police Association, Disabled Police "
                + "Association, Women's Network or LGBT+ Network."));
        model.addAttribute("receivedField", FormFields.date("received", "received", "Date received",
                feedback.getReceivedDay(), feedback.getReceivedMonth(), feedback.getReceivedYear(), errors));
        model.addAttribute("feedbackField", Prose.counted(FormFields.textarea("feedback", "What they said", null,
                feedback.getFeedback(), errors), 4000, 5));
    }

    /** The edit form: status while screening, the three aims, and each protected characteristic. */
    void form(EqualityAnalyses.View view, EqualityAnalysisForm form, FormErrors errors, Model model) {
        EqualityAnalysis latest = view.shown();
        model.addAttribute("initiative", view.initiative());
        model.addAttribute("latest", latest);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        boolean screening = latest == null || latest.status() == EqualityStatus.SCREENING;
        model.addAttribute("statusField", screening ? FormFields.radios("status", "Stage of the analysis", null, List.of(
                new Choice(EqualityStatus.SCREENING.name(), "Screening",
                        "A first look at whether and how the change affects people. The aims may be left until later."),
                new Choice(EqualityStatus.FULL_ANALYSIS.name(), "Full analysis",
                        "The full assessment against the three aims, ready for the SRO to sign off.")),
                form.getStatus(), errors) : null);
        List<Map<String, Object>> aims = new ArrayList<>();
        EqualityAnalysisForm.AIMS.forEach((field, aim) -> aims.add(Prose.counted(FormFields.textarea(field,
                "How the initiative has due regard to the aim to " + aim, AIM_HINTS.get(field), form.aimText(field),
                errors), EqualityAnalysisForm.AIM_LIMIT, 5)));
        model.addAttribute("aimFields", aims);
        List<Map<String, Object>> characteristics = new ArrayList<>();
        for (ProtectedCharacteristic characteristic : ProtectedCharacteristic.values()) {
            String key = characteristic.name();
            String id = characteristic.slug();
            Map<String, Object> rating = Prose.submittedAs(FormFields.radios(id + "-rating", "Impact", null,
                    Stream.of(ImpactRating.values()).map(r -> Choice.of(r.name(), r.label())).toList(),
                    form.getRating().get(key), errors), "rating[" + key + "]");
            rating.put("classes", "govuk-radios--inline govuk-radios--small");
            Map<String, Object> characteristicFields = new LinkedHashMap<>();
            characteristicFields.put("legend", characteristic.label());
            characteristicFields.put("rating", rating);
            characteristicFields.put("evidence", Prose.counted(Prose.submittedAs(FormFields.textarea(id + "-evidence",
                    "Evidence", "Needed unless the impact is unknown: data, engagement or research it rests on.",
                    form.getEvidence().get(key), errors), "evidence[" + key + "]"), EqualityAnalysisForm.IMPACT_TEXT_LIMIT, 3));
            characteristicFields.put("mitigation", Prose.counted(Prose.submittedAs(FormFields.textarea(id + "-mitigation",
                    "Mitigation", "Needed when the impact is negative: what will be done to remove or reduce it.",
                    form.getMitigation().get(key), errors), "mitigation[" + key + "]"), EqualityAnalysisForm.IMPACT_TEXT_LIMIT, 3));
            characteristics.add(characteristicFields);
        }
        model.addAttribute("characteristicFields", characteristics);
    }
}
