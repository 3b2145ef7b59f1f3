package org.ironbridge.assurance.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ironbridge.audit.FieldChange;

/** What changed in a DPIA, field by field, as the audit trail and a refused stale save show it. */
final class DpiaChanges {

    private DpiaChanges() {
    }

    static List<FieldChange> between(Dpia.Content before, Dpia.Content after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Step 1: need", before == null ? null : before.need(), after.need()));
        changes.add(new FieldChange("Nature", before == null ? null : before.nature(), after.nature()));
        changes.add(new FieldChange("Scope", before == null ? null : before.scope(), after.scope()));
        changes.add(new FieldChange("Context", before == null ? null : before.context(), after.context()));
        changes.add(new FieldChange("Purposes", before == null ? null : before.purposes(), after.purposes()));
        changes.add(new FieldChange("Step 3: consultation", before == null ? null : before.consultation(),
                after.consultation()));
        changes.add(new FieldChange("Step 4: necessity and proportionality", before == null ? null : before.necessity(),
                after.necessity()));
        changes.add(new FieldChange("Lawful basis", before == null ? null : bases(before), bases(after)));
        changes.add(new FieldChange("Conditions for sensitive processing", before == null ? null : conditions(before),
                conditions(after)));
        changes.add(new FieldChange("Risks", before == null ? null : risks(before.risks()), risks(after.risks())));
        return changes;
    }

    static List<FieldChange> signOff(Dpia.SignOff s) {
        return List.of(new FieldChange("Status", "Draft", "Signed off"),
                new FieldChange("Measures approved by", null, s.measuresApprovedBy()),
                new FieldChange("Residual risks approved by", null, s.residualRisksApprovedBy()),
                new FieldChange("DPO advice", null, s.dpoAdvice()),
                new FieldChange("DPO advice", null, s.adviceFollowed() ? "Followed" : "Overruled"),
                new FieldChange("Reasons for overruling", null, s.overruledReasons()),
                new FieldChange("Review date", null, s.reviewDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))),
                new FieldChange("Signed off by", null, s.signedOffName()));
    }

    private static String bases(Dpia.Content c) {
        return empty(c.lawfulBases().stream().map(LawfulBasis::label).collect(Collectors.joining("; ")));
    }

    private static String conditions(Dpia.Content c) {
        return empty(c.conditions().stream().map(SensitiveCondition::label).collect(Collectors.joining("; ")));
    }

    /** One line per risk: enough to see what moved without repeating every cell. */
    static String risks(List<DpiaRisk> risks) {
        return empty(risks.stream().map(r -> r.position() + ". " + r.description() + " [" + r.likelihood().label() + " x "
                + r.severity().label() + " = " + r.overall().label()
                + (r.residual() == null ? "" : "; residual " + r.residual().label()) + "]"
                + (r.measure() == null ? "" : " Measure: " + r.measure())
                + (r.effect() == null ? "" : " (" + r.effect().label().toLowerCase(Locale.ROOT) + ")")
                + (r.measureApproved() == null ? "" : r.measureApproved() ? ", approved" : ", not approved"))
                .collect(Collectors.joining("\n")));
    }

    private static String empty(String text) {
        return text.isEmpty() ? null : text;
    }
}
