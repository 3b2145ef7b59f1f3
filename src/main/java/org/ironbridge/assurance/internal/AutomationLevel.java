package org.ironbridge.assurance.internal;

/** How far the system acts on its own: a five-point scale from advisory to fully automated. */
public enum AutomationLevel {
    ADVISORY(1, "1. Advisory", "It offers information; a person makes every decision."),
    RECOMMENDS(2, "2. Recommends", "It proposes an outcome; a person reviews every one before it takes effect."),
    PARTLY_AUTOMATED(3, "3. Partly automated", "It acts on routine cases; a person handles the rest and can step in on any."),
    AUTOMATED_WITH_REVIEW(4, "4. Automated with review", "It acts on its own; a person reviews a sample, or when challenged."),
    FULLY_AUTOMATED(5, "5. Fully automated", "It acts on its own with no person involved.");

    private final int level;
    private final String label;
    private final String hint;

    AutomationLevel(int level, String label, String hint) {
        this.level = level;
        this.label = label;
        this.hint = hint;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static AutomationLevel of(Integer level) {
        for (AutomationLevel value : values()) {
            if (level != null && value.level == level) {
                return value;
            }
        }
        return null;
    }
}
