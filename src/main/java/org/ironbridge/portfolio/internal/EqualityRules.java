package org.ironbridge.portfolio.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.portfolio.EqualityStatus;

/**
 * When an equality analysis may be signed off. Only the initiative's Senior Responsible Owner signs
 * off, and only the latest version of a full analysis that answers the three aims, in which no
 * protected characteristic is still unknown and every negative impact has its mitigation. The SRO sets
 * the review date: after today and within {@value #REVIEW_WITHIN_YEARS} years, since the analysis is live.
 */
final class EqualityRules {

    static final int REVIEW_WITHIN_YEARS = 3;

    private EqualityRules() {
    }

    /**
     * The review date when sign-off is allowed; otherwise null, with each reason in {@code errors} under
     * the id of what it is about ("sign-off", "aims", "impact-…", "reviewDue").
     */
    static LocalDate signOff(EqualityAnalysis latest, UUID sroId, UUID personId, String sroName, DateParts reviewDue,
                             LocalDate today, FormErrors errors) {
        if (sroId == null) {
            errors.reject("sign-off", "The initiative has no Senior Responsible Owner named, so nobody can sign off "
                    + "its equality analysis yet");
            return null;
        }
        if (!Objects.equals(sroId, personId)) {
            errors.reject("sign-off", "Only the initiative's Senior Responsible Owner, " + sroName
                    + ", can sign off its equality analysis");
            return null;
        }
        if (latest == null) {
            errors.reject("sign-off", "There is no equality analysis to sign off yet");
            return null;
        }
        if (latest.status() == EqualityStatus.SIGNED_OFF) {
            errors.reject("sign-off", "Version " + latest.version() + " is already signed off");
            return null;
        }
        if (latest.status() == EqualityStatus.SCREENING) {
            errors.reject("sign-off", "The analysis is still at screening. Complete the full analysis before signing "
                    + "it off");
        }
        if (latest.eliminateDiscrimination() == null || latest.advanceEquality() == null
                || latest.fosterGoodRelations() == null) {
            errors.reject("aims", "Sign-off needs how the initiative has due regard to each of the three aims of the "
                    + "duty");
        }
        List<EqualityAnalysis.Impact> unknown = latest.rated(ImpactRating.UNKNOWN);
        if (!unknown.isEmpty()) {
            errors.reject("impact-" + unknown.getFirst().characteristic().slug(), "Sign-off needs every protected "
                    + "characteristic assessed. Still unknown: " + names(unknown));
        }
        List<EqualityAnalysis.Impact> unmitigated = latest.unmitigated();
        if (!unmitigated.isEmpty()) {
            errors.reject("impact-" + unmitigated.getFirst().characteristic().slug(), "Sign-off needs a mitigation "
                    + "for every negative impact. None recorded for: " + names(unmitigated));
        }
        LocalDate due = reviewDue.date();
        if (due == null) {
            errors.reject("reviewDue", reviewDue.blank() ? "Enter the date the analysis is due for review"
                    : "Review date must be a real date, like 27 3 2026");
        } else if (!due.isAfter(today)) {
            errors.reject("reviewDue", "Review date must be in the future");
        } else if (due.isAfter(today.plusYears(REVIEW_WITHIN_YEARS))) {
            errors.reject("reviewDue", "Review date must be within " + REVIEW_WITHIN_YEARS
                    + " years: the analysis is live and is reviewed at least that often");
        }
        return errors.any() ? null : due;
    }

    private static String names(List<EqualityAnalysis.Impact> impacts) {
        return impacts.stream().map(impact -> impact.characteristic().inSentence()).collect(Collectors.joining(", "));
    }
}
