package org.ironbridge.audit;

/**
 * The outcome of checking the whole chain: how many events were checked and, if it is broken, the
 * first event at which it breaks and why.
 */
public record ChainVerification(long eventsChecked, boolean intact, Long brokenAtSeq, Break reason, String detail)
        implements java.io.Serializable {

    /** Why a chain is broken. */
    public enum Break {
        CHANGED("an event was changed after it was written"),
        MISSING("an event is missing"),
        INSERTED("an event was inserted that the application did not write"),
        OUT_OF_ORDER("events are out of order");

        private final String description;

        Break(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static ChainVerification intact(long checked) {
        return new ChainVerification(checked, true, null, null, null);
    }

    public static ChainVerification broken(long checked, long seq, Break reason, String detail) {
        return new ChainVerification(checked, false, seq, reason, detail);
    }

    /** One line for people and the command line. */
    public String describe() {
        if (intact) {
            return eventsChecked + " events checked: intact";
        }
        return eventsChecked + " events checked: BROKEN at event " + brokenAtSeq + " - " + reason.description()
                + (detail == null ? "" : " (" + detail + ")");
    }
}
