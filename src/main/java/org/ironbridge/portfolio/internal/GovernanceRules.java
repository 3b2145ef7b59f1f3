package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.portfolio.internal.Lifecycle.Route;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's governance rules: the tier thresholds and the stages of its four routes. Changed only by
 * those who configure governance, audited field by field in the same transaction, and never saved over
 * someone else's newer change. Changing a rule moves no initiative: an initiative's tier is worked out
 * again when its details are next saved (InitiativeEditing), and one standing on a stage its route no
 * longer has goes on, at its next gate, to the next stage its route has.
 */
@Component
public class GovernanceRules {

    static final String THRESHOLDS_RECORD = "Governance thresholds";
    static final String ROUTES_RECORD = "Lifecycle routes";
    private static final List<Tier> CONFIGURED_TIERS = List.of(Tier.CHANGE_BOARD, Tier.DESIGN_AND_DELIVERY_BOARD);

    /** An open initiative the thresholds would put under another board than the one that governs it now. */
    public record Retiering(UUID id, String reference, String title, Tier tier, Tier underThresholds) {
    }

    /** An open initiative standing on a stage its route no longer has, and the stage its next gate leads to. */
    public record OffRoute(UUID id, String reference, String title, Stage stage, Stage next) {
    }

    private final TierRule tiers;
    private final LifecycleRoutes routes;
    private final InitiativeRepository initiatives;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    GovernanceRules(TierRule tiers, LifecycleRoutes routes, InitiativeRepository initiatives, AccessPolicy policy,
                    AuditTrail audit, Clock clock) {
        this.tiers = tiers;
        this.routes = routes;
        this.initiatives = initiatives;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayConfigure(Subject subject) {
        return policy.permits(subject, Permission.CONFIGURE_GOVERNANCE);
    }

    @Transactional(readOnly = true)
    public TierRule.Saved thresholds(Subject subject) {
        return tiers.saved(subject.forceId());
    }

    @Transactional(readOnly = true)
    public Lifecycle.Routes routes(Subject subject) {
        return routes.of(subject.forceId());
    }

    @Transactional(readOnly = true)
    public ThresholdsForm thresholdsForEditing(Subject subject) {
        configuring(subject);
        return ThresholdsForm.of(tiers.saved(subject.forceId()));
    }

    @Transactional(readOnly = true)
    public LifecycleForm routesForEditing(Subject subject) {
        configuring(subject);
        return LifecycleForm.of(routes.saved(subject.forceId()));
    }

    /** Saves both tiers' thresholds; the errors to show with the input kept, or none when saved (or unchanged). */
    @Transactional
    public FormErrors saveThresholds(Subject subject, ThresholdsForm form) {
        configuring(subject);
        FormErrors errors = new FormErrors();
        List<TierRule.Threshold> chosen = form.validate(errors);
        if (chosen == null) {
            return errors;
        }
        TierRule.Saved current = tiers.saved(subject.forceId());
        if (CONFIGURED_TIERS.stream().anyMatch(tier -> !Objects.equals(form.versionOf(tier), current.versionOf(tier)))) {
            throw conflict(THRESHOLDS_RECORD, subject);
        }
        List<FieldChange> changes = new ArrayList<>();
        for (TierRule.Threshold threshold : chosen) {
            List<FieldChange> tierChanges = describe(current.of(threshold.tier()), threshold);
            if (tierChanges.stream().anyMatch(FieldChange::changed)
                    && !tiers.save(subject.forceId(), threshold, current.versionOf(threshold.tier()))) {
                throw conflict(THRESHOLDS_RECORD, subject);
            }
            changes.addAll(tierChanges);
        }
        record(subject, THRESHOLDS_RECORD, "Changed the tier thresholds", changes);
        return errors;
    }

    /** Saves the four routes' stages; the errors to show with the input kept, or none when saved (or unchanged). */
    @Transactional
    public FormErrors saveRoutes(Subject subject, LifecycleForm form) {
        configuring(subject);
        FormErrors errors = new FormErrors();
        Map<Route, List<Stage>> chosen = form.validate(errors);
        if (chosen == null) {
            return errors;
        }
        LifecycleRoutes.Saved current = routes.saved(subject.forceId());
        if (Stream.of(Route.values()).anyMatch(route -> !Objects.equals(form.versionOf(route), current.versionOf(route)))) {
            throw conflict(ROUTES_RECORD, subject);
        }
        List<FieldChange> changes = Stream.of(Route.values()).map(route -> new FieldChange(route.label() + " route",
                labels(current.routes().of(route)), labels(chosen.get(route)))).toList();
        for (Route route : Route.values()) {
            if (!current.routes().of(route).equals(chosen.get(route)) && !routes.save(subject.forceId(), route,
                    chosen.get(route), current.versionOf(route), clock.instant())) {
                throw conflict(ROUTES_RECORD, subject);
            }
        }
        record(subject, ROUTES_RECORD, "Changed the lifecycle routes", changes);
        return errors;
    }

    /** The open initiatives this person may see that the force's thresholds would now put under another board. */
    @Transactional(readOnly = true)
    public List<Retiering> retiering(Subject subject) {
        List<TierRule.Threshold> thresholds = tiers.thresholds(subject.forceId());
        return open(subject).map(i -> new Retiering(i.id(), i.reference(), i.title(), i.tier(),
                        TierRule.tierFor(thresholds, i.wholeLifeCost(), i.riskScore(), i.involvesAi())))
                .filter(moved -> moved.tier() != moved.underThresholds()).toList();
    }

    /** The open initiatives this person may see that stand on a stage their route no longer has. */
    @Transactional(readOnly = true)
    public List<OffRoute> offRoute(Subject subject) {
        Lifecycle.Routes current = routes.of(subject.forceId());
        return open(subject).filter(i -> !current.route(i.type(), i.tier()).contains(i.stage()))
                .map(i -> new OffRoute(i.id(), i.reference(), i.title(), i.stage(),
                        current.next(i.type(), i.tier(), i.stage()).orElse(null)))
                .toList();
    }

    private Stream<Initiative> open(Subject subject) {
        return initiatives.findByForceIdOrderByReference(subject.forceId()).stream()
                .filter(initiative -> initiative.stage() != Stage.CLOSED)
                .filter(initiative -> policy.decide(subject, Permission.VIEW_PORTFOLIO,
                        InitiativeEditing.protectedRecord(initiative)).allowed());
    }

    private void configuring(Subject subject) {
        if (!mayConfigure(subject)) {
            throw new AccessDeniedException("Not allowed to configure governance");
        }
    }

    private EditConflict conflict(String recordType, Subject subject) {
        return audit.conflictOn(recordType, subject.forceId().toString(), List.of(), clock.instant());
    }

    /** A change of the force's configuration: always an alteration, so a stale form can show what changed. */
    private void record(Subject subject, String recordType, String summary, List<FieldChange> changes) {
        if (changes.stream().anyMatch(FieldChange::changed)) {
            audit.record(AuditEntry.of(recordType, subject.forceId(), Operation.ALTERATION, summary)
                    .withChanges(changes).inForce(subject.forceCode()));
        }
    }

    private static List<FieldChange> describe(TierRule.Threshold before, TierRule.Threshold after) {
        String board = after.tier().label();
        return List.of(
                new FieldChange(board + " minimum whole-life cost", before == null ? null
                        : Pounds.format(before.minimumCost()), Pounds.format(after.minimumCost())),
                new FieldChange(board + " minimum risk score", before == null ? null
                        : String.valueOf(before.minimumRisk()), String.valueOf(after.minimumRisk())));
    }

    private static String labels(List<Stage> route) {
        return route.stream().map(Stage::label).collect(Collectors.joining(", "));
    }
}
