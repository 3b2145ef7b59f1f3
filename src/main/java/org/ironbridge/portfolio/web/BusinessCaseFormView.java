package org.ironbridge.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.BusinessCaseForm;
import org.ironbridge.portfolio.internal.FundingSource;
import org.ironbridge.portfolio.internal.Initiative;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the business case form's GOV.UK components, with the person's input and errors, into the model. */
@Component
class BusinessCaseFormView {

    private static final Map<String, String> CASE_HINTS = Map.of(
            "strategicCase", "Why the change is needed, what it will achieve and how it serves the force's plans and the "
                    + "Police and Crime Plan.",
            "economicCase", "The options appraised and why the preferred one gives the best value for the public.",
            "commercialCase", "How it will be bought or sourced: route to market, suppliers, contract and national "
                    + "frameworks.",
            "financialCase", "Affordability: the budget it needs, when, and the effect on the force's finances.",
            "managementCase", "How it will be delivered and governed: SRO, project board, milestones, risks and benefits "
                    + "realisation.");

    void fill(Initiative initiative, BusinessCaseForm form, FormErrors errors, Model model) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<Map<String, Object>> cases = new ArrayList<>();
        BusinessCaseForm.CASES.forEach((field, label) -> cases.add(Prose.counted(FormFields.textarea(field,
                label + ("strategicCase".equals(field) ? "" : " (optional until it is written)"), CASE_HINTS.get(field),
                form.caseText(field), errors), BusinessCaseForm.CASE_LIMIT, 8)));
        model.addAttribute("caseFields", cases);
        List<Map<String, Object>> options = new ArrayList<>();
        for (int row = 1; row <= BusinessCaseForm.MAX_OPTIONS; row++) {
            String key = String.valueOf(row);
            String id = "option-" + row;
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("legend", "Option " + row + (row == 1 ? " (for example, do nothing or the minimum)" : ""));
            option.put("title", Prose.submittedAs(FormFields.input(id + "-title", "Title",
                    form.getOptionTitle().get(key), errors), "optionTitle[" + key + "]"));
            option.put("description", Prose.submittedAs(FormFields.textarea(id + "-description", "Description", null,
                    form.getOptionDescription().get(key), errors), "optionDescription[" + key + "]"));
            ((Map<String, Object>) option.get("description")).put("rows", 3);
            option.put("cost", Prose.submittedAs(Prose.pounds(FormFields.input(id + "-cost", "Whole-life cost",
                    form.getOptionCost().get(key), errors)), "optionCost[" + key + "]"));
            options.add(option);
        }
        model.addAttribute("optionRows", options);
        model.addAttribute("preferredField", FormFields.radios("preferredOption", "Preferred option",
                "Leave the rows you do not need blank.", IntStream.rangeClosed(1, BusinessCaseForm.MAX_OPTIONS)
                        .mapToObj(row -> Choice.of(String.valueOf(row), optionName(form, row))).toList(),
                form.getPreferredOption(), errors));
        model.addAttribute("capitalOneOffField", Prose.pounds(FormFields.input("capitalOneOff", "Capital, one-off",
                form.getCapitalOneOff(), errors)));
        model.addAttribute("capitalRecurringField", Prose.pounds(FormFields.input("capitalRecurring",
                "Capital, recurring each year", form.getCapitalRecurring(), errors)));
        model.addAttribute("revenueOneOffField", Prose.pounds(FormFields.input("revenueOneOff", "Revenue, one-off",
                form.getRevenueOneOff(), errors)));
        model.addAttribute("revenueRecurringField", Prose.pounds(FormFields.input("revenueRecurring",
                "Revenue, recurring each year", form.getRevenueRecurring(), errors)));
        Map<String, Object> years = Prose.withHint(FormFields.input("years", "Years costed", form.getYears(), errors),
                "From 1 to 20. The whole-life cost is the one-off costs plus the recurring costs for each year.");
        years.put("classes", "govuk-input--width-2");
        years.put("inputmode", "numeric");
        model.addAttribute("yearsField", years);
        model.addAttribute("fundingSourceField", FormFields.radios("fundingSource", "Funding source", null,
                Stream.of(FundingSource.values()).map(source -> Choice.of(source.name(), source.label())).toList(),
                form.getFundingSource(), errors));
        model.addAttribute("fundingDetailField", Prose.withHint(FormFields.input("fundingDetail",
                "Funding detail (needed for other)", form.getFundingDetail(), errors),
                "For example the fund, the budget line, or the partner and their share."));
    }

    private static String optionName(BusinessCaseForm form, int row) {
        String title = form.getOptionTitle().get(String.valueOf(row));
        return title == null || title.isBlank() ? "Option " + row : "Option " + row + ": " + title.strip();
    }
}
