package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a system's next review stands: overdue, due within a week (owners are told), or later. */
public enum DueState {
    OVERDUE("Overdue", "red"),
    DUE("Due soon", "yellow"),
    UPCOMING("Upcoming", "blue");

    /** How far ahead of its due date a review counts as due, and its owner is told. */
    public static final int NOTICE_DAYS = 7;

    private final String label;
    private final String colour;

    DueState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public static DueState of(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(NOTICE_DAYS)) ? UPCOMING : DUE;
    }

    /** "Overdue by 4 days", "Due today", "Due in 5 days", "Due in 43 days": the state in words, never colour alone. */
    public static String describe(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return "Overdue by " + -days + (days == -1 ? " day" : " days");
        }
        if (days == 0) {
            return "Due today";
        }
        return "Due in " + days + (days == 1 ? " day" : " days");
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
