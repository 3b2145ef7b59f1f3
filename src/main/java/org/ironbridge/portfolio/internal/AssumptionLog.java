package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.govuk.FormErrors;
import org.springframework.stereotype.Component;

/** The assumptions of an initiative's RAID log. */
@Component
public class AssumptionLog extends InitiativeLog<Assumption, AssumptionForm, Assumption.Details> {

    static final String RECORD_TYPE = "Assumption";

    private final RaidReferences references;
    private final ForceNames names;

    AssumptionLog(AssumptionRepository assumptions, InitiativeEditing initiatives, RaidReferences references,
                  ForceNames names, AuditTrail audit, Clock clock) {
        super(assumptions, initiatives, audit, clock);
        this.references = references;
        this.names = names;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String name(Initiative initiative, Assumption assumption) {
        return "assumption " + assumption.reference();
    }

    @Override
    Assumption.Details validate(Subject subject, Initiative initiative, AssumptionForm form, FormErrors errors) {
        return form.validate(names.activePeople(initiative.forceId()), errors);
    }

    @Override
    Assumption create(Initiative initiative, Assumption.Details details, Instant now) {
        return Assumption.make(initiative.id(), references.next(initiative.id(), 'A'), details, now);
    }

    @Override
    void apply(Initiative initiative, Assumption assumption, Assumption.Details details, Instant now) {
        assumption.apply(details, now);
    }

    @Override
    List<FieldChange> fields(Initiative initiative, Assumption before, Assumption after) {
        Map<UUID, String> people = names.people(initiative.forceId());
        boolean isNew = before == null;
        return List.of(
                new FieldChange("Assumption", isNew ? null : before.statement(), after.statement()),
                new FieldChange("Owner", isNew ? null : people.get(before.ownerId()), people.get(after.ownerId())),
                new FieldChange("Validated", isNew ? null : yesNo(before.validated()), yesNo(after.validated())),
                new FieldChange("Validation", isNew ? null : before.validation(), after.validation()));
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    @Override
    Comparator<Assumption> order() {
        return Comparator.comparing(Assumption::reference);
    }

    @Override
    public AssumptionForm formOf(Assumption assumption) {
        return AssumptionForm.of(assumption);
    }
}
