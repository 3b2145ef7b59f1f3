package org.ironbridge.assurance.internal;

/**
 * The ICO's screening questions: each "yes" is an indicator of processing likely to result in a high risk to
 * people. The column is where the screening keeps the answer.
 */
public enum ScreeningQuestion {
    NEW_TECHNOLOGY("new_technology", "Does it use new or innovative technology, such as artificial intelligence?"),
    SYSTEMATIC_MONITORING("systematic_monitoring", "Does it systematically monitor people, including in publicly accessible places?"),
    LARGE_SCALE_SENSITIVE("large_scale_sensitive", "Does it process special category or criminal offence data on a large scale?"),
    SIGNIFICANT_DECISIONS("significant_decisions",
            "Does it profile people, or make automated decisions, with legal or similarly significant effects on them?"),
    VULNERABLE_PEOPLE("vulnerable_people", "Does it process data about vulnerable people, such as children or victims?"),
    DATA_MATCHING("data_matching", "Does it match or combine data sets from different sources?"),
    INVISIBLE_PROCESSING("invisible_processing",
            "Does it process data not obtained from the person without telling them (invisible processing)?"),
    BIOMETRIC_GENETIC("biometric_genetic", "Does it process biometric or genetic data?"),
    TRACKING("tracking", "Does it track people's location or behaviour?"),
    HARM_OR_DENIAL("harm_or_denial",
            "Could a breach or a wrong output put someone's physical safety at risk, or deny them a service or opportunity?");

    private final String column;
    private final String text;

    ScreeningQuestion(String column, String text) {
        this.column = column;
        this.text = text;
    }

    String column() {
        return column;
    }

    public String text() {
        return text;
    }

    /** The name of the form field that answers it, such as {@code newTechnology}. */
    public String field() {
        String[] words = column.split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }

    /** UK GDPR Art 35(3) and DPA 2018 s64: processing of these kinds always needs a full DPIA. */
    boolean alwaysNeedsFullDpia() {
        return this == SYSTEMATIC_MONITORING || this == LARGE_SCALE_SENSITIVE || this == SIGNIFICANT_DECISIONS;
    }
}
