package org.ironbridge.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ironbridge.portfolio.internal.Raid.DependencyStatus.AWAITED;
import static org.ironbridge.portfolio.internal.Raid.DependencyStatus.LATE;
import static org.ironbridge.portfolio.internal.Raid.DependencyStatus.MET;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a dependency makes the initiative waiting on it late. */
class LatenessTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void anUnmetDependencyIsLateTheDayAfterItsNeededByDate() {
        assertThat(Lateness.of(AWAITED, TODAY, null, TODAY)).isEqualTo(Lateness.ON_TRACK);
        assertThat(Lateness.of(AWAITED, TODAY.minusDays(1), null, TODAY)).isEqualTo(Lateness.PAST_NEEDED_BY);
        assertThat(Lateness.PAST_NEEDED_BY.late()).isTrue();
    }

    @Test
    void aMetDependencyIsNeverLateWhateverTheDates() {
        assertThat(Lateness.of(MET, TODAY.minusYears(1), TODAY.plusYears(1), TODAY)).isEqualTo(Lateness.MET);
        assertThat(Lateness.MET.late()).isFalse();
    }

    @Test
    void waitingOnAnInitiativeForecastToFinishAfterTheNeededByDateIsLate() {
        LocalDate neededBy = TODAY.plusMonths(3);
        assertThat(Lateness.of(AWAITED, neededBy, neededBy.plusDays(1), TODAY)).isEqualTo(Lateness.PROVIDER_FINISHES_AFTER);
        assertThat(Lateness.of(AWAITED, neededBy, neededBy, TODAY)).isEqualTo(Lateness.ON_TRACK);
        assertThat(Lateness.of(AWAITED, neededBy, neededBy.minusMonths(1), TODAY)).isEqualTo(Lateness.ON_TRACK);
        assertThat(Lateness.PROVIDER_FINISHES_AFTER.late()).isTrue();
    }

    @Test
    void aDependencyTheTeamMarksLateIsLateEvenWithTimeToSpare() {
        assertThat(Lateness.of(LATE, TODAY.plusMonths(6), null, TODAY)).isEqualTo(Lateness.DECLARED_LATE);
        assertThat(Lateness.DECLARED_LATE.late()).isTrue();
    }

    @Test
    void aPassedDateIsTheReasonGivenBeforeAForecastOrADeclaration() {
        assertThat(Lateness.of(LATE, TODAY.minusDays(1), TODAY.plusDays(1), TODAY)).isEqualTo(Lateness.PAST_NEEDED_BY);
    }

    @Test
    void anAwaitedDependencyWithTimeToSpareAndNoForecastIsOnTrack() {
        assertThat(Lateness.of(AWAITED, TODAY.plusDays(1), null, TODAY)).isEqualTo(Lateness.ON_TRACK);
        assertThat(Lateness.ON_TRACK.late()).isFalse();
    }
}
