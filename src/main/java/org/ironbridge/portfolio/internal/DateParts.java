package org.ironbridge.portfolio.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date typed into the day, month and year boxes of a GOV.UK date input. */
record DateParts(String day, String month, String year) {

    /** The date, or null when a box is blank or the boxes do not make a real date. */
    LocalDate date() {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
