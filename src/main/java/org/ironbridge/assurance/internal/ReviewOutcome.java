package org.ironbridge.assurance.internal;

/** What a post-deployment review decided. */
public enum ReviewOutcome {
    CONTINUE("Continue", "Outcomes are within every threshold; use continues as it is"),
    CONTINUE_WITH_ACTIONS("Continue with actions", "Use continues while the actions in the notes are taken"),
    SUSPEND_USE("Suspend use", "Stop using the system until the problem is resolved"),
    REFER_TO_ETHICS_PANEL("Refer to the Ethics Panel", "Ask the Ethics Panel to advise again");

    private final String label;
    private final String hint;

    ReviewOutcome(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** Suspending use or referring back puts the system under review, as a breached threshold does. */
    public boolean putsUnderReview() {
        return this == SUSPEND_USE || this == REFER_TO_ETHICS_PANEL;
    }
}
