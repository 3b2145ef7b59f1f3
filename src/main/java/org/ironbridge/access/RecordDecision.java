package org.ironbridge.access;

/**
 * The policy's answer for one record. NOT_FOUND hides the record's existence (another force's, or
 * above the person's vetting); the flags say what the caller must do when allowed.
 */
public record RecordDecision(Outcome outcome, boolean justificationRequired, boolean consultationLogged) {

    public enum Outcome { ALLOW, DENY, NOT_FOUND }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }
}
