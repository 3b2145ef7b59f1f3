package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.Subject;
import org.ironbridge.ideas.IdeaSummary;
import org.ironbridge.ideas.Ideas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas under assessment and shortlisted, ranked by their mean weighted-matrix score, then their mean WSJF
 * score (unscored last), with each one's place on the value-versus-effort matrix.
 */
@Service
public class Shortlist {

    /** Where an idea's effort came from. */
    public enum EffortSource { RICE, WSJF }

    public record Entry(int rank, IdeaSummary idea, int assessors, Comparison matrix, Comparison wsjf,
                        Comparison rice, List<Model> disagreements, BigDecimal effort, EffortSource effortSource,
                        Quadrant quadrant) {

        public String value() {
            return matrix.scored() ? Figures.of(matrix.mean()) + "%" : null;
        }

        public String wsjfMean() {
            return wsjf.scored() ? Figures.of(wsjf.mean()) : null;
        }

        public String effortShown() {
            if (effort == null) {
                return null;
            }
            return effortSource == EffortSource.RICE ? Figures.of(effort) + " person-months (RICE)"
                    : Figures.of(effort) + " job-size points (WSJF)";
        }

        public String disagreementsShown() {
            return String.join(", ", disagreements.stream().map(Model::label).toList());
        }
    }

    private final Ideas ideas;
    private final Scorecards scorecards;
    private final ScoringSettings settings;
    private final AccessPolicy policy;

    Shortlist(Ideas ideas, Scorecards scorecards, ScoringSettings settings, AccessPolicy policy) {
        this.ideas = ideas;
        this.scorecards = scorecards;
        this.settings = settings;
        this.policy = policy;
    }

    /** The ranked ideas this person may assess: their force's, none classified above their vetting. */
    @Transactional
    public List<Entry> ranked(Subject subject) {
        UUID forceId = subject.forceId();
        Thresholds thresholds = settings.of(forceId).thresholds();
        Map<UUID, List<Scoring>> scores = scorecards.ofForce(forceId);
        List<Entry> unranked = ideas.inStatus(forceId, Assessments.ASSESSABLE).stream()
                .filter(idea -> policy.decide(subject, Permission.ASSESS_IDEAS, ProtectedRecord.of("Idea", idea.id(),
                        idea.forceId(), idea.classification())).allowed())
                .map(idea -> entry(idea, scores.getOrDefault(idea.id(), List.of()), thresholds)).toList();
        Comparator<Entry> order = Comparator
                .comparing((Entry e) -> e.matrix().mean(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.wsjf().mean(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.idea().reference());
        List<Entry> sorted = unranked.stream().sorted(order).toList();
        return java.util.stream.IntStream.range(0, sorted.size()).mapToObj(i -> {
            Entry e = sorted.get(i);
            return new Entry(i + 1, e.idea(), e.assessors(), e.matrix(), e.wsjf(), e.rice(), e.disagreements(),
                    e.effort(), e.effortSource(), e.quadrant());
        }).toList();
    }

    static Entry entry(IdeaSummary idea, List<Scoring> scorings, Thresholds thresholds) {
        Map<Model, Comparison> compared = new java.util.EnumMap<>(Model.class);
        for (Model model : Model.values()) {
            compared.put(model, Comparison.of(model, scorings.stream().filter(s -> s.has(model))
                    .map(s -> s.score(model)).toList(), thresholds));
        }
        List<Model> disagreements = compared.values().stream().filter(Comparison::disagreement).map(Comparison::model).toList();
        BigDecimal effort = null;
        EffortSource source = null;
        List<BigDecimal> riceEfforts = scorings.stream().filter(s -> s.rice() != null).map(s -> s.rice().effort()).toList();
        List<BigDecimal> jobSizes = scorings.stream().filter(s -> s.wsjf() != null)
                .map(s -> BigDecimal.valueOf(s.wsjf().jobSize())).toList();
        if (!riceEfforts.isEmpty()) {
            effort = mean(riceEfforts);
            source = EffortSource.RICE;
        } else if (!jobSizes.isEmpty()) {
            effort = mean(jobSizes);
            source = EffortSource.WSJF;
        }
        Comparison matrix = compared.get(Model.MATRIX);
        Quadrant quadrant = matrix.scored() && effort != null ? Quadrant.of(matrix.mean(), effort) : null;
        return new Entry(0, idea, scorings.size(), matrix, compared.get(Model.WSJF), compared.get(Model.RICE),
                disagreements, effort, source, quadrant);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
