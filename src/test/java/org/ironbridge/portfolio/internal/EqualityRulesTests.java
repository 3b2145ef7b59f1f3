package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.EqualityStatus;
import org.junit.jupiter.api.Test;

/** When the SRO may sign off an equality analysis, and why not otherwise. */
class EqualityRulesTests {

    private static final UUID SRO = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final DateParts IN_A_YEAR = new DateParts("10", "3", "2027");

    @Test
    void theSroSignsOffACompleteFullAnalysisWithAFutureReviewDate() {
        FormErrors errors = new FormErrors();
        assertThat(signOff(complete(), SRO, IN_A_YEAR, errors)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(errors.any()).isFalse();
    }

    @Test
    void nobodyButTheSroMaySignOff() {
        FormErrors errors = new FormErrors();
        assertThat(signOff(complete(), UUID.randomUUID(), IN_A_YEAR, errors)).isNull();
        assertThat(errors.messageFor("sign-off")).isEqualTo("Only the initiative's Senior Responsible Owner, "
                + "Ch Supt Alex Hargreaves, can sign off its equality analysis");
        assertThat(errors.summary()).hasSize(1);
    }

    @Test
    void withoutAnSroNamedNobodyCanSignOff() {
        FormErrors errors = new FormErrors();
        assertThat(EqualityRules.signOff(complete(), null, SRO, null, IN_A_YEAR, TODAY, errors)).isNull();
        assertThat(errors.messageFor("sign-off")).contains("no Senior Responsible Owner named");
    }

    @Test
    void anUnknownCharacteristicStopsSignOffNamingEachOne() {
        EqualityAnalysis analysis = with(complete(), impact(ProtectedCharacteristic.AGE, ImpactRating.UNKNOWN, null, null),
                impact(ProtectedCharacteristic.SEXUAL_ORIENTATION, ImpactRating.UNKNOWN, null, null));
        FormErrors errors = new FormErrors();
        assertThat(signOff(analysis, SRO, IN_A_YEAR, errors)).isNull();
        assertThat(errors.messageFor("impact-age")).isEqualTo("Sign-off needs every protected characteristic assessed. "
                + "Still unknown: age, sexual orientation");
    }

    @Test
    void aCharacteristicNeverRecordedCountsAsUnknown() {
        EqualityAnalysis analysis = analysis(EqualityStatus.FULL_ANALYSIS, "a", "b", "c",
                Set.of(impact(ProtectedCharacteristic.AGE, ImpactRating.NEUTRAL, "evidence", null)));
        FormErrors errors = new FormErrors();
        assertThat(signOff(analysis, SRO, IN_A_YEAR, errors)).isNull();
        assertThat(errors.messageFor("impact-disability")).contains("Still unknown: disability, gender reassignment");
    }

    @Test
    void aNegativeImpactWithoutMitigationStopsSignOff() {
        EqualityAnalysis analysis = with(complete(), impact(ProtectedCharacteristic.RACE, ImpactRating.NEGATIVE, "seen", null));
        FormErrors errors = new FormErrors();
        assertThat(signOff(analysis, SRO, IN_A_YEAR, errors)).isNull();
        assertThat(errors.messageFor("impact-race")).contains("None recorded for: race");
    }

    @Test
    void aScreeningOrAnAnalysisMissingAnAimCannotBeSignedOff() {
        FormErrors screening = new FormErrors();
        EqualityAnalysis screened = analysis(EqualityStatus.SCREENING, null, null, null, complete().impacts());
        assertThat(signOff(screened, SRO, IN_A_YEAR, screening)).isNull();
        assertThat(screening.messageFor("sign-off")).contains("still at screening");
        assertThat(screening.messageFor("aims")).contains("three aims");
    }

    @Test
    void anAnalysisAlreadySignedOffOrMissingIsNotSignedOffAgain() {
        EqualityAnalysis signed = complete().signOff(SRO, "Ch Supt Alex Hargreaves", TODAY.plusMonths(6), "x", Instant.now());
        FormErrors errors = new FormErrors();
        assertThat(signOff(signed, SRO, IN_A_YEAR, errors)).isNull();
        assertThat(errors.messageFor("sign-off")).isEqualTo("Version 2 is already signed off");
        FormErrors none = new FormErrors();
        assertThat(signOff(null, SRO, IN_A_YEAR, none)).isNull();
        assertThat(none.messageFor("sign-off")).contains("no equality analysis");
    }

    @Test
    void theReviewDateIsRequiredRealAfterTodayAndWithinThreeYears() {
        assertThat(reviewError(new DateParts("", "", ""))).isEqualTo("Enter the date the analysis is due for review");
        assertThat(reviewError(new DateParts("30", "2", "2027"))).startsWith("Review date must be a real date");
        assertThat(reviewError(new DateParts("1", "1", "99999"))).startsWith("Review date must be a real date");
        assertThat(reviewError(new DateParts("10", "3", "2026"))).isEqualTo("Review date must be in the future");
        assertThat(reviewError(new DateParts("9", "3", "2026"))).isEqualTo("Review date must be in the future");
        assertThat(reviewError(new DateParts("11", "3", "2029"))).startsWith("Review date must be within 3 years");
        assertThat(reviewError(new DateParts("10", "3", "2029"))).isNull();
        assertThat(reviewError(new DateParts("11", "3", "2026"))).isNull();
    }

    private static String reviewError(DateParts due) {
        FormErrors errors = new FormErrors();
        signOff(complete(), SRO, due, errors);
        return errors.messageFor("reviewDue");
    }

    private static LocalDate signOff(EqualityAnalysis analysis, UUID person, DateParts due, FormErrors errors) {
        return EqualityRules.signOff(analysis, SRO, person, "Ch Supt Alex Hargreaves", due, TODAY, errors);
    }

    private static EqualityAnalysis complete() {
        Set<EqualityAnalysis.Impact> impacts = Arrays.stream(ProtectedCharacteristic.values())
                .map(c -> impact(c, ImpactRating.NEUTRAL, "no different effect", null)).collect(Collectors.toSet());
        return analysis(EqualityStatus.FULL_ANALYSIS, "discrimination", "equality", "relations", impacts);
    }

    private static EqualityAnalysis with(EqualityAnalysis analysis, EqualityAnalysis.Impact... replacements) {
        Set<EqualityAnalysis.Impact> impacts = analysis.impacts().stream()
                .filter(i -> Arrays.stream(replacements).noneMatch(r -> r.characteristic() == i.characteristic()))
                .collect(Collectors.toSet());
        impacts.addAll(Arrays.asList(replacements));
        return analysis(analysis.status(), analysis.eliminateDiscrimination(), analysis.advanceEquality(),
                analysis.fosterGoodRelations(), impacts);
    }

    private static EqualityAnalysis analysis(EqualityStatus status, String discrimination, String equality,
                                             String relations, Set<EqualityAnalysis.Impact> impacts) {
        return new EqualityAnalysis(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, status, discrimination,
                equality, relations, impacts, null, null, null, null, "Sam Lindqvist", Instant.now());
    }

    private static EqualityAnalysis.Impact impact(ProtectedCharacteristic characteristic, ImpactRating rating,
                                                  String evidence, String mitigation) {
        return new EqualityAnalysis.Impact(characteristic, rating, evidence, mitigation);
    }
}
