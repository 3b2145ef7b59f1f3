package org.ironbridge.portfolio;

import java.util.List;
import java.util.UUID;

/**
 * Evidence the AI and data assurance module holds for an initiative: the DPIA outcome, the Ethics Panel's advice
 * and the formal evaluation of the AI systems it brings in. Implemented there, asked here, so that the portfolio
 * does not depend on assurance.
 */
public interface AssuranceEvidence {

    /**
     * The assurance items the initiative's next gate needs, in place of the ones reported as not yet available.
     * At commissioning an item not yet complete is not yet available (the board may acknowledge it and set a
     * condition); at a later gate it is missing and blocks the gate.
     */
    List<GateCheck.Evidence> forGate(UUID initiativeId, boolean commissioning, boolean processesPersonalData,
                                     boolean involvesAi);

    /** The formal evaluation of each AI system the initiative brings in, for its Change Papers. */
    List<AssuranceSummary> evaluation(UUID initiativeId);
}
