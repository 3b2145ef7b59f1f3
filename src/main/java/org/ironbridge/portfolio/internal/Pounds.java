package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** Amounts in pounds typed into the business case form, each required (0 when there is none). */
final class Pounds {

    private Pounds() {
    }

    /** The amount, or null with the error recorded against the field. {@code what} is lower case. */
    static BigDecimal required(String text, String field, String what, FormErrors errors) {
        String cleaned = FormText.clean(text);
        if (cleaned == null) {
            errors.reject(field, "Enter the " + what + ", or 0 if there is none");
            return null;
        }
        String named = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        try {
            BigDecimal value = InitiativeForm.parseMoney(cleaned);
            if (value.compareTo(InitiativeForm.COST_LIMIT) >= 0) {
                errors.reject(field, named + " must be less than £1,000,000,000,000");
                return null;
            }
            return value;
        } catch (NumberFormatException notMoney) {
            errors.reject(field, named + " must be an amount in pounds, like 250000 or £1,250,000.50");
            return null;
        }
    }
}
