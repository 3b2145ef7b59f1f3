package org.ironbridge.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.ironbridge.portfolio.InitiativeType;
import org.junit.jupiter.api.Test;

class PaperChecksTests {

    private static PaperChecks.Facts complete(PaperKind kind, InitiativeType type) {
        return new PaperChecks.Facts(kind, type, true, 1, "Reduce abandoned 101 calls from 12% to 5%", 2, true, true,
                new BigDecimal("250000"), new BigDecimal("50000"), "Powers under the Police Act 1996", "Ethics Panel consulted",
                false, "Measure triage accuracy monthly", true, 1, true);
    }

    @Test
    void aCompleteCommissioningPaperPassesEveryCheck() {
        List<PaperChecks.Result> results = PaperChecks.run(complete(PaperKind.COMMISSIONING, InitiativeType.PROJECT));
        assertThat(PaperChecks.allPassed(results)).isTrue();
    }

    @Test
    void anEmptyPaperFailsEachCheckWithANoteForTheAuthor() {
        PaperChecks.Facts empty = new PaperChecks.Facts(PaperKind.COMMISSIONING, InitiativeType.PROJECT, false, 0, null, 0,
                false, false, null, null, " ", null, true, null, false, null, true);
        List<PaperChecks.Result> results = PaperChecks.run(empty);
        assertThat(results).filteredOn(r -> !r.passed()).extracting(PaperChecks.Result::check).containsExactly(
                "Senior Responsible Owner named", "Police and Crime Plan objectives", "Measurable benefits", "Risks",
                "Equality analysis", "Finance", "Legal considerations", "Ethical considerations", "AI formal evaluation");
        assertThat(results).filteredOn(r -> r.check().equals("Ethical considerations")).first()
                .satisfies(r -> assertThat(r.note()).contains("AI or advanced data analytics").contains("Ethics Panel"));
    }

    @Test
    void benefitsWithoutAFigureAreNotMeasurable() {
        PaperChecks.Facts vague = new PaperChecks.Facts(PaperKind.COMMISSIONING, InitiativeType.PROJECT, true, 1,
                "Better service for the public", 1, true, false, BigDecimal.ONE, null, "x", "y", false, null, false, null, true);
        assertThat(PaperChecks.run(vague)).filteredOn(r -> !r.passed()).extracting(PaperChecks.Result::check)
                .containsExactly("Measurable benefits");
    }

    @Test
    void aGatePaperNeedsASignedOffEqualityAnalysisAndABusinessCase() {
        PaperChecks.Facts gate = new PaperChecks.Facts(PaperKind.GATE, InitiativeType.PROJECT, true, 1, "Save 5 hours",
                1, true, false, BigDecimal.ONE, null, "x", "y", false, null, false, null, true);
        assertThat(PaperChecks.run(gate)).filteredOn(r -> !r.passed()).extracting(PaperChecks.Result::check)
                .containsExactly("Equality analysis", "Business case");
    }

    @Test
    void aGatePaperOnARouteWithoutABusinessCaseStageNeedsNoBusinessCase() {
        PaperChecks.Facts gate = new PaperChecks.Facts(PaperKind.GATE, InitiativeType.APPLICATION_CHANGE, true, 1,
                "Save 5 hours", 1, true, true, BigDecimal.ONE, null, "x", "y", false, null, false, null, false);
        assertThat(PaperChecks.allPassed(PaperChecks.run(gate))).isTrue();
    }

    @Test
    void aPilotIsCommissionedOnlyWithAnEvaluationPlan() {
        PaperChecks.Facts pilot = new PaperChecks.Facts(PaperKind.COMMISSIONING, InitiativeType.PILOT, true, 1, "Test 50 vapes",
                1, true, false, BigDecimal.ONE, null, "x", "y", false, null, false, null, true);
        assertThat(PaperChecks.run(pilot)).filteredOn(r -> !r.passed()).extracting(PaperChecks.Result::check)
                .containsExactly("Evaluation plan");
    }

    @Test
    void aFinancialRequestMustSayHowMuch() {
        PaperChecks.Facts request = new PaperChecks.Facts(PaperKind.FINANCIAL_REQUEST, InitiativeType.PROJECT, true, 1,
                "Save 5 hours", 1, true, false, null, null, "x", "y", false, null, false, null, true);
        assertThat(PaperChecks.run(request)).filteredOn(r -> !r.passed()).extracting(PaperChecks.Result::check)
                .containsExactly("Finance");
    }
}
