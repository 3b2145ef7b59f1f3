package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.govuk.FormErrors;
import org.springframework.stereotype.Component;

/** How an initiative changes the force's business areas, month by month. */
@Component
public class ChangeImpactLog extends InitiativeLog<ChangeImpact, ChangeImpactForm, ChangeImpact.Details> {

    static final String RECORD_TYPE = "Change impact";

    private final ForceNames names;

    ChangeImpactLog(ChangeImpactRepository impacts, InitiativeEditing initiatives, ForceNames names, AuditTrail audit,
                    Clock clock) {
        super(impacts, initiatives, audit, clock);
        this.names = names;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String name(Initiative initiative, ChangeImpact impact) {
        return "change impact on " + names.units(initiative.forceId()).get(impact.organisationUnitId());
    }

    @Override
    ChangeImpact.Details validate(Subject subject, Initiative initiative, ChangeImpactForm form, FormErrors errors) {
        return form.validate(names.units(initiative.forceId()).keySet(), errors);
    }

    @Override
    ChangeImpact create(Initiative initiative, ChangeImpact.Details details, Instant now) {
        return ChangeImpact.assess(initiative.id(), details, now);
    }

    @Override
    void apply(Initiative initiative, ChangeImpact impact, ChangeImpact.Details details, Instant now) {
        impact.apply(details, now);
    }

    @Override
    List<FieldChange> fields(Initiative initiative, ChangeImpact before, ChangeImpact after) {
        Map<UUID, String> units = names.units(initiative.forceId());
        boolean isNew = before == null;
        return List.of(
                new FieldChange("Business area", isNew ? null : units.get(before.organisationUnitId()),
                        units.get(after.organisationUnitId())),
                new FieldChange("How", isNew ? null : ways(before), ways(after)),
                new FieldChange("Severity", isNew ? null : before.severity().label(), after.severity().label()),
                new FieldChange("From", isNew ? null : before.from().toString(), after.from().toString()),
                new FieldChange("To", isNew ? null : before.to().toString(), after.to().toString()));
    }

    private static String ways(ChangeImpact impact) {
        return impact.ways().stream().map(Raid.ImpactKind::label).collect(Collectors.joining(", "));
    }

    @Override
    Comparator<ChangeImpact> order() {
        return Comparator.comparing(ChangeImpact::from).thenComparing(ChangeImpact::to)
                .thenComparing(impact -> impact.organisationUnitId().toString());
    }

    @Override
    public ChangeImpactForm formOf(ChangeImpact impact) {
        return ChangeImpactForm.of(impact);
    }
}
