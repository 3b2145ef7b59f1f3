package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.IdeaSummary;
import org.ironbridge.ideas.Ideas;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessors score ideas under assessment or shortlisted: one current scoring each, revised at the version they
 * opened it, every save audited. Anyone who assesses or moderates reads every assessor's scores side by side.
 */
@Service
public class Assessments {

    public static final String RECORD_TYPE = "IdeaScore";
    public static final Set<IdeaStatus> ASSESSABLE = EnumSet.of(IdeaStatus.UNDER_ASSESSMENT, IdeaStatus.SHORTLISTED);

    /** Refused because the idea is not (or no longer) under assessment or shortlisted. */
    public static class NotAssessable extends RuntimeException {
        private final transient IdeaSummary idea;

        NotAssessable(IdeaSummary idea) {
            super("Idea " + idea.reference() + " is not under assessment");
            this.idea = idea;
        }

        public IdeaSummary idea() {
            return idea;
        }
    }

    public record Outcome(Scoring saved, FormErrors errors) {
    }

    /** One assessor's line under a model: their score and why. */
    public record Line(String assessor, String score, String why, boolean earlierCriteria) {
    }

    /** A model's scores from every assessor, compared. */
    public record ModelView(Model model, String rule, Comparison comparison, List<Line> lines, String mean, String spread) {
    }

    public record Rationale(String assessor, String text, Instant updatedAt) {
    }

    public record View(IdeaSummary idea, boolean assessable, int assessors, List<ModelView> models,
                       List<Rationale> rationales, ScoringSettings.Settings settings, boolean scoredByMe) {
    }

    private final Ideas ideas;
    private final Scorecards scorecards;
    private final ScoringSettings settings;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final People people;
    private final Clock clock;

    Assessments(Ideas ideas, Scorecards scorecards, ScoringSettings settings, AccessPolicy policy, AuditTrail audit,
                People people, Clock clock) {
        this.ideas = ideas;
        this.scorecards = scorecards;
        this.settings = settings;
        this.policy = policy;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** A published idea of the person's force that they may assess; logs the consultation of a sensitive one. */
    @Transactional
    public IdeaSummary open(Subject subject, UUID ideaId) {
        IdeaSummary idea = ideas.find(subject.forceId(), ideaId)
                .orElseThrow(() -> new RecordNotFoundException("Idea", ideaId));
        RecordDecision decision = policy.decide(subject, Permission.ASSESS_IDEAS,
                ProtectedRecord.of("Idea", idea.id(), idea.forceId(), idea.classification()));
        if (decision.outcome() == RecordDecision.Outcome.NOT_FOUND) {
            throw new RecordNotFoundException("Idea", ideaId);
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("Only assessors read an idea's scores");
        }
        if (decision.consultationLogged()) {
            audit.record(AuditEntry.of("Idea", idea.id(), Operation.CONSULTATION, "Read the scores of idea "
                    + idea.reference()).inForce(subject.forceCode()));
        }
        return idea;
    }

    /** The idea, ready for this assessor to score; refused when it is not under assessment or shortlisted. */
    @Transactional
    public IdeaSummary forScoring(Subject subject, UUID ideaId) {
        IdeaSummary idea = open(subject, ideaId);
        if (!ASSESSABLE.contains(idea.status())) {
            throw new NotAssessable(idea);
        }
        return idea;
    }

    @Transactional(readOnly = true)
    public Optional<Scoring> mine(Subject subject, UUID ideaId) {
        return scorecards.of(ideaId, subject.personId()).filter(s -> s.forceId().equals(subject.forceId()));
    }

    /** Saves this assessor's scoring: the first, or a revision of the version their form was opened at. */
    @Transactional
    public Outcome score(Subject subject, UUID ideaId, ScoreForm form) {
        IdeaSummary idea = forScoring(subject, ideaId);
        ScoringSettings.Settings current = settings.of(subject.forceId());
        FormErrors errors = new FormErrors();
        if (!Objects.equals(form.criteriaVersionNumber(), current.version())) {
            errors.reject("rating-0", "The force's scoring criteria or weights changed while you were scoring. "
                    + "Nothing has been saved. Check your ratings against the criteria below, then save again");
            form.setCriteriaVersion("" + current.version());
            return new Outcome(null, errors);
        }
        Scoring.Models models = form.validate(current.criteria(), errors);
        if (models == null) {
            return new Outcome(null, errors);
        }
        Instant now = clock.instant();
        Optional<Scoring> existing = scorecards.of(ideaId, subject.personId());
        if (existing.isEmpty()) {
            Scoring first = new Scoring(UUID.randomUUID(), subject.forceId(), ideaId, subject.personId(), models.rice(),
                    models.ice(), models.wsjf(), models.moscow(), models.matrix(), models.rationale(), now, now, 0);
            if (!scorecards.insert(first)) {
                throw conflict(ideaId, subject, models);
            }
            audit.record(AuditEntry.of(RECORD_TYPE, first.id(), Operation.COLLECTION, "Scored idea " + idea.reference())
                    .withChanges(Scoring.changes(null, models)).inForce(subject.forceCode()));
            return new Outcome(first, errors);
        }
        Scoring before = existing.get();
        if (!Objects.equals(form.versionNumber(), before.version())) {
            throw audit.conflictOn(RECORD_TYPE, before.id().toString(), Scoring.changes(null, before.models()),
                    before.updatedAt());
        }
        List<FieldChange> changes = Scoring.changes(before.models(), models);
        if (changes.isEmpty()) {
            return new Outcome(before, errors);
        }
        Scoring revised = before.revised(models, now);
        if (!scorecards.update(revised)) {
            throw conflict(ideaId, subject, models);
        }
        audit.record(AuditEntry.of(RECORD_TYPE, before.id(), Operation.ALTERATION, "Revised the scoring of idea "
                + idea.reference()).withChanges(changes).inForce(subject.forceCode()));
        return new Outcome(revised, errors);
    }

    private EditConflict conflict(UUID ideaId, Subject subject, Scoring.Models mine) {
        Scoring theirs = scorecards.of(ideaId, subject.personId()).orElseThrow();
        return audit.conflictOn(RECORD_TYPE, theirs.id().toString(), Scoring.changes(null, theirs.models()),
                theirs.updatedAt());
    }

    /** Every assessor's scores of the idea, model by model, compared under the force's thresholds. */
    @Transactional
    public View view(Subject subject, IdeaSummary idea) {
        ScoringSettings.Settings current = settings.of(subject.forceId());
        List<Scoring> scorings = scorecards.ofIdea(subject.forceId(), idea.id());
        Map<UUID, String> names = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        List<ModelView> models = new ArrayList<>();
        for (Model model : Model.values()) {
            List<Scoring> scored = scorings.stream().filter(s -> s.has(model)).toList();
            Comparison comparison = Comparison.of(model, scored.stream().map(s -> s.score(model)).toList(),
                    current.thresholds());
            List<Line> lines = scored.stream().map(s -> new Line(names.getOrDefault(s.assessorId(), "A former assessor"),
                    s.shown(model), s.why(model), model == Model.MATRIX && !sameCriteria(s.matrix(), current.criteria())))
                    .toList();
            models.add(new ModelView(model, current.thresholds().rule(model), comparison, lines,
                    shownMean(model, comparison), shownSpread(model, comparison)));
        }
        List<Rationale> rationales = scorings.stream().filter(s -> s.rationale() != null)
                .map(s -> new Rationale(names.getOrDefault(s.assessorId(), "A former assessor"), s.rationale(), s.updatedAt()))
                .toList();
        boolean mine = scorings.stream().anyMatch(s -> s.assessorId().equals(subject.personId()));
        return new View(idea, ASSESSABLE.contains(idea.status()), scorings.size(), models, rationales, current, mine);
    }

    static boolean sameCriteria(WeightedMatrix matrix, List<ScoringSettings.Criterion> criteria) {
        return matrix.ratings().stream().map(r -> new ScoringSettings.Criterion(r.criterion(), r.weight())).toList()
                .equals(criteria);
    }

    static String shownMean(Model model, Comparison comparison) {
        if (!comparison.scored()) {
            return null;
        }
        BigDecimal mean = comparison.mean();
        return switch (model) {
            case MATRIX -> Figures.of(mean) + "%";
            case MOSCOW -> "step " + Figures.of(mean) + " of 4 (Must have is 4, Won't have this time is 1)";
            default -> Figures.of(mean);
        };
    }

    static String shownSpread(Model model, Comparison comparison) {
        if (!comparison.scored()) {
            return null;
        }
        BigDecimal spread = comparison.spread();
        return switch (model) {
            case MATRIX -> Figures.of(spread) + " percentage point" + (spread.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
            case MOSCOW -> Figures.of(spread) + " step" + (spread.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
            case ICE -> Figures.of(spread) + " point" + (spread.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
            default -> Figures.of(spread);
        };
    }
}
