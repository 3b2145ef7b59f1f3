package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Relationship;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.SeniorResponsibleOwnerChanged;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing and editing initiatives: validated against the force's people, units and Police and Crime
 * Plan objectives, tiered by the force's thresholds, audited field by field in the same transaction,
 * and never saved over someone else's newer edit.
 */
@Component
public class InitiativeEditing {

    static final String RECORD_TYPE = "Initiative";

    private final InitiativeRepository initiatives;
    private final ReferenceNumbers references;
    private final TierRule tiers;
    private final PlanObjectives objectives;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InitiativeEditing(InitiativeRepository initiatives, ReferenceNumbers references, TierRule tiers,
                      PlanObjectives objectives, People people, AccessPolicy policy, AuditTrail audit, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.initiatives = initiatives;
        this.references = references;
        this.tiers = tiers;
        this.objectives = objectives;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a form: the saved initiative, or the errors to show with the input kept. */
    public record Outcome(Initiative saved, FormErrors errors) {
    }

    @Transactional
    public Outcome propose(Subject subject, InitiativeForm form) {
        if (!policy.permits(subject, Permission.PROPOSE_INITIATIVE)) {
            throw new AccessDeniedException("Not allowed to propose initiatives");
        }
        FormErrors errors = new FormErrors();
        InitiativeDetails details = validate(subject.forceId(), form, errors);
        if (details == null) {
            return new Outcome(null, errors);
        }
        Tier tier = tiers.tierFor(subject.forceId(), details.wholeLifeCost(), details.riskScore(), details.involvesAi());
        Initiative initiative = Initiative.propose(subject.forceId(), references.next(subject.forceId()), details, tier,
                null, null, clock.instant());
        initiatives.save(initiative);
        audit.record(AuditEntry.of(RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Proposed initiative " + initiative.reference() + " " + initiative.title())
                .withChanges(describe(initiative.forceId(), null, initiative)).inForce(subject.forceCode()));
        return new Outcome(initiative, errors);
    }

    @Transactional
    public Outcome edit(Subject subject, UUID id, InitiativeForm form) {
        Initiative initiative = authorised(subject, Permission.EDIT_INITIATIVE, id);
        FormErrors errors = new FormErrors();
        InitiativeDetails details = validate(subject.forceId(), form, errors);
        if (details != null && details.sroId() == null && initiative.stage() != Stage.MANDATE) {
            errors.reject("sroId", "An initiative that has been commissioned must keep a Senior Responsible Owner. "
                    + "Choose the new SRO instead of removing one");
        }
        if (errors.any()) {
            return new Outcome(null, errors);
        }
        if (!Objects.equals(form.getVersion(), initiative.version())) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), List.of(), initiative.updatedAt());
        }
        Initiative before = initiatives.findById(id).orElseThrow();
        Tier tier = tiers.tierFor(initiative.forceId(), details.wholeLifeCost(), details.riskScore(), details.involvesAi());
        initiative.apply(details, tier, clock.instant());
        List<FieldChange> changes = describe(initiative.forceId(), before, initiative);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Outcome(before, errors);
        }
        try {
            initiatives.save(initiative);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), List.of(), clock.instant());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.ALTERATION,
                        "Edited initiative " + initiative.reference())
                .withChanges(changes).inForce(subject.forceCode()));
        if (initiative.sroId() != null && !initiative.sroId().equals(before.sroId())) {
            events.publishEvent(new SeniorResponsibleOwnerChanged(id, initiative.reference(), before.sroId(),
                    initiative.sroId(), subject.forceCode()));
        }
        return new Outcome(initiative, errors);
    }

    /** Opens an initiative for reading; OFFICIAL-SENSITIVE ones are logged as consultation. */
    @Transactional
    public Initiative open(Subject subject, UUID id) {
        Initiative initiative = authorised(subject, Permission.VIEW_PORTFOLIO, id);
        if (policy.decide(subject, Permission.VIEW_PORTFOLIO, protectedRecord(initiative)).consultationLogged()) {
            audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.CONSULTATION,
                    "Viewed initiative " + initiative.reference()).inForce(subject.forceCode()));
        }
        return initiative;
    }

    @Transactional(readOnly = true)
    public Initiative forEditing(Subject subject, UUID id) {
        return authorised(subject, Permission.EDIT_INITIATIVE, id);
    }

    /** Whether this person may change the initiative; asking is not a consultation, so nothing is logged. */
    @Transactional(readOnly = true)
    public boolean mayEdit(Subject subject, UUID id) {
        return initiatives.findById(id).map(initiative -> mayEdit(subject, initiative)).orElse(false);
    }

    public boolean mayEdit(Subject subject, Initiative initiative) {
        return policy.decide(subject, Permission.EDIT_INITIATIVE, protectedRecord(initiative)).allowed();
    }

    static ProtectedRecord protectedRecord(Initiative initiative) {
        ProtectedRecord record = ProtectedRecord.of(RECORD_TYPE, initiative.id(), initiative.forceId(),
                initiative.classification());
        if (initiative.sroId() != null) {
            record = record.with(Relationship.SENIOR_RESPONSIBLE_OWNER, initiative.sroId());
        }
        if (initiative.projectManagerId() != null) {
            record = record.with(Relationship.OWNER, initiative.projectManagerId());
        }
        return record;
    }

    private Initiative authorised(Subject subject, Permission permission, UUID id) {
        Initiative initiative = initiatives.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        return switch (policy.decide(subject, permission, protectedRecord(initiative)).outcome()) {
            case ALLOW -> initiative;
            case NOT_FOUND -> throw new RecordNotFoundException(RECORD_TYPE, id);
            case DENY -> throw new AccessDeniedException("Not allowed to " + permission + " on " + id);
        };
    }

    private InitiativeDetails validate(UUID forceId, InitiativeForm form, FormErrors errors) {
        Set<UUID> persons = people.inForce(forceId).stream().filter(PersonSummary::active).map(PersonSummary::id)
                .collect(Collectors.toSet());
        Set<UUID> units = people.units(forceId).stream().map(UnitSummary::id).collect(Collectors.toSet());
        Set<UUID> plan = objectives.of(forceId).keySet();
        return form.validate(persons, units, plan, errors);
    }

    private List<FieldChange> describe(UUID forceId, Initiative before, Initiative after) {
        Map<UUID, String> names = people.inForce(forceId).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        Map<UUID, String> units = people.units(forceId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<UUID, String> plan = objectives.of(forceId);
        return List.of(
                new FieldChange("Title", before == null ? null : before.title(), after.title()),
                new FieldChange("Summary", before == null ? null : before.summary(), after.summary()),
                new FieldChange("Type", before == null ? null : before.type().label(), after.type().label()),
                new FieldChange("Tier", before == null ? null : before.tier().label(), after.tier().label()),
                new FieldChange("Senior Responsible Owner", before == null ? null : names.get(before.sroId()),
                        names.get(after.sroId())),
                new FieldChange("Project manager", before == null ? null : names.get(before.projectManagerId()),
                        names.get(after.projectManagerId())),
                new FieldChange("Whole-life cost", before == null || before.wholeLifeCost() == null ? null
                        : before.wholeLifeCost().toPlainString(),
                        after.wholeLifeCost() == null ? null : after.wholeLifeCost().toPlainString()),
                new FieldChange("Risk score", before == null || before.riskScore() == null ? null
                        : before.riskScore().toString(), after.riskScore() == null ? null : after.riskScore().toString()),
                new FieldChange("Uses AI or advanced data analytics", before == null ? null : yesNo(before.involvesAi()),
                        yesNo(after.involvesAi())),
                new FieldChange("Classification", before == null ? null : before.classification().marking(),
                        after.classification().marking()),
                new FieldChange("Business areas", before == null ? null : joined(before.businessAreaIds(), units),
                        joined(after.businessAreaIds(), units)),
                new FieldChange("Police and Crime Plan objectives", before == null ? null
                        : joined(before.objectiveIds(), plan), joined(after.objectiveIds(), plan)));
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String joined(Set<UUID> ids, Map<UUID, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id.toString())).sorted().collect(Collectors.joining("; "));
    }
}
