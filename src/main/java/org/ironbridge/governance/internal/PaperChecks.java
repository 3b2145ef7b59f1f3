package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ironbridge.portfolio.InitiativeType;

/**
 * The automatic checks a Change Paper must pass before it can be submitted, in the spirit of WMP's QA bot:
 * each failed check goes back to the author with a note saying what to add. A pure rule, so that it can
 * be read and tested on its own.
 */
public final class PaperChecks {

    /** What is known when a paper is checked: its own text and what its initiative holds. */
    public record Facts(PaperKind kind, InitiativeType type, boolean sroNamed, int objectives, String benefits,
                        int openRisks, boolean equalityAnalysisStarted, boolean equalityAnalysisSignedOff,
                        BigDecimal budgetRequested, BigDecimal amountRequested, String legalConsiderations,
                        String ethicalConsiderations, boolean involvesAi, String evaluationPlan,
                        boolean exceptionReportChosen, Integer businessCaseVersion, boolean businessCaseOnRoute,
                        boolean aiSystemsAssessed) {

        public Facts(PaperKind kind, InitiativeType type, boolean sroNamed, int objectives, String benefits,
                     int openRisks, boolean equalityAnalysisStarted, boolean equalityAnalysisSignedOff,
                     BigDecimal budgetRequested, BigDecimal amountRequested, String legalConsiderations,
                     String ethicalConsiderations, boolean involvesAi, String evaluationPlan,
                     boolean exceptionReportChosen, Integer businessCaseVersion, boolean businessCaseOnRoute) {
            this(kind, type, sroNamed, objectives, benefits, openRisks, equalityAnalysisStarted, equalityAnalysisSignedOff,
                    budgetRequested, amountRequested, legalConsiderations, ethicalConsiderations, involvesAi, evaluationPlan,
                    exceptionReportChosen, businessCaseVersion, businessCaseOnRoute, false);
        }
    }

    public record Result(String check, boolean passed, String note) {
    }

    private PaperChecks() {
    }

    public static List<Result> run(Facts f) {
        List<Result> results = new ArrayList<>();
        results.add(result("Senior Responsible Owner named", f.sroNamed(),
                "Name the Senior Responsible Owner on the initiative: no paper goes to a board without one."));
        results.add(result("Police and Crime Plan objectives", f.objectives() > 0,
                "Link the initiative to the Police and Crime Plan objectives it serves."));
        results.add(result("Measurable benefits", measurable(f.benefits()),
                "State at least one benefit with a measure and a target, for example \"reduce abandoned 101 calls "
                        + "from 12% to 5% by March 2026\"."));
        results.add(result("Risks", f.openRisks() > 0,
                "Record the main risks in the initiative's RAID log: cause, event, effect, owner and response."));
        boolean signedOffNeeded = f.kind() == PaperKind.GATE;
        results.add(signedOffNeeded
                ? result("Equality analysis", f.equalityAnalysisSignedOff(),
                        "A gate needs the equality analysis signed off by the Senior Responsible Owner.")
                : result("Equality analysis", f.equalityAnalysisStarted(),
                        "Start the equality analysis: every protected characteristic considered, with evidence."));
        if (f.kind() == PaperKind.FINANCIAL_REQUEST) {
            results.add(result("Finance", f.amountRequested() != null && f.amountRequested().signum() > 0,
                    "Say how much the request is for."));
        } else {
            results.add(result("Finance", f.budgetRequested() != null,
                    "Record the budget requested in the initiative's finance, even if it is nil."));
        }
        results.add(result("Legal considerations", present(f.legalConsiderations()),
                "Set out the legal considerations (powers, data protection, procurement, contracts), or say why "
                        + "there are none."));
        results.add(result("Ethical considerations", present(f.ethicalConsiderations()), f.involvesAi()
                ? "This initiative uses AI or advanced data analytics: set out the ethical considerations and how the "
                        + "Ethics Panel has been, or will be, consulted."
                : "Set out the ethical considerations, or say why there are none."));
        if (f.involvesAi() && (f.kind() == PaperKind.COMMISSIONING || f.kind() == PaperKind.GATE)) {
            results.add(result("AI formal evaluation", f.aiSystemsAssessed(),
                    "Every AI initiative carries its formal evaluation to the Change Board: record its AI system on the AI "
                            + "register, link it to this initiative and complete the formal assessment."));
        }
        if (f.type() == InitiativeType.PILOT && f.kind() == PaperKind.COMMISSIONING) {
            results.add(result("Evaluation plan", present(f.evaluationPlan()),
                    "A pilot needs an evaluation plan: what will be measured, and how the board will decide to "
                            + "scale, extend or stop it."));
        }
        if (f.kind() == PaperKind.EXCEPTION) {
            results.add(result("Exception report", f.exceptionReportChosen(),
                    "Choose the exception report this paper brings to the board."));
        }
        if (f.kind() == PaperKind.GATE && f.businessCaseOnRoute()) {
            results.add(result("Business case", f.businessCaseVersion() != null,
                    "Save a version of the business case for the board to consider."));
        }
        return List.copyOf(results);
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }

    private static Result result(String check, boolean passed, String noteWhenFailed) {
        return new Result(check, passed, passed ? "Present" : noteWhenFailed);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A benefit is measurable when it says how much: a figure somewhere in the text. */
    private static boolean measurable(String benefits) {
        return present(benefits) && benefits.chars().anyMatch(Character::isDigit);
    }
}
