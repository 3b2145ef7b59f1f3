package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.Subject;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every referral of the force, as the panel works through them: awaiting advice first, then by date. It names
 * the systems and where each referral stands, never the questions or the advice, so listing them reads no
 * system's sensitive material; only systems the person may read the material of are listed.
 */
@Component
public class EthicsQueue {

    public enum Stage {
        AWAITING("Awaiting advice", "blue"),
        DRAFT("Draft advice", "light-blue"),
        GIVEN("Advice given", "green");

        private final String label;
        private final String colour;

        Stage(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }
    }

    public record Item(AiSystem system, EthicsRecords.Referral referral, Stage stage, String outcome, int recommendations,
                       long answered) {
    }

    private final EthicsRecords records;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final EthicsOutcomes outcomes;
    private final AccessPolicy policy;

    EthicsQueue(EthicsRecords records, AiSystems systems, AssuranceMaterial material, EthicsOutcomes outcomes,
                AccessPolicy policy) {
        this.records = records;
        this.systems = systems;
        this.material = material;
        this.outcomes = outcomes;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<Item> of(Subject subject) {
        if (!policy.permits(subject, Permission.READ_ASSURANCE_MATERIAL)) {
            throw new AccessDeniedException("Not allowed to read assurance material");
        }
        List<Item> awaiting = new ArrayList<>();
        List<Item> given = new ArrayList<>();
        for (EthicsRecords.Referral referral : records.ofForce(subject.forceId())) {
            Optional<AiSystem> system = systems.find(referral.systemId()).filter(s -> material.mayRead(subject, s));
            if (system.isEmpty()) {
                continue;
            }
            Optional<EthicsRecords.Advice> advice = records.advice(referral.id());
            Stage stage = advice.map(a -> a.given() ? Stage.GIVEN : Stage.DRAFT).orElse(Stage.AWAITING);
            if (stage == Stage.GIVEN) {
                List<EthicsRecords.Recommendation> recommendations = records.recommendations(referral.id());
                given.add(new Item(system.get(), referral, stage, outcomes.find(advice.get().outcomeId())
                        .map(EthicsOutcomes.EthicsOutcome::label).orElse(null), recommendations.size(),
                        recommendations.stream().filter(r -> r.response() != null).count()));
            } else {
                awaiting.add(new Item(system.get(), referral, stage, null, 0, 0));
            }
        }
        awaiting.addAll(given);
        return awaiting;
    }
}
