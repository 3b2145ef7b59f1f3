package org.ironbridge.assurance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.assurance.internal.ChecklistVersion;
import org.ironbridge.assurance.internal.ComplianceTest;
import org.ironbridge.assurance.internal.Conformity;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;

/** The GOV.UK form components for answering one framework's checklist, item by item. */
final class ComplianceView {

    private static final List<Choice> OUTCOMES = Stream.of(Conformity.values()).map(r -> Choice.of(r.name(), r.label())).toList();

    private ComplianceView() {
    }

    /** Per item: the item, its outcome radios and evidence box, and the answer on record (for who reviewed it). */
    static List<Map<String, Object>> items(ChecklistVersion version, ComplianceTest.Part part, Map<String, String> fields,
                                           boolean moveOn, FormErrors errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChecklistVersion.Item item : version.items()) {
            Map<String, Object> outcome = FormFields.radios("outcome-" + item.code(), item.text(), item.guidance(), OUTCOMES,
                    fields.get("outcome-" + item.code()), errors);
            outcome.put("classes", "govuk-radios--inline govuk-radios--small");
            outcome.put("fieldset", Map.of("legend", Map.of("text", item.text(), "classes", "govuk-fieldset__legend--s")));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", item);
            row.put("outcome", outcome);
            row.put("evidence", FormFields.textarea("evidence-" + item.code(), "Evidence: " + item.text(),
                    "Or, if it is not applicable, why it does not apply.",
                    fields.get("evidence-" + item.code()), errors));
            row.put("answer", moveOn ? null : part.answer(item.code()));
            rows.add(row);
        }
        return rows;
    }
}
