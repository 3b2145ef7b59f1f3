package org.ironbridge.portfolio;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The latest version of an initiative's equality analysis as other modules may know it, for gate checks
 * and Change Paper checks: its status, when it is due for review, how many protected characteristics
 * are rated negative or still unknown, and how many Staff Associations Network responses are recorded.
 */
public record EqualityAnalysisSummary(UUID initiativeId, int version, EqualityStatus status, LocalDate reviewDue,
                                      int negativeImpacts, int unknownImpacts, int staffAssociationResponses) {

    public boolean signedOff() {
        return status == EqualityStatus.SIGNED_OFF;
    }
}
