package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One screening of a system against the ICO's questions, kept as it was made: whether a full DPIA is required
 * and, when it is not, why not.
 */
public record DpiaScreening(UUID id, UUID systemId, int number, boolean lawEnforcement, Set<ScreeningQuestion> yes,
                            boolean fullDpiaRequired, String reason, String screenedBy, String screenedByName,
                            Instant screenedAt) {

    public DpiaScreening {
        yes = yes.isEmpty() ? EnumSet.noneOf(ScreeningQuestion.class) : EnumSet.copyOf(yes);
    }

    /** The questions in the ICO's order, for pages that list them. */
    public List<ScreeningQuestion> questions() {
        return List.of(ScreeningQuestion.values());
    }

    public boolean answeredYes(ScreeningQuestion question) {
        return yes.contains(question);
    }

    /** Why these answers need a full DPIA whatever the screener concludes; empty when the screener may decide. */
    public static List<String> whyRequired(boolean lawEnforcement, Set<ScreeningQuestion> yes) {
        List<String> why = new ArrayList<>();
        if (lawEnforcement && !yes.isEmpty()) {
            why.add("It is law enforcement processing (DPA 2018 Part 3) and at least one answer is yes");
        }
        yes.stream().filter(ScreeningQuestion::alwaysNeedsFullDpia).findFirst().ifPresent(q ->
                why.add("UK GDPR Art 35(3) and DPA 2018 s64 always need a DPIA for it: " + q.text()));
        if (yes.contains(ScreeningQuestion.NEW_TECHNOLOGY) && yes.size() > 1) {
            why.add("The ICO lists new technology combined with any other indicator as likely high risk");
        } else if (yes.size() >= 2) {
            why.add("Two or more indicators of high risk are present");
        }
        return why;
    }

    public List<String> whyRequired() {
        return whyRequired(lawEnforcement, yes);
    }
}
