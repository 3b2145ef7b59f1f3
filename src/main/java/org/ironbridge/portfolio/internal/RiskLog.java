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

/** The risks of an initiative's RAID log. */
@Component
public class RiskLog extends InitiativeLog<Risk, RiskForm, Risk.Details> {

    static final String RECORD_TYPE = "Risk";

    private final RaidReferences references;
    private final ForceNames names;

    RiskLog(RiskRepository risks, InitiativeEditing initiatives, RaidReferences references, ForceNames names,
            AuditTrail audit, Clock clock) {
        super(risks, initiatives, audit, clock);
        this.references = references;
        this.names = names;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String name(Initiative initiative, Risk risk) {
        return "risk " + risk.reference();
    }

    @Override
    Risk.Details validate(Subject subject, Initiative initiative, RiskForm form, FormErrors errors) {
        return form.validate(names.activePeople(initiative.forceId()), errors);
    }

    @Override
    Risk create(Initiative initiative, Risk.Details details, Instant now) {
        return Risk.raise(initiative, references.next(initiative.id(), 'R'), details, now);
    }

    @Override
    void apply(Initiative initiative, Risk risk, Risk.Details details, Instant now) {
        risk.apply(details, initiative.tier(), now);
    }

    @Override
    List<FieldChange> fields(Initiative initiative, Risk before, Risk after) {
        Map<UUID, String> people = names.people(initiative.forceId());
        boolean isNew = before == null;
        return List.of(
                new FieldChange("Cause", isNew ? null : before.cause(), after.cause()),
                new FieldChange("Event", isNew ? null : before.event(), after.event()),
                new FieldChange("Effect", isNew ? null : before.effect(), after.effect()),
                new FieldChange("Inherent score", isNew ? null : before.inherent().sum(), after.inherent().sum()),
                new FieldChange("Residual score", isNew ? null : before.residual().sum(), after.residual().sum()),
                new FieldChange("Owner", isNew ? null : people.get(before.ownerId()), people.get(after.ownerId())),
                new FieldChange("Response", isNew ? null : before.response().label(), after.response().label()),
                new FieldChange("Proximity", isNew ? null : before.proximity().label(), after.proximity().label()),
                new FieldChange("Escalated to", isNew ? null : before.escalatedTo(), after.escalatedTo()),
                new FieldChange("Reason for escalating", isNew ? null : before.escalationReason(),
                        after.escalationReason()),
                new FieldChange("Status", isNew ? null : before.status().label(), after.status().label()));
    }

    @Override
    Comparator<Risk> order() {
        return Comparator.comparing(Risk::reference);
    }

    @Override
    public RiskForm formOf(Risk risk) {
        return RiskForm.of(risk);
    }
}
