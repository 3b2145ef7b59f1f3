package org.ironbridge.assurance.internal;

import java.time.LocalDate;

/** How often a system in use is reviewed. Due dates keep to the first review's day of the month. */
public enum ReviewFrequency {
    MONTHLY("Monthly", 1),
    QUARTERLY("Quarterly", 3),
    SIX_MONTHLY("Every six months", 6),
    ANNUALLY("Annually", 12);

    private final String label;
    private final int months;

    ReviewFrequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }

    /** The n-th due date of the schedule that starts on {@code first} (n = 0 is the first review). */
    public LocalDate due(LocalDate first, int n) {
        return first.plusMonths((long) n * months);
    }

    /**
     * The first due date of the schedule that is after {@code after}; the first review itself when nothing has
     * been reviewed yet ({@code after} null).
     */
    public LocalDate nextAfter(LocalDate first, LocalDate after) {
        if (after == null) {
            return first;
        }
        int n = 0;
        LocalDate due = first;
        while (!due.isAfter(after)) {
            n++;
            due = due(first, n);
        }
        return due;
    }
}
