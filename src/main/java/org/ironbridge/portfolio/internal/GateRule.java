package org.ironbridge.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.GateCheck.Evidence;
import org.ironbridge.portfolio.GateCheck.Status;
import org.ironbridge.portfolio.Stage;

/**
 * The evidence each gate needs. Commissioning (leaving the mandate) needs a named SRO and an equality
 * analysis under way; a later gate before closure needs the latest business case version (except on a route
 * with no business case stage, such as the light-touch route by default) and a signed-off equality analysis.
 * The next stage is the next one the initiative's route has, even when it stands on a stage the route no
 * longer has. Where personal data is processed
 * the DPIA outcome is needed, and where AI or advanced analytics is involved the Ethics Panel's advice and the
 * rest of the AI systems' assurance: the assurance module supplies those items; without it they are reported
 * as not yet available.
 */
public final class GateRule {

    /** What is known of an initiative when its next gate is checked. */
    public record Facts(List<Stage> route, Stage stage, boolean sroNamed, Integer businessCaseVersion,
                        boolean equalityAnalysisStarted, boolean equalityAnalysisSignedOff, boolean involvesAi,
                        boolean processesPersonalData, List<Evidence> assurance) {

        public Facts(List<Stage> route, Stage stage, boolean sroNamed, Integer businessCaseVersion,
                     boolean equalityAnalysisStarted, boolean equalityAnalysisSignedOff, boolean involvesAi,
                     boolean processesPersonalData) {
            this(route, stage, sroNamed, businessCaseVersion, equalityAnalysisStarted, equalityAnalysisSignedOff, involvesAi,
                    processesPersonalData, null);
        }
    }

    private GateRule() {
    }

    public static GateCheck check(Facts facts) {
        Stage next = Lifecycle.next(facts.route(), facts.stage()).orElse(null);
        List<Evidence> evidence = new ArrayList<>();
        if (next == null) {
            return new GateCheck(facts.stage(), null, List.of());
        }
        evidence.add(facts.sroNamed()
                ? new Evidence("Senior Responsible Owner", Status.PRESENT, "Named")
                : new Evidence("Senior Responsible Owner", Status.MISSING, "Name the Senior Responsible Owner"));
        boolean closing = facts.stage().ordinal() >= Stage.CLOSURE.ordinal();
        if (closing) {
            return new GateCheck(facts.stage(), next, List.copyOf(evidence));
        }
        if (facts.stage() == Stage.MANDATE) {
            evidence.add(facts.equalityAnalysisStarted()
                    ? new Evidence("Equality analysis", Status.PRESENT, "Under way")
                    : new Evidence("Equality analysis", Status.MISSING,
                            "Start the equality analysis: it must exist before commissioning"));
        } else {
            if (Lifecycle.hasBusinessCase(facts.route())) {
                evidence.add(facts.businessCaseVersion() != null
                        ? new Evidence("Business case", Status.PRESENT, "Version " + facts.businessCaseVersion())
                        : new Evidence("Business case", Status.MISSING, "Save a version of the business case"));
            }
            evidence.add(facts.equalityAnalysisSignedOff()
                    ? new Evidence("Equality analysis", Status.PRESENT, "Signed off")
                    : new Evidence("Equality analysis", Status.MISSING,
                            "The SRO must sign off the equality analysis"));
        }
        if (facts.assurance() != null) {
            evidence.addAll(facts.assurance());
            return new GateCheck(facts.stage(), next, List.copyOf(evidence));
        }
        if (facts.processesPersonalData()) {
            evidence.add(new Evidence("DPIA outcome", Status.NOT_YET_AVAILABLE,
                    "Data protection impact assessments arrive with the AI and data assurance module"));
        }
        if (facts.involvesAi()) {
            evidence.add(new Evidence("Ethics Panel advice", Status.NOT_YET_AVAILABLE,
                    "Ethics advice arrives with the AI and data assurance module"));
        }
        return new GateCheck(facts.stage(), next, List.copyOf(evidence));
    }
}
