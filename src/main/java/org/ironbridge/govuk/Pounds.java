package org.ironbridge.govuk;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;


/**
 * Amounts of money as people type them: "1250.50", "£1,250.50", "£1,250,000". Commas only between
 * thousands, no more than two decimal places, never negative; each mistake gets its own message.
 */
public final class Pounds {

    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern DIGITS_AND_COMMAS = Pattern.compile("[\\d,]+(\\.\\d+)?");

    private Pounds() {
    }

    /**
     * The amount typed into a field, or null when blank or wrong; a wrong amount is rejected on the
     * field with a message that starts with the field's label.
     */
    public static BigDecimal read(String typed, String field, String label, FormErrors errors) {
        String text = FormText.clean(typed);
        if (text == null) {
            return null;
        }
        String problem = problem(text);
        if (problem != null) {
            errors.reject(field, label + problem);
            return null;
        }
        return new BigDecimal(withoutSymbols(text));
    }

    /** The amount, or null when the text is blank or not an amount this rule accepts. */
    public static BigDecimal parse(String typed) {
        String text = FormText.clean(typed);
        return text == null || problem(text) != null ? null : new BigDecimal(withoutSymbols(text));
    }

    /** A required amount (the business case's costs): blank is refused, 0 is how "none" is said. */
    public static BigDecimal required(String typed, String field, String what, FormErrors errors) {
        if (FormText.clean(typed) == null) {
            errors.reject(field, "Enter the " + what + ", or 0 if there is none");
            return null;
        }
        return read(typed, field, Character.toUpperCase(what.charAt(0)) + what.substring(1), errors);
    }

    /** What is wrong with the text as an amount (to follow the field's label), or null when it is one. */
    public static String problem(String text) {
        String amount = text.strip();
        boolean negative = amount.startsWith("-") || amount.startsWith("−");
        if (negative) {
            amount = amount.substring(1).strip();
        }
        amount = withoutSymbols(amount);
        if (!AMOUNT.matcher(amount).matches()) {
            return DIGITS_AND_COMMAS.matcher(amount).matches() && amount.matches("\\d.*")
                    ? " must have commas only between thousands, like £1,250,000"
                    : " must be an amount in pounds, like 1250.50";
        }
        if (negative) {
            return " must be £0 or more";
        }
        int point = amount.indexOf('.');
        if (point >= 0 && amount.length() - point - 1 > 2) {
            return " must have no more than 2 decimal places, like 1250.50";
        }
        if (new BigDecimal(amount.replace(",", "")).compareTo(LIMIT) >= 0) {
            return " must be less than £1,000,000,000,000";
        }
        return null;
    }

    /** Drops the pound sign, and the commas once they are known to sit between thousands. */
    private static String withoutSymbols(String amount) {
        String trimmed = amount.strip();
        if (trimmed.startsWith("£")) {
            trimmed = trimmed.substring(1).strip();
        }
        return AMOUNT.matcher(trimmed).matches() ? trimmed.replace(",", "") : trimmed;
    }

    /** £1,250.50, or £1,250 when there are no pence; null stays null. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        boolean pence = amount.stripTrailingZeros().scale() > 0;
        DecimalFormat format = new DecimalFormat(pence ? "#,##0.00" : "#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }

    /** The amount as the form shows it again: 1250.50. */
    public static String typed(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
