package org.ironbridge.assurance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.people.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read of the force's Ethics Panel: each referral of a system whose register entry is
 * OFFICIAL, and the panel's advice once given, part by part as the panel marked it. A withheld part is carried
 * as its reason only, so its words never reach the page; drafts are never read at all.
 */
@Component
public class EthicsPublication {

    public record PublicPage(String forceCode, String forceName, List<PublicReferral> referrals) {
    }

    public record PublicReferral(String reference, String systemName, String purpose, ReferralKind kind,
                                 LocalDate referredOn, LocalDate meetingOn, PublicAdvice advice) {
    }

    /** {@code summary} is null when withheld, and {@code withheld} says why (null when no reason was given). */
    public record PublicAdvice(String outcome, LocalDate metOn, boolean published, String summary,
                               WithholdingReason withheld, List<PublicRecommendation> recommendations) {
    }

    /** {@code text} and the response are null when the recommendation is withheld. */
    public record PublicRecommendation(int number, boolean published, String text, WithholdingReason withheld,
                                       ForceResponse response, String responseText, LocalDate respondedOn) {
    }

    private final People people;
    private final EthicsRecords records;
    private final AiSystems systems;
    private final EthicsOutcomes outcomes;

    EthicsPublication(People people, EthicsRecords records, AiSystems systems, EthicsOutcomes outcomes) {
        this.people = people;
        this.records = records;
        this.systems = systems;
        this.outcomes = outcomes;
    }

    /** The force's public page, or empty when there is no such force. */
    @Transactional(readOnly = true)
    public Optional<PublicPage> of(String forceCode) {
        String code = forceCode == null ? "" : forceCode.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{1,20}")) {
            return Optional.empty();
        }
        Optional<UUID> force = people.forceId(code);
        if (force.isEmpty()) {
            return Optional.empty();
        }
        List<PublicReferral> referrals = new ArrayList<>();
        for (EthicsRecords.Referral referral : records.ofForce(force.get())) {
            AiSystem system = systems.find(referral.systemId()).orElse(null);
            // A system whose very entry is OFFICIAL-SENSITIVE is not named in public at all.
            if (system == null || system.classification() != Classification.OFFICIAL) {
                continue;
            }
            referrals.add(new PublicReferral(referral.reference(), system.name(), system.purpose(), referral.kind(),
                    LocalDate.ofInstant(referral.referredAt(), AiSystems.LONDON), referral.meetingOn(),
                    records.givenAdvice(referral.id()).map(this::published).orElse(null)));
        }
        return Optional.of(new PublicPage(code, people.forceName(force.get()).orElse(code), referrals));
    }

    private PublicAdvice published(EthicsRecords.Advice advice) {
        boolean summaryPublished = Boolean.TRUE.equals(advice.summaryPublished());
        List<PublicRecommendation> recommendations = new ArrayList<>();
        for (EthicsRecords.Recommendation r : records.recommendations(advice.referralId())) {
            boolean open = Boolean.TRUE.equals(r.published());
            recommendations.add(new PublicRecommendation(r.number(), open, open ? r.text() : null,
                    open ? null : r.withheld(), open ? r.response() : null, open ? r.responseText() : null,
                    open && r.respondedAt() != null ? LocalDate.ofInstant(r.respondedAt(), AiSystems.LONDON) : null));
        }
        return new PublicAdvice(outcomes.find(advice.outcomeId()).map(EthicsOutcomes.EthicsOutcome::label).orElse(""),
                advice.metOn(), summaryPublished, summaryPublished ? advice.summary() : null,
                summaryPublished ? null : advice.summaryWithheld(), recommendations);
    }
}
