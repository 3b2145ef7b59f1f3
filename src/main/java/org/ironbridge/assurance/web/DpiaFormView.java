package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.ironbridge.assurance.internal.DpiaForm;
import org.ironbridge.assurance.internal.DpiaRisk;
import org.ironbridge.assurance.internal.LawfulBasis;
import org.ironbridge.assurance.internal.SensitiveCondition;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.ui.Model;

/** The GOV.UK components of the DPIA draft form: steps 1 to 4, and one group of fields per risk. */
final class DpiaFormView {

    private DpiaFormView() {
    }

    static void fill(DpiaForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("needField", FormFields.textarea("need", "Step 1: why is a DPIA needed?",
                "What the project aims to achieve, the processing it involves, and why the screening found a DPIA needed.",
                form.getNeed(), errors));
        model.addAttribute("natureField", FormFields.textarea("nature", "Nature of the processing",
                "How the data is collected, used, stored and deleted; its source; who it is shared with; any processors.",
                form.getNature(), errors));
        model.addAttribute("scopeField", FormFields.textarea("scope", "Scope of the processing",
                "The kinds of data (special category or criminal offence data?), how much, how often, how long it is kept, "
                        + "how many people it concerns and the area it covers.", form.getScope(), errors));
        model.addAttribute("contextField", FormFields.textarea("context", "Context of the processing",
                "Your relationship with the people, how much control they have, whether they would expect it, whether "
                        + "they include children or vulnerable groups, and any public concern.", form.getContext(), errors));
        model.addAttribute("purposesField", FormFields.textarea("purposes", "Purposes of the processing",
                "What you want to achieve, the intended effect on people, and the benefits to the force and the public.",
                form.getPurposes(), errors));
        model.addAttribute("consultationField", FormFields.textarea("consultation", "Step 3: consultation",
                "Who you consulted (people affected or their representatives, the DPO, information security, processors, "
                        + "experts), how, and what they said.", form.getConsultation(), errors));
        model.addAttribute("basesField", FormFields.checkboxes("lawfulBases", "Lawful basis",
                "DPA 2018 Part 3 for law enforcement purposes; UK GDPR Art 6 for any other purpose. Select all that apply.",
                Stream.of(LawfulBasis.values()).map(b -> Choice.of(b.name(), b.label())).toList(),
                form.getLawfulBases(), errors));
        model.addAttribute("conditionsField", FormFields.checkboxes("sensitiveConditions",
                "Conditions for sensitive processing (where relevant)",
                "Needed for special category, biometric, genetic or criminal offence data. Leave all unticked when there is none.",
                Stream.of(SensitiveCondition.values()).map(c -> Choice.of(c.name(), c.label())).toList(),
                form.getSensitiveConditions(), errors));
        model.addAttribute("necessityField", FormFields.textarea("necessity", "Necessity and proportionality",
                "Does the processing achieve the purpose, and is there another way? How you prevent function creep, "
                        + "ensure data quality and minimisation, inform people and support their rights, control "
                        + "processors and safeguard any international transfers.", form.getNecessity(), errors));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<DpiaForm.RiskRow> shown = form.rowsToShow();
        for (int i = 0; i < shown.size(); i++) {
            rows.add(row(i + 1, shown.get(i), i < form.risks().size(), errors));
        }
        model.addAttribute("riskRows", rows);
    }

    /** The risk rows as typed: every row sends each of its fields, so the repeated values line up by position. */
    static List<DpiaForm.RiskRow> rowsFrom(HttpServletRequest request) {
        String[][] columns = Stream.of("riskDescription", "riskLikelihood", "riskSeverity", "riskMeasure", "riskEffect",
                "riskResidual", "riskApproved").map(name -> values(request, name)).toArray(String[][]::new);
        Set<String> remove = new HashSet<>(Arrays.asList(values(request, "riskRemove")));
        int count = Math.min(Stream.of(columns).mapToInt(c -> c.length).max().orElse(0),
                DpiaForm.MAX_RISKS + DpiaForm.BLANK_ROWS + 1);
        List<DpiaForm.RiskRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DpiaForm.RiskRow row = new DpiaForm.RiskRow();
            row.setDescription(at(columns[0], i));
            row.setLikelihood(at(columns[1], i));
            row.setSeverity(at(columns[2], i));
            row.setMeasure(at(columns[3], i));
            row.setEffect(at(columns[4], i));
            row.setResidual(at(columns[5], i));
            row.setApproved(at(columns[6], i));
            row.setRemove(remove.contains(String.valueOf(i + 1)));
            rows.add(row);
        }
        // Rows left entirely blank at the end are the spare ones the page offered.
        while (!rows.isEmpty() && rows.getLast().blank()) {
            rows.removeLast();
        }
        return rows;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }

    private static Map<String, Object> row(int n, DpiaForm.RiskRow row, boolean written, FormErrors errors) {
        String at = "risk-" + n + "-";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("n", n);
        fields.put("written", written);
        fields.put("remove", row.isRemove());
        fields.put("description", field(FormFields.textarea("riskDescription", "Risk " + n + ": source of risk and nature "
                + "of potential impact on people", null, row.getDescription(), errors), at + "description", errors));
        fields.put("likelihood", field(FormFields.select("riskLikelihood", "Likelihood of harm", choices(
                DpiaRisk.Likelihood.values(), DpiaRisk.Likelihood::label), row.getLikelihood(), errors), at + "likelihood", errors));
        fields.put("severity", field(FormFields.select("riskSeverity", "Severity of harm", choices(
                DpiaRisk.Severity.values(), DpiaRisk.Severity::label), row.getSeverity(), errors), at + "severity", errors));
        fields.put("measure", field(FormFields.textarea("riskMeasure", "Measure to reduce or eliminate risk " + n, null,
                row.getMeasure(), errors), at + "measure", errors));
        fields.put("effect", field(FormFields.select("riskEffect", "Effect on risk", choices(DpiaRisk.Effect.values(),
                DpiaRisk.Effect::label), row.getEffect(), errors), at + "effect", errors));
        fields.put("residual", field(FormFields.select("riskResidual", "Residual risk", choices(
                DpiaRisk.RiskLevel.values(), DpiaRisk.RiskLevel::label), row.getResidual(), errors), at + "residual", errors));
        fields.put("approved", field(FormFields.select("riskApproved", "Measure approved", List.of(Choice.of("yes", "Yes"),
                Choice.of("no", "No")), row.getApproved(), errors), at + "approved", errors));
        return fields;
    }

    /** Gives the component its row's own id and the row's error. */
    private static Map<String, Object> field(Map<String, Object> field, String id, FormErrors errors) {
        field.put("id", id);
        field.remove("errorMessage");
        if (errors.has(id)) {
            field.put("errorMessage", errors.errorMessage(id));
        }
        return field;
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, java.util.function.Function<E, String> label) {
        return Stream.of(values).map(v -> Choice.of(v.name(), label.apply(v))).toList();
    }
}
