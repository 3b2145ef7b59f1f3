package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the scoring pages write them: thousands separated, at most two decimals, no trailing zeros. */
public final class Figures {

    private Figures() {
    }

    public static String of(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** A plain decimal typed into a form, or null when it is not one (no exponents, no words). */
    static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip().replace(",", "");
        if (!plain.matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** A whole number typed into a form (commas between thousands allowed), or null. */
    static Integer whole(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        if (!plain.matches("-?\\d{1,3}(,\\d{3}){0,2}|-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(plain.replace(",", ""));
    }
}
