package org.ironbridge.portfolio.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** The checks the forms of RAID items and change impacts share; each rejects its field with a clear message. */
final class FormChecks {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private FormChecks() {
    }

    /** Required text, cleaned, within the limit. */
    static String text(String value, String field, String missing, String label, int limit, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            errors.reject(field, missing);
        }
        return within(cleaned, field, label, limit, errors);
    }

    /** Optional text, cleaned (blank is null), within the limit. */
    static String optional(String value, String field, String label, int limit, FormErrors errors) {
        return within(FormText.clean(value), field, label, limit, errors);
    }

    private static String within(String cleaned, String field, String label, int limit, FormErrors errors) {
        if (FormText.tooLong(cleaned, limit)) {
            errors.reject(field, label + " must be " + limit + " characters or fewer");
            return null;
        }
        return cleaned;
    }

    /** One value of a fixed scale; anything else, or nothing, is rejected with the message. */
    static <E extends Enum<E>> E choice(Class<E> scale, String value, String field, String message, FormErrors errors) {
        E chosen = FormText.choice(scale, value);
        if (chosen == null) {
            errors.reject(field, message);
        }
        return chosen;
    }

    /** One of the allowed identifiers (a person, a unit, an initiative); required. */
    static UUID oneOf(String value, Set<UUID> allowed, String field, String message, FormErrors errors) {
        UUID id = FormText.uuid(value);
        if (id == null || !allowed.contains(id)) {
            errors.reject(field, message);
            return null;
        }
        return id;
    }

    /** A whole number from min to max, typed or chosen. */
    static Integer whole(String value, int min, int max, String field, String message, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned != null && cleaned.matches("\\d{1,2}")) {
            int number = Integer.parseInt(cleaned);
            if (number >= min && number <= max) {
                return number;
            }
        }
        errors.reject(field, message);
        return null;
    }

    /** A real date from the GOV.UK date input's three boxes, between 2000 and 2100. */
    static LocalDate date(String day, String month, String year, String field, String label, FormErrors errors) {
        if (blank(day) && blank(month) && blank(year)) {
            errors.reject(field, "Enter " + label);
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(year), number(month), number(day));
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (NumberFormatException | DateTimeException notADate) {
            // reported below
        }
        errors.reject(field, capitalised(label) + " must be a real date, like 27 3 2025");
        return null;
    }

    /** A month from the GOV.UK date input's month and year boxes, between 2000 and 2100. */
    static YearMonth month(String month, String year, String field, String label, FormErrors errors) {
        if (blank(month) && blank(year)) {
            errors.reject(field, "Enter " + label);
            return null;
        }
        try {
            YearMonth chosen = YearMonth.of(number(year), number(month));
            if (chosen.getYear() >= FIRST_YEAR && chosen.getYear() <= LAST_YEAR) {
                return chosen;
            }
        } catch (NumberFormatException | DateTimeException notAMonth) {
            // reported below
        }
        errors.reject(field, capitalised(label) + " must be a real month and year, like 4 2025");
        return null;
    }

    private static int number(String value) {
        String cleaned = FormText.clean(value);
        if (cleaned == null || !cleaned.matches("\\d{1,4}")) {
            throw new NumberFormatException(value);
        }
        return Integer.parseInt(cleaned);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
