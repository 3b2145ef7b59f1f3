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

/** The issues of an initiative's RAID log. */
@Component
public class IssueLog extends InitiativeLog<Issue, IssueForm, Issue.Details> {

    static final String RECORD_TYPE = "Issue";

    private final RaidReferences references;
    private final ForceNames names;

    IssueLog(IssueRepository issues, InitiativeEditing initiatives, RaidReferences references, ForceNames names,
             AuditTrail audit, Clock clock) {
        super(issues, initiatives, audit, clock);
        this.references = references;
        this.names = names;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String name(Initiative initiative, Issue issue) {
        return "issue " + issue.reference();
    }

    @Override
    Issue.Details validate(Subject subject, Initiative initiative, IssueForm form, FormErrors errors) {
        return form.validate(names.activePeople(initiative.forceId()), errors);
    }

    @Override
    Issue create(Initiative initiative, Issue.Details details, Instant now) {
        return Issue.raise(initiative.id(), references.next(initiative.id(), 'I'), details, now);
    }

    @Override
    void apply(Initiative initiative, Issue issue, Issue.Details details, Instant now) {
        issue.apply(details, now);
    }

    @Override
    List<FieldChange> fields(Initiative initiative, Issue before, Issue after) {
        Map<UUID, String> people = names.people(initiative.forceId());
        boolean isNew = before == null;
        return List.of(
                new FieldChange("Description", isNew ? null : before.description(), after.description()),
                new FieldChange("Impact", isNew ? null : before.impact(), after.impact()),
                new FieldChange("Owner", isNew ? null : people.get(before.ownerId()), people.get(after.ownerId())),
                new FieldChange("Priority", isNew ? null : before.priority().label(), after.priority().label()),
                new FieldChange("Status", isNew ? null : before.status().label(), after.status().label()),
                new FieldChange("Resolution", isNew ? null : before.resolution(), after.resolution()));
    }

    @Override
    Comparator<Issue> order() {
        return Comparator.comparing(Issue::reference);
    }

    @Override
    public IssueForm formOf(Issue issue) {
        return IssueForm.of(issue);
    }
}
