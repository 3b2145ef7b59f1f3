package org.ironbridge.portfolio.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Long text typed into a form, shown back as paragraphs, and the options of the form fields that take it. */
final class Prose {

    private Prose() {
    }

    /** The text's paragraphs (one per line typed); none when there is no text. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A field built under its id (so errors and links find it) but submitted under another name. */
    static Map<String, Object> submittedAs(Map<String, Object> field, String name) {
        field.put("name", name);
        return field;
    }

    /** A textarea with the GOV.UK character count. */
    static Map<String, Object> counted(Map<String, Object> field, int maxlength, int rows) {
        field.put("maxlength", maxlength);
        field.put("rows", rows);
        return field;
    }

    static Map<String, Object> withHint(Map<String, Object> field, String hint) {
        field.put("hint", Map.of("text", hint));
        return field;
    }

    /** A money input: pounds prefix and a width for amounts. */
    static Map<String, Object> pounds(Map<String, Object> field) {
        field.put("prefix", Map.of("text", "£"));
        field.put("classes", "govuk-input--width-10");
        field.put("spellcheck", false);
        return field;
    }
}
