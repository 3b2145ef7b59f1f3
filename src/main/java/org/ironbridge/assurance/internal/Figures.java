package org.ironbridge.assurance.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** Measured values as people type and read them: 96.4, 1,250 or 2.5%; up to 10 digits and 4 decimal places. */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d{1,10})(\\.\\d{1,4})?");

    private Figures() {
    }

    /** The number typed, or null when it is not one; a trailing % sign is allowed. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip();
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (!NUMBER.matcher(cleaned).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(cleaned.replace(",", ""));
        return value.abs().compareTo(new BigDecimal("10000000000")) >= 0 ? null : value;
    }

    /** 96.4%, 1,250 calls, 0.5: the value with its unit, as a board paper writes it. */
    public static String format(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return "%".equals(unit.strip()) ? number + "%" : number + " " + unit.strip();
    }

    /** The number as it goes back into a form field: 96.4, never 96.4000. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "at least 98%", "at most 2 complaints". */
    public static String threshold(ThresholdDirection direction, BigDecimal threshold, String unit) {
        return direction.label() + " " + format(threshold, unit);
    }
}
