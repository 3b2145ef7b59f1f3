package org.ironbridge.ideas.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Working days as a force's service level counts them: Monday to Friday, less the bank holidays of
 * England and Wales (2023 to 2027; later years count weekdays only until the list is extended).
 */
final class WorkingDays {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Set<LocalDate> BANK_HOLIDAYS = Stream.of(
            "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26",
            "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
            "2024-12-26",
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
            "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
            "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
            "2027-12-28").map(LocalDate::parse).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BANK_HOLIDAYS.contains(day);
    }

    /** Working days after {@code from}'s day up to and including {@code to}'s day: submitted on Friday, Monday is 1. */
    static int between(Instant from, Instant to) {
        LocalDate start = from.atZone(LONDON).toLocalDate();
        LocalDate end = to.atZone(LONDON).toLocalDate();
        int days = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** The day by which something started on {@code from} is due, {@code days} working days later. */
    static LocalDate after(Instant from, int days) {
        LocalDate day = from.atZone(LONDON).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
