package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.ideas.IdeaSummary;
import org.ironbridge.ideas.Ideas;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores from the demo assessors (Morgan Okafor, Change Practitioner, and Priya Bennett, PMO Analyst) for every
 * WMP idea under assessment or shortlisted that nobody has scored yet: believable figures that follow the hours
 * and money the idea claims, the same every run, and on the first such idea the two disagree. Ideas already scored
 * are left alone, so running again changes nothing. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(40)
class DemoScores implements ApplicationRunner {

    private static final int[] FIBONACCI = {1, 2, 3, 5, 8, 13, 20};

    private final Ideas ideas;
    private final People people;
    private final Scorecards scorecards;
    private final ScoringSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    DemoScores(Ideas ideas, People people, Scorecards scorecards, ScoringSettings settings, AuditTrail audit, Clock clock) {
        this.ideas = ideas;
        this.people = people;
        this.scorecards = scorecards;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null) {
            return;
        }
        Map<String, UUID> staff = people.inForce(force).stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        UUID practitioner = staff.get("practitioner");
        UUID pmo = staff.get("pmo");
        if (practitioner == null || pmo == null) {
            return;
        }
        List<ScoringSettings.Criterion> criteria = settings.of(force).criteria();
        boolean disagreementShown = false;
        for (IdeaSummary idea : ideas.inStatus(force, Assessments.ASSESSABLE)) {
            if (scorecards.anyFor(idea.id())) {
                continue;
            }
            Random seed = new Random(idea.reference().hashCode());
            Scoring.Models first = models(idea, criteria, seed, 0);
            Scoring.Models second = models(idea, criteria, seed, disagreementShown ? 1 : 2);
            record(force, idea, practitioner, first);
            record(force, idea, pmo, second);
            disagreementShown = true;
        }
    }

    private void record(UUID force, IdeaSummary idea, UUID assessor, Scoring.Models models) {
        Instant now = clock.instant();
        Scoring scoring = new Scoring(UUID.randomUUID(), force, idea.id(), assessor, models.rice(), models.ice(),
                models.wsjf(), models.moscow(), models.matrix(), models.rationale(), now, now, 0);
        if (scorecards.insert(scoring)) {
            audit.record(AuditEntry.of(Assessments.RECORD_TYPE, scoring.id(), Operation.COLLECTION, "Scored idea "
                    + idea.reference()).withChanges(Scoring.changes(null, models)).inForce("WMP").by("system:demo-data"));
        }
    }

    /**
     * One assessor's view. {@code lean} 0 is the first assessor; 1 a colleague who sees it much the same; 2 a
     * sceptical colleague who rates it two points lower on most criteria and doubts the reach.
     */
    static Scoring.Models models(IdeaSummary idea, List<ScoringSettings.Criterion> criteria, Random seed, int lean) {
        int hours = idea.hoursSavedPerMonth() == null ? 40 : idea.hoursSavedPerMonth();
        int reach = Math.max(50, Math.min(5000, hours * 3 + 100));
        BigDecimal impact = hours >= 200 ? new BigDecimal("2") : hours >= 50 ? BigDecimal.ONE : new BigDecimal("0.5");
        int effortMonths = 2 + Math.floorMod(idea.reference().hashCode(), 9);
        List<WeightedMatrix.Rating> ratings = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            int base = 2 + Math.floorMod(idea.reference().hashCode() >> i, 4);
            int rating = switch (lean) {
                case 0 -> base;
                case 1 -> Math.max(1, Math.min(5, base + (i % 3 == 0 ? -1 : i % 3 == 1 ? 1 : 0)));
                default -> Math.max(1, base - 2);
            };
            ratings.add(new WeightedMatrix.Rating(criteria.get(i).name(), criteria.get(i).weight(), rating));
        }
        WeightedMatrix matrix = criteria.isEmpty() ? null : new WeightedMatrix(ratings);
        int score = matrix == null ? 50 : matrix.score().intValue();
        Moscow moscow = score >= 75 ? Moscow.MUST : score >= 60 ? Moscow.SHOULD : score >= 45 ? Moscow.COULD : Moscow.WONT;
        int value = FIBONACCI[2 + Math.floorMod(seed.nextInt(), 3)];
        int time = FIBONACCI[1 + Math.floorMod(seed.nextInt(), 3)];
        int risk = FIBONACCI[Math.floorMod(seed.nextInt(), 4)];
        int size = FIBONACCI[1 + Math.floorMod(effortMonths, 5)];
        Rice rice = new Rice(lean == 2 ? reach / 3 : reach, impact, lean == 0 ? 80 : lean == 1 ? 80 : 50,
                BigDecimal.valueOf(lean == 2 ? effortMonths * 2L : effortMonths));
        Ice ice = new Ice(Math.max(1, 5 + Math.floorMod(seed.nextInt(), 4) - lean), 6 + (lean == 1 ? 1 : 0),
                Math.max(1, 4 + Math.floorMod(seed.nextInt(), 4) - lean));
        Wsjf wsjf = new Wsjf(lean == 2 ? FIBONACCI[Math.max(0, java.util.Arrays.binarySearch(FIBONACCI, value) - 2)] : value,
                time, risk, size);
        String why = switch (lean) {
            case 0 -> "Scored from the hours the submitter expects to save, checked with the business area's lead.";
            case 1 -> "Broadly agree; the IT effort may be less if it reuses the existing robot platform.";
            default -> "Sceptical of the reach claimed: the figures are the submitter's own and the pilot area is small. "
                    + "Effort doubled for integration with the force's records systems.";
        };
        return new Scoring.Models(rice, ice, wsjf, lean == 2 ? lower(moscow) : moscow, matrix, why);
    }

    private static Moscow lower(Moscow moscow) {
        return switch (moscow) {
            case MUST -> Moscow.COULD;
            case SHOULD -> Moscow.WONT;
            default -> Moscow.WONT;
        };
    }
}
