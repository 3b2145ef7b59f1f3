package org.ironbridge.prioritisation.internal;

/** Where an idea falls on the value-versus-effort matrix. */
public enum Quadrant {
    QUICK_WIN("Quick win", "high value, low effort"),
    BIG_BET("Big bet", "high value, high effort"),
    FILL_IN("Fill-in", "low value, low effort"),
    MONEY_PIT("Money pit", "low value, high effort");

    private final String label;
    private final String meaning;

    Quadrant(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * High value is a mean matrix score of {@code VALUE_MIDPOINT}% or more (an average rating of 3 out of 5); high
     * effort is more than {@code EFFORT_MIDPOINT} person-months (or WSJF job-size points: 8, 13 and 20 are high).
     */
    public static Quadrant of(java.math.BigDecimal value, java.math.BigDecimal effort) {
        boolean highValue = value.compareTo(VALUE_MIDPOINT) >= 0;
        boolean highEffort = effort.compareTo(EFFORT_MIDPOINT) > 0;
        return highValue ? (highEffort ? BIG_BET : QUICK_WIN) : (highEffort ? MONEY_PIT : FILL_IN);
    }

    public static final java.math.BigDecimal VALUE_MIDPOINT = java.math.BigDecimal.valueOf(60);
    public static final java.math.BigDecimal EFFORT_MIDPOINT = java.math.BigDecimal.valueOf(6);
}
