package org.ironbridge.governance.internal;

import java.util.Optional;

/** A board may decide only when at least its quorum of members is present. */
public final class Quorum {

    private Quorum() {
    }

    public static boolean met(int present, int quorum) {
        return present >= quorum;
    }

    /** Why a decision cannot be recorded, or empty when the board was quorate. */
    public static Optional<String> refusal(int present, int members, int quorum) {
        if (met(present, quorum)) {
            return Optional.empty();
        }
        return Optional.of("The board was not quorate: " + present + " of its " + members
                + " members were present and its quorum is " + quorum + ". A decision cannot be recorded without quorum");
    }
}
