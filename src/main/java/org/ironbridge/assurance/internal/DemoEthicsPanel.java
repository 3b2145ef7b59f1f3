package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * WMP's Ethics Panel as its board papers describe it: Andi-Esra was referred in 2024, before it went live on 101
 * in December, and the panel's advice was reported to the October Change Board; Microsoft Copilot is referred for
 * the panel's next meeting, because the Change Board deferred its decision until the DPIA is signed off and the
 * panel has advised. The facial recognition tool was rejected at assessment and never referred; the ANPR bid and
 * the rules-based allocation bot have not been referred. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(53)
class DemoEthicsPanel implements ApplicationRunner {

    private final People people;
    private final JdbcClient jdbc;
    private final EthicsOutcomes outcomes;
    private final ReferralPack packs;
    private final AiSystems systems;
    private final AuditTrail audit;
    private final Clock clock;

    DemoEthicsPanel(People people, JdbcClient jdbc, EthicsOutcomes outcomes, ReferralPack packs, AiSystems systems,
                    AuditTrail audit, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.packs = packs;
        this.systems = systems;
        this.audit = audit;
        this.clock = clock;
    }

    private record Recommendation(String text, WithholdingReason withheld, ForceResponse response, String answer) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        UUID andiEsra = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.ANDI_ESRA);
        UUID copilot = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.COPILOT);
        if (andiEsra == null || copilot == null || jdbc.sql("select count(*) from ethics_referral where force_id = ?")
                .param(force).query(Integer.class).single() > 0) {
            return;
        }
        UUID supportedWithRecommendations = outcomes.all(force).stream()
                .filter(o -> o.meaning() == OutcomeMeaning.SUPPORTED_WITH_RECOMMENDATIONS).findFirst().orElseThrow().id();

        UUID andi = referral(force, andiEsra, "EP-2024-001", LocalDate.of(2024, 7, 23), LocalDate.of(2024, 9, 24), """
                Is it ethical and proportionate for an AI voice assistant to answer and triage all 101 non-emergency calls, \
                including recognising vulnerable callers and passing them to a call handler first?
                What safeguards should the force put in place before go-live in December 2024, and what should it tell \
                the public?""");
        jdbc.sql("""
                insert into ethics_advice (referral_id, outcome_id, summary, met_on, summary_published, summary_withheld,
                    given, given_by, given_at, version, updated_by, updated_at)
                values (?, ?, ?, ?, true, null, true, 'ethics', ?, 0, 'ethics', ?)
                """).params(andi, supportedWithRecommendations, """
                The panel supports the use of an AI voice assistant on 101 to answer calls immediately and reduce \
                waiting times, provided no caller is ever prevented from reaching a person and the force can show that \
                the assistant works equally well for all of the West Midlands' communities. The panel welcomed that the \
                assistant informs but does not make decisions about callers, that vulnerability prompts are passed to a \
                call handler in real time, and that every call and where it was routed are recorded. It makes five \
                recommendations and asks to review the assistant with the force after six months of live use.""",
                Date.valueOf(LocalDate.of(2024, 9, 24)), at(LocalDate.of(2024, 9, 27)), at(LocalDate.of(2024, 9, 27))).update();
        List<Recommendation> recommendations = List.of(
                new Recommendation("Every caller must be able to reach a human call handler at any point in the call, "
                        + "and be told how at the start of every call.", null, ForceResponse.ACCEPTED,
                        "Accepted. The greeting tells every caller they can ask for a person at any time; saying so, or "
                                + "pressing 0, transfers the call to a call handler. This is also a condition of the Change "
                                + "Board's commissioning decision and will be tested in user acceptance before go-live."),
                new Recommendation("Monitor outcomes for vulnerable callers, and how well the assistant understands callers "
                        + "by language and accent, from the first day of live use, and report the results to the panel.",
                        null, ForceResponse.ACCEPTED,
                        "Accepted. Force Contact will report monthly the share of callers flagged as vulnerable who reached "
                                + "a call handler, and recognition failures and abandoned calls by the language the caller "
                                + "used and for a sample of regional and non-native accents, to the Design and Delivery "
                                + "Board and to the panel."),
                new Recommendation("Publish plain-English information for the public: what the assistant does and does not "
                        + "do, that calls are recorded, and how to reach a person.", null, ForceResponse.PARTLY_ACCEPTED,
                        "Partly accepted. A page on the force website will explain the assistant, call recording and how to "
                                + "reach a person, and the greeting says that the caller is speaking to an automated "
                                + "assistant. The force will not publish the detailed categories the assistant uses to route "
                                + "calls, which could be used to jump the queue; it will publish how many calls go to each "
                                + "broad service instead."),
                new Recommendation("Bring the assistant back to the panel after six months of live use, with the monitoring "
                        + "results and what callers have said about it.", null, ForceResponse.ACCEPTED,
                        "Accepted. A six-month review with the panel is planned for June 2025."),
                new Recommendation("Before go-live, test the assistant against spoofed caller numbers and automated calls, "
                        + "and give crime update details only once the caller has passed the same identity checks a call "
                        + "handler would use.", WithholdingReason.SECURITY, ForceResponse.ACCEPTED,
                        "Accepted. The call handlers' identity checks are built into the crime update journey, and both "
                                + "will be covered by the penetration test before go-live."));
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            jdbc.sql("""
                    insert into ethics_recommendation (id, referral_id, position, text, published, withheld, response,
                        response_text, responded_by, responded_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'sro', ?, 1)
                    """).params(UUID.randomUUID(), andi, i, r.text(), r.withheld() == null,
                    r.withheld() == null ? null : r.withheld().name(), r.response().name(), r.answer(),
                    at(LocalDate.of(2024, 10, 8))).update();
        }

        LocalDate today = LocalDate.now(clock.withZone(AiSystems.LONDON));
        referral(force, copilot, "EP-%d-001".formatted(today.minusDays(10).getYear()), today.minusDays(10),
                today.plusDays(14), """
                The Change Board deferred its decision on enabling Microsoft Copilot until the DPIA is signed off and the \
                panel has advised. Is it proportionate to give officers and staff a generative AI assistant over their own \
                Microsoft 365 content?
                What safeguards should apply when a draft it writes ends up in a policing record, such as a statement, a \
                case file or an intelligence report, and are there uses the force should rule out?""");
        jdbc.sql("""
                insert into ethics_reference_counter (force_id, year, last) values (?, 2024, 1), (?, ?, 1)
                on conflict (force_id, year) do update set last = greatest(ethics_reference_counter.last, excluded.last)
                """).params(force, force, today.minusDays(10).getYear()).update();
        audit.record(AuditEntry.of(EthicsReferrals.RECORD_TYPE, andi, Operation.COLLECTION,
                "Loaded the demonstration Ethics Panel referrals of Andi-Esra and Microsoft Copilot")
                .by(DemoAssurance.DEMO).inForce("WMP"));
    }

    private UUID referral(UUID force, UUID systemId, String reference, LocalDate on, LocalDate meeting, String question) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ethics_referral (id, force_id, system_id, reference, kind, question, meeting_on, referred_by,
                    referred_at)
                values (?, ?, ?, ?, 'REFERRAL', ?, ?, 'practitioner', ?)
                """).params(id, force, systemId, reference, question, Date.valueOf(meeting), at(on)).update();
        // The pack is made from the register and the assurance steps as the demo loads them.
        packs.snapshot(id, systems.find(systemId).orElseThrow());
        return id;
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(LocalTime.of(10, 0)));
    }
}
