package org.ironbridge.assurance.internal;

/** A first referral the force makes, or a re-referral a breached monitoring threshold raised. */
public enum ReferralKind {
    REFERRAL("Referral"),
    RE_REFERRAL("Re-referral after monitoring");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
