package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.ironbridge.govuk.FormErrors;

/** A date typed into the GOV.UK date input's day, month and year boxes. */
record EnteredDate(String day, String month, String year) {

    /** The force keeps UK time: "today" and "this month" are London's. */
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }

    boolean blank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * The date, or null: when blank (rejected as missing if required) or not a real date in the years
     * the service plans for (rejected on the field, the message starting with the label).
     */
    LocalDate read(String field, String label, boolean required, FormErrors errors) {
        if (blank()) {
            if (required) {
                errors.reject(field, "Enter the " + label.toLowerCase(Locale.UK));
            }
            return null;
        }
        LocalDate date = parse();
        if (date == null) {
            errors.reject(field, label + " must be a real date");
        } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            errors.reject(field, label + " must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            return null;
        }
        return date;
    }

    private LocalDate parse() {
        if (!number(day, 2) || !number(month, 2) || !number(year, 4) || year.strip().length() != 4) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    static boolean number(String value, int digits) {
        return value != null && value.strip().matches("\\d{1," + digits + "}");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String day(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getMonthValue());
    }

    static String year(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getYear());
    }
}
