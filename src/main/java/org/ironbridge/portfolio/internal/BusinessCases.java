package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.BusinessCaseSummary;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives' business cases: each save is a new version, made from the latest by someone who may
 * edit the initiative, refused when someone else saved a newer version meanwhile, audited with what
 * changed in the same transaction.
 */
@Component
public class BusinessCases {

    static final String RECORD_TYPE = "BusinessCase";

    private final BusinessCaseRepository cases;
    private final JdbcAggregateTemplate aggregates;
    private final VersionNumbers versions;
    private final InitiativeEditing editing;
    private final AuditTrail audit;
    private final Clock clock;

    BusinessCases(BusinessCaseRepository cases, JdbcAggregateTemplate aggregates, VersionNumbers versions,
                  InitiativeEditing editing, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.aggregates = aggregates;
        this.versions = versions;
        this.editing = editing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A business case page: the version asked for (else the latest, or none yet) and every version. */
    public record View(Initiative initiative, BusinessCase shown, List<BusinessCase> history, boolean mayEdit) {

        public BusinessCase latest() {
            return history.isEmpty() ? null : history.getFirst();
        }
    }

    /** A save: the new version (or the latest when nothing changed), or the errors to show with the input kept. */
    public record Outcome(BusinessCase saved, boolean newVersion, FormErrors errors) {
    }

    /** The page for a version; {@code version} blank for the latest. An unknown version is not found. */
    @Transactional
    public View view(Subject subject, UUID initiativeId, String version) {
        Initiative initiative = editing.open(subject, initiativeId);
        List<BusinessCase> history = cases.findByInitiativeIdOrderByVersionDesc(initiativeId);
        BusinessCase shown = VersionNumbers.pick(history, BusinessCase::version, version, initiativeId, RECORD_TYPE);
        return new View(initiative, shown, history, editing.mayEdit(subject, initiative));
    }

    /** The initiative, for the person editing it, and the latest version to start from (null: none yet). */
    @Transactional(readOnly = true)
    public View forEditing(Subject subject, UUID initiativeId) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        BusinessCase latest = cases.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).orElse(null);
        return new View(initiative, latest, latest == null ? List.of() : List.of(latest), true);
    }

    @Transactional
    public Outcome save(Subject subject, UUID initiativeId, BusinessCaseForm form) {
        Initiative initiative = editing.forEditing(subject, initiativeId);
        FormErrors errors = new FormErrors();
        BusinessCaseForm.Content content = form.validate(errors);
        if (content == null) {
            return new Outcome(null, false, errors);
        }
        versions.lock(RECORD_TYPE, initiativeId);
        BusinessCase latest = cases.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).orElse(null);
        int current = latest == null ? 0 : latest.version();
        if (form.basedOnVersion() != current) {
            BusinessCase opened = cases.findByInitiativeIdAndVersion(initiativeId, form.basedOnVersion()).orElse(null);
            throw audit.conflictOn(RECORD_TYPE, initiativeId.toString(), describe(opened, latest),
                    latest == null ? clock.instant() : latest.savedAt());
        }
        BusinessCase next = new BusinessCase(UUID.randomUUID(), initiative.forceId(), initiativeId, current + 1,
                content.strategicCase(), content.economicCase(), content.commercialCase(), content.financialCase(),
                content.managementCase(), content.cost(), content.fundingSource(), content.fundingDetail(),
                content.options(), subject.displayName(), clock.instant());
        List<FieldChange> changes = describe(latest, next);
        if (latest != null && changes.stream().noneMatch(FieldChange::changed)) {
            return new Outcome(latest, false, errors);
        }
        aggregates.insert(next);
        audit.record(AuditEntry.of(RECORD_TYPE, initiativeId, latest == null ? Operation.COLLECTION : Operation.ALTERATION,
                        "Saved version " + next.version() + " of the business case for " + initiative.reference())
                .withChanges(changes).inForce(subject.forceCode()));
        return new Outcome(next, true, errors);
    }

    /** The latest version as other modules see it; read without a person, inside their own checks. */
    @Transactional(readOnly = true)
    public Optional<BusinessCaseSummary> summary(UUID initiativeId) {
        return cases.findFirstByInitiativeIdOrderByVersionDesc(initiativeId).map(latest -> new BusinessCaseSummary(
                initiativeId, latest.version(), latest.preferredOption() == null ? null : latest.preferredOption().title(),
                latest.cost().total(), latest.funding(), latest.savedAt()));
    }

    /** Field by field, what changed from one version to another; either may be null. */
    static List<FieldChange> describe(BusinessCase before, BusinessCase after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(change("Strategic case", before, after, BusinessCase::strategicCase));
        changes.add(change("Economic case", before, after, BusinessCase::economicCase));
        changes.add(change("Commercial case", before, after, BusinessCase::commercialCase));
        changes.add(change("Financial case", before, after, BusinessCase::financialCase));
        changes.add(change("Management case", before, after, BusinessCase::managementCase));
        changes.add(change("Options considered", before, after, BusinessCases::options));
        changes.add(change("Capital one-off cost", before, after, c -> c.cost().capitalOneOff().toPlainString()));
        changes.add(change("Capital recurring cost per year", before, after,
                c -> c.cost().capitalRecurring().toPlainString()));
        changes.add(change("Revenue one-off cost", before, after, c -> c.cost().revenueOneOff().toPlainString()));
        changes.add(change("Revenue recurring cost per year", before, after,
                c -> c.cost().revenueRecurring().toPlainString()));
        changes.add(change("Years costed", before, after, c -> String.valueOf(c.cost().years())));
        changes.add(change("Whole-life cost", before, after, c -> c.cost().total().toPlainString()));
        changes.add(change("Funding source", before, after, BusinessCase::funding));
        return changes;
    }

    private static FieldChange change(String field, BusinessCase before, BusinessCase after,
                                      java.util.function.Function<BusinessCase, String> value) {
        return new FieldChange(field, before == null ? null : value.apply(before), after == null ? null : value.apply(after));
    }

    private static String options(BusinessCase saved) {
        return saved.options().stream()
                .map(o -> o.title() + ": " + o.description() + " (£" + o.wholeLifeCost().toPlainString()
                        + (o.preferred() ? ", preferred" : "") + ")")
                .collect(Collectors.joining("; "));
    }
}
