package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where the system stands with the Ethics Panel: any change involving AI or advanced data analytics is referred,
 * and the panel's advice is considered at the Change Board. A rules-based robot makes no inference and needs no
 * referral. The step is complete once the latest referral has advice the board can act on.
 */
@Component
class EthicsPanelStep implements AssuranceStep {

    static final String NAME = "Ethics Panel advice";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final EthicsRecords records;
    private final EthicsOutcomes outcomes;

    EthicsPanelStep(EthicsRecords records, EthicsOutcomes outcomes) {
        this.records = records;
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Progress progress(AiSystem system) {
        Progress progress = referralProgress(system);
        if (system.type().rulesBased() && !progress.complete()) {
            return new Progress(progress.href(), progress.label(), progress.colour(), true, progress.detail()
                    + ". Not required: rules-based automation with no inference");
        }
        return progress;
    }

    private Progress referralProgress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/ethics";
        Optional<EthicsRecords.Referral> latest = records.latest(system.id());
        if (system.type().rulesBased() && latest.isEmpty()) {
            return Progress.done(href, "Not required", "Not required: rules-based automation with no inference");
        }
        if (latest.isEmpty()) {
            return Progress.notStarted(href, "Not referred to the Ethics Panel. Any change involving AI or advanced data "
                    + "analytics is referred to the panel, and its advice is considered at the Change Board");
        }
        EthicsRecords.Referral referral = latest.get();
        Optional<EthicsRecords.Advice> given = records.givenAdvice(referral.id());
        if (given.isEmpty()) {
            return Progress.inProgress(href, "Referred", "Referred to the Ethics Panel (" + referral.reference() + "), "
                    + "awaiting advice" + (referral.meetingOn() == null ? "; the meeting is to be arranged"
                    : " at its meeting on " + day(referral.meetingOn())));
        }
        EthicsRecords.Advice advice = given.get();
        EthicsOutcomes.EthicsOutcome outcome = outcomes.find(advice.outcomeId()).orElseThrow();
        List<EthicsRecords.Recommendation> recommendations = records.recommendations(referral.id());
        long answered = recommendations.stream().filter(r -> r.response() != null).count();
        String detail = "Advice: " + outcome.label() + " on " + day(advice.metOn()) + " with " + recommendations.size()
                + (recommendations.size() == 1 ? " recommendation, " : " recommendations, ") + answered + " answered"
                + (outcome.meaning() == OutcomeMeaning.RESUBMIT ? ". The panel asks for the proposal to be resubmitted" : "");
        return new Progress(href, outcome.label(), outcome.meaning().colour(), outcome.meaning().complete(), detail);
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
