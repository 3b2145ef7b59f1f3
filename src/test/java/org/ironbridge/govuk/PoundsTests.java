package org.ironbridge.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts of money as people type them, and the message for each way of getting one wrong. */
class PoundsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1250.50|1250.50", "£1,250.50|1250.50", "£1,250,000|1250000", "0|0",
            "  £ 75  |75", "999999999999.99|999999999999.99"})
    void amountsInPoundsAreRead(String typed, String expected) {
        FormErrors errors = new FormErrors();
        assertThat(Pounds.read(typed, "spent", "Spent to date", errors)).isEqualByComparingTo(expected);
        assertThat(errors.any()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "£1,2,3|Spent to date must have commas only between thousands, like £1,250,000",
            "12,50|Spent to date must have commas only between thousands, like £1,250,000",
            "ten thousand|Spent to date must be an amount in pounds, like 1250.50",
            "£|Spent to date must be an amount in pounds, like 1250.50",
            "1e5|Spent to date must be an amount in pounds, like 1250.50",
            "-5|Spent to date must be £0 or more",
            "-£1,000|Spent to date must be £0 or more",
            "1.234|Spent to date must have no more than 2 decimal places, like 1250.50",
            "1000000000000|Spent to date must be less than £1,000,000,000,000"})
    void eachWrongAmountGetsItsOwnMessage(String typed, String message) {
        FormErrors errors = new FormErrors();
        assertThat(Pounds.read(typed, "spent", "Spent to date", errors)).isNull();
        assertThat(errors.messageFor("spent")).isEqualTo(message);
    }

    @Test
    void blankIsNotRecordedRatherThanWrong() {
        FormErrors errors = new FormErrors();
        assertThat(Pounds.read("   ", "spent", "Spent to date", errors)).isNull();
        assertThat(errors.any()).isFalse();
    }

    @Test
    void amountsAreShownWithPenceOnlyWhenThereArePence() {
        assertThat(Pounds.format(new BigDecimal("1250000.00"))).isEqualTo("£1,250,000");
        assertThat(Pounds.format(new BigDecimal("1250.5"))).isEqualTo("£1,250.50");
        assertThat(Pounds.format(new BigDecimal("-300"))).isEqualTo("-£300");
        assertThat(Pounds.format(null)).isNull();
    }
}
