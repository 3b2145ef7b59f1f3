package org.ironbridge.ideas.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a moderator should look at before an idea is reviewed: a missing problem statement, text that looks
 * like personal data, sensitive terms, and anything that reads like misconduct or whistleblowing, which
 * belongs with Professional Standards rather than the portal. It only flags; it never changes the idea.
 */
final class QualityChecks {

    enum Kind {
        MISSING_PROBLEM("Missing problem statement"),
        PERSONAL_DATA("Possible personal data"),
        SENSITIVE("Sensitive term"),
        MISCONDUCT("Possible misconduct or whistleblowing");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One thing to look at: where, the text around it, and why. */
    record Flag(Kind kind, String field, String excerpt, String reason) {
    }

    private record PersonalData(Pattern pattern, String reason) {
    }

    private static final List<PersonalData> PERSONAL_DATA = List.of(
            new PersonalData(Pattern.compile("\\b(?:PC|PS|DC|DS|PCSO|Sgt|Insp|DI|DCI)\\s?\\d{3,6}\\b|\\bcollar (?:number|no\\.?)\\s*:?\\s*\\d{2,6}\\b",
                    Pattern.CASE_INSENSITIVE), "It looks like a collar or warrant number"),
            new PersonalData(Pattern.compile("(?<![\\d/])(?:\\+44\\s?|0)(?:\\d\\s?){9,10}(?![\\d/])"),
                    "It looks like a telephone number"),
            new PersonalData(Pattern.compile("\\b\\d{2}[A-Z]{0,3}/\\d{4,8}[A-Z]?/\\d{2}\\b|\\bcrime ref(?:erence)?(?: (?:number|no\\.?))?\\s*:?\\s*[A-Z0-9/]{5,}",
                    Pattern.CASE_INSENSITIVE), "It looks like a crime reference number"),
            new PersonalData(Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?\\b|\\b(?:called|named) [A-Z][a-z]+ [A-Z][a-z]+\\b"),
                    "It looks like a person's name"),
            new PersonalData(Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), "It looks like an email address"));

    private static final int MINIMUM_PROBLEM_WORDS = 8;

    private QualityChecks() {
    }

    /** The flags for this text; {@code sensitive} and {@code misconduct} are the force's configured terms. */
    static List<Flag> check(Idea.Text text, List<String> sensitive, List<String> misconduct) {
        List<Flag> flags = new ArrayList<>();
        String problem = text.problem() == null ? "" : text.problem().strip();
        if (problem.isEmpty() || problem.split("\\s+").length < MINIMUM_PROBLEM_WORDS) {
            flags.add(new Flag(Kind.MISSING_PROBLEM, "The problem it solves", problem.isEmpty() ? "(not written)" : problem,
                    "The problem statement is missing or too short to say who is affected, how often and where"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", text.title());
        fields.put("The problem it solves", text.problem());
        fields.put("The change proposed", text.proposedChange());
        fields.put("The benefit expected", text.expectedBenefit());
        fields.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            for (PersonalData check : PERSONAL_DATA) {
                Matcher matcher = check.pattern().matcher(value);
                while (matcher.find()) {
                    flags.add(new Flag(Kind.PERSONAL_DATA, field, excerpt(value, matcher.start(), matcher.end()),
                            check.reason() + ": remove it before the idea is published more widely"));
                }
            }
            terms(flags, Kind.SENSITIVE, field, value, sensitive,
                    "A sensitive term from the force's list: check the idea is suitable for the portal");
            terms(flags, Kind.MISCONDUCT, field, value, misconduct,
                    "This may describe misconduct or be whistleblowing: it must go to Professional Standards "
                            + "(or the confidential reporting line), not the portal");
        });
        return flags;
    }

    private static void terms(List<Flag> flags, Kind kind, String field, String value, List<String> terms, String reason) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(term.toLowerCase(Locale.ROOT))).matcher(lower);
            if (matcher.find()) {
                flags.add(new Flag(kind, field, excerpt(value, matcher.start(), matcher.end()), reason + " (\"" + term + "\")"));
            }
        }
    }

    /** The match with up to 60 characters either side, on word boundaries where it can. */
    static String excerpt(String value, int start, int end) {
        int from = Math.max(0, start - 60);
        int to = Math.min(value.length(), end + 60);
        String excerpt = value.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + excerpt + (to < value.length() ? "…" : "");
    }
}
