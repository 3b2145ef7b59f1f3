package org.ironbridge.govuk;

/** One option of a select, radios or checkboxes: the submitted value and the words shown. */
public record Choice(String value, String text, String hint) {

    public static Choice of(String value, String text) {
        return new Choice(value, text, null);
    }
}
