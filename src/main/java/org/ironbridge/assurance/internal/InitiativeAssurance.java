package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.portfolio.AssuranceEvidence;
import org.ironbridge.portfolio.AssuranceSummary;
import org.ironbridge.portfolio.GateCheck.Evidence;
import org.ironbridge.portfolio.GateCheck.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register tells the portfolio about an initiative's AI systems: the evidence its gates need and
 * the formal evaluation its Change Papers carry. A system turned down or withdrawn no longer counts.
 */
@Component
class InitiativeAssurance implements AssuranceEvidence {

    /** The parts of a system's assurance a board must have before it approves the system. */
    static final Set<String> FOR_APPROVAL = Set.of("Formal assessment", "DPIA outcome", "Algorithmic Impact Assessment",
            "Compliance test", "Ethics Panel advice", "Decommissioning");

    private final AiSystems systems;
    private final List<AssuranceStep> steps;

    InitiativeAssurance(AiSystems systems, List<AssuranceStep> steps) {
        this.systems = systems;
        this.steps = steps.stream().sorted(Comparator.comparingInt(AssuranceStep::order)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> forGate(UUID initiativeId, boolean commissioning, boolean processesPersonalData,
                                  boolean involvesAi) {
        List<AiSystem> counted = counted(initiativeId);
        List<Evidence> evidence = new ArrayList<>();
        if (counted.isEmpty()) {
            if (processesPersonalData) {
                evidence.add(new Evidence("DPIA outcome", Status.NOT_YET_AVAILABLE, "Ironbridge holds DPIAs for the AI "
                        + "and algorithmic systems on the AI register; this initiative has none, so its DPIA is not held here"));
            }
            if (involvesAi) {
                evidence.add(new Evidence("AI register entry", Status.MISSING, "Record the initiative's AI system on the "
                        + "AI register and link it to the initiative: its formal evaluation, DPIA and Ethics Panel advice "
                        + "are evidence at every gate"));
            }
            return evidence;
        }
        for (AiSystem system : counted) {
            String suffix = counted.size() == 1 ? "" : " – " + system.name();
            for (AssuranceStep step : steps) {
                if (!FOR_APPROVAL.contains(step.name())) {
                    continue;
                }
                AssuranceStep.Progress progress = step.progress(system);
                Status status = progress.complete() ? Status.PRESENT : commissioning ? Status.NOT_YET_AVAILABLE : Status.MISSING;
                evidence.add(new Evidence(step.name() + suffix, status, progress.label() + ": " + progress.detail()));
            }
        }
        return evidence;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssuranceSummary> evaluation(UUID initiativeId) {
        return counted(initiativeId).stream().map(system -> new AssuranceSummary(system.id(), system.reference(),
                system.name(), system.status().label(), steps.stream().map(step -> {
                    AssuranceStep.Progress progress = step.progress(system);
                    return new AssuranceSummary.Item(step.name(), progress.label(), progress.complete(), progress.detail());
                }).toList())).toList();
    }

    private List<AiSystem> counted(UUID initiativeId) {
        return systems.ofInitiative(initiativeId).stream()
                .filter(s -> s.status() != AiSystemStatus.REJECTED && s.status() != AiSystemStatus.DECOMMISSIONED).toList();
    }
}
