package org.ironbridge.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.portfolio.internal.InitiativeIntake;
import org.springframework.stereotype.Service;

/** The portfolio's facade for other modules. */
@Service
public class Portfolio {

    private final InitiativeIntake intake;

    Portfolio(InitiativeIntake intake) {
        this.intake = intake;
    }

    /**
     * Proposes an initiative from another module's record (an approved idea, say), keeping the link to
     * its source. Proposing the same source again returns the initiative already made from it.
     */
    public InitiativeSummary propose(InitiativeProposal proposal) {
        return intake.propose(proposal);
    }

    /** The force's initiatives, by reference. */
    public List<InitiativeSummary> inForce(UUID forceId) {
        return intake.inForce(forceId);
    }

    public Optional<InitiativeSummary> find(UUID initiativeId) {
        return intake.find(initiativeId);
    }
}
