package org.ironbridge.portfolio.internal;

import static org.ironbridge.portfolio.internal.ImpactRating.NEGATIVE;
import static org.ironbridge.portfolio.internal.ImpactRating.NEUTRAL;
import static org.ironbridge.portfolio.internal.ImpactRating.POSITIVE;
import static org.ironbridge.portfolio.internal.ImpactRating.UNKNOWN;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.AGE;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.DISABILITY;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.GENDER_REASSIGNMENT;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.PREGNANCY_AND_MATERNITY;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.RACE;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.SEX;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.EqualityStatus;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

/**
 * The demo equality analyses and Staff Associations Network feedback. Text in quotation marks is quoted
 * from the board papers; the rest is written for the demo. Windows 11 is left unsigned (a disability
 * impact is still unknown) so that a commissioned initiative shows what the gate refuses, and the
 * Digital Pocket Notebook's review is overdue.
 */
final class DemoEqualityAnalyses {

    private final JdbcAggregateTemplate aggregates;
    private final AuditTrail audit;
    private final Clock clock;

    DemoEqualityAnalyses(JdbcAggregateTemplate aggregates, AuditTrail audit, Clock clock) {
        this.aggregates = aggregates;
        this.audit = audit;
        this.clock = clock;
    }

    void andiEsra(Initiative initiative, String author, PersonSummary sro) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> screening = neutralExcept("No different effect identified.",
                impact(AGE, UNKNOWN, "Older callers may be less at ease with automated telephone services; to be tested.", null),
                impact(DISABILITY, UNKNOWN, "Speech recognition may work less well for callers with speech impairments; "
                        + "to be tested.", null),
                impact(RACE, UNKNOWN, "Recognition of accents and of callers speaking English as an additional language "
                        + "is not yet known.", null),
                neutral(GENDER_REASSIGNMENT, "The assistant does not ask for or infer gender."),
                neutral(MARRIAGE_AND_CIVIL_PARTNERSHIP, "The service does not ask about or use marital status."),
                impact(SEX, UNKNOWN, "Whether domestic abuse disclosures are recognised needs testing.", null));
        EqualityAnalysis v1 = saveAnalysis(initiative, 1, author, Instant.parse("2024-04-15T09:30:00Z"),
                EqualityStatus.SCREENING, null, null, null, screening);
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> full = new java.util.EnumMap<>(screening);
        full.putAll(impacts(
                impact(AGE, NEGATIVE, "Older callers are more likely to phone 101 than report online and less at ease "
                        + "with automated services.", "Callers can ask for a person at any point, by voice or keypad; the "
                        + "assistant offers a call handler when it has not understood twice."),
                impact(DISABILITY, NEGATIVE, "Testing showed lower recognition for callers with a stammer or dysarthria.",
                        "Keypad alternative to speech; early route to a call handler; text relay and BSL video relay "
                                + "unchanged; testing with Disabled Police Association members before go-live."),
                impact(RACE, NEGATIVE, "Testing showed lower recognition for some West Midlands accents and for "
                        + "callers speaking English as an additional language.", "Language models tuned on local "
                        + "accents; early route to a call handler; interpreter service unchanged; recognition rates "
                        + "reported to the project board by accent group."),
                impact(SEX, POSITIVE, "Callers disclosing domestic abuse or stalking are recognised as vulnerable and "
                        + "passed straight to a call handler, with shorter waits.", null)));
        String discrimination = "Every caller can reach a call handler; the assistant never refuses a call for service. "
                + "Recognition rates are monitored by accent group and by callers who asked for a person.";
        String equality = "Shorter waits for everyone, and call handlers freed for vulnerable callers and complex calls. "
                + "\"Prioritise Vulnerable Callers\" is one of its core capabilities.";
        String relations = "The staff associations were consulted on the design and the Ethics Panel's advice is "
                + "considered at the Change Board, supporting trust and confidence in the force's first public-facing AI.";
        EqualityAnalysis v2 = saveAnalysis(initiative, 2, author, Instant.parse("2024-09-10T13:20:00Z"),
                EqualityStatus.FULL_ANALYSIS, discrimination, equality, relations, full);
        feedback(initiative, v1, "Disabled Police Association", LocalDate.of(2024, 8, 14), author,
                "Asked that callers with speech impairments, including stammers and dysarthria, are never left in a "
                        + "loop with the assistant: the route to a call handler must be offered early, by keypad as well "
                        + "as by voice. Offered members to take part in testing.");
        feedback(initiative, v1, "Black and Asian Police Association", LocalDate.of(2024, 8, 21), author,
                "Concerned that speech recognition may understand some accents and dialects less well, including Black "
                        + "Country and Birmingham accents and callers who speak English as an additional language. Asked "
                        + "for recognition rates by accent group during testing and after go-live.");
        feedback(initiative, v2, "Women's Network", LocalDate.of(2024, 9, 24), author,
                "Asked that disclosures of domestic abuse and stalking are treated as vulnerability and passed to a call "
                        + "handler at once. Content with the analysis as revised.");
        signOff(initiative, v2, sro, Instant.parse("2024-11-25T16:00:00Z"), LocalDate.of(2025, 11, 25));
        full.put(RACE, impact(RACE, NEGATIVE, "Since go-live, recognition rates by accent group are reported monthly; "
                + "the gap for callers speaking English as an additional language has narrowed but remains.",
                "Continued tuning on local accents; early route to a call handler; interpreter service unchanged; the "
                        + "project board reviews the rates each quarter."));
        EqualityAnalysis v4 = saveAnalysis(initiative, 4, author, Instant.parse("2025-10-20T10:45:00Z"),
                EqualityStatus.FULL_ANALYSIS, discrimination, equality, relations, full);
        feedback(initiative, v4, "LGBT+ Network", LocalDate.of(2025, 10, 29), author,
                "Asked that reports of hate crime are always passed to a call handler rather than resolved by the "
                        + "assistant. Agreed and added to the call flows.");
        // The annual review was signed off recently, so the review date is always ahead of the demo.
        Instant reviewed = clock.instant().minus(14, ChronoUnit.DAYS);
        signOff(initiative, v4, sro, reviewed.isAfter(v4.savedAt()) ? reviewed : v4.savedAt().plus(1, ChronoUnit.DAYS),
                today().plusMonths(11));
    }

    void dpn(Initiative initiative, String author, PersonSummary sro) {
        EqualityAnalysis full = saveAnalysis(initiative, 1, author, Instant.parse("2023-09-12T10:00:00Z"),
                EqualityStatus.FULL_ANALYSIS,
                "The notebook records the same information as paper; access is controlled and audited.",
                "\"The DPN has accessibility features which improves the user experience for all.\"",
                "Officers and staff associations were involved in testing the notebook before roll-out.",
                neutralExcept("No different effect identified.",
                        neutral(AGE, "Training offered to every officer, with floor-walkers at roll-out."),
                        impact(DISABILITY, POSITIVE, "\"The DPN has accessibility features which improves the user "
                                + "experience for all.\" Text size and screen reader support tested.", null)));
        feedback(initiative, full, "Disabled Police Association", LocalDate.of(2023, 8, 30), author,
                "Welcomed the accessibility features and asked for testing with dyslexic officers using text-to-speech. "
                        + "Done before roll-out.");
        // Signed off with a review date long passed: the page shows the review as overdue.
        signOff(initiative, full, sro, Instant.parse("2023-10-02T09:00:00Z"), LocalDate.of(2024, 10, 2));
    }

    void windows(Initiative initiative, String author) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> screening = neutralExcept("No different effect identified.",
                neutral(AGE, "An operating system upgrade with the same applications; training materials provided."),
                impact(DISABILITY, UNKNOWN, "Compatibility of assistive technology (screen readers, dictation and "
                        + "magnifiers) with Windows 11 is still being tested.", null));
        saveAnalysis(initiative, 1, author, Instant.parse("2025-03-04T11:00:00Z"), EqualityStatus.SCREENING, null, null,
                null, screening);
        EqualityAnalysis full = saveAnalysis(initiative, 2, author, Instant.parse("2025-05-20T14:10:00Z"),
                EqualityStatus.FULL_ANALYSIS,
                "Every user keeps the applications and reasonable adjustments they have today.",
                "Windows 11's built-in accessibility features are available to every user.",
                "Members of the Diversity and Inclusion team sit on the IT boards that oversee the roll-out.", screening);
        feedback(initiative, full, "Disabled Police Association", LocalDate.of(2025, 5, 12), author,
                "Asked that assistive technology used by members is tested on Windows 11 before their laptops are "
                        + "upgraded, and that reasonable adjustments are carried over.");
    }

    void productivity(Initiative initiative, String author) {
        saveAnalysis(initiative, 1, author, Instant.parse("2024-12-09T15:00:00Z"), EqualityStatus.SCREENING, null, null,
                null, neutralExcept("No different effect identified at screening.",
                        impact(AGE, UNKNOWN, "Not yet known whether measures favour particular working patterns.", null),
                        impact(DISABILITY, UNKNOWN, "Individual-level data may not reflect reasonable adjustments.", null),
                        impact(PREGNANCY_AND_MATERNITY, UNKNOWN, "Leave and phased returns could distort "
                                + "individual figures.", null),
                        impact(SEX, UNKNOWN, "Part-time working, more common among women, could distort individual "
                                + "figures.", null)));
    }

    private EqualityAnalysis saveAnalysis(Initiative initiative, int version, String author, Instant at,
                                          EqualityStatus status, String discrimination, String equality, String relations,
                                          Map<ProtectedCharacteristic, EqualityAnalysis.Impact> impacts) {
        EqualityAnalysis analysis = new EqualityAnalysis(UUID.randomUUID(), initiative.forceId(), initiative.id(),
                version, status, discrimination, equality, relations, new HashSet<>(impacts.values()), null, null, null,
                null, author, at);
        aggregates.insert(analysis);
        audit.record(AuditEntry.of(EqualityAnalyses.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Loaded demo equality analysis version " + version + " for " + initiative.reference()).inForce("WMP").by(DemoBusinessCaseAndEquality.DEMO));
        return analysis;
    }

    private void signOff(Initiative initiative, EqualityAnalysis latest, PersonSummary sro, Instant at,
                         LocalDate reviewDue) {
        if (sro == null) {
            return;
        }
        EqualityAnalysis signed = latest.signOff(sro.id(), sro.displayName(), reviewDue, sro.displayName(), at);
        aggregates.insert(signed);
        audit.record(AuditEntry.of(EqualityAnalyses.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Loaded demo sign-off of the equality analysis for " + initiative.reference() + " as version "
                        + signed.version()).inForce("WMP").by(DemoBusinessCaseAndEquality.DEMO));
    }

    private void feedback(Initiative initiative, EqualityAnalysis version, String association, LocalDate received,
                          String recordedBy, String said) {
        aggregates.insert(new StaffAssociationFeedback(UUID.randomUUID(), initiative.forceId(), initiative.id(),
                version.version(), association, received, said, recordedBy, received.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private static EqualityAnalysis.Impact impact(ProtectedCharacteristic characteristic, ImpactRating rating,
                                                  String evidence, String mitigation) {
        return new EqualityAnalysis.Impact(characteristic, rating, evidence, mitigation);
    }

    private static EqualityAnalysis.Impact neutral(ProtectedCharacteristic characteristic, String evidence) {
        return impact(characteristic, NEUTRAL, evidence, null);
    }

    /** The impacts given, and every other characteristic neutral on the evidence given. */
    private static Map<ProtectedCharacteristic, EqualityAnalysis.Impact> neutralExcept(String evidence,
                                                                                    EqualityAnalysis.Impact... impacts) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> map = impacts(impacts);
        Arrays.stream(ProtectedCharacteristic.values()).forEach(c -> map.putIfAbsent(c, neutral(c, evidence)));
        return map;
    }

    private static Map<ProtectedCharacteristic, EqualityAnalysis.Impact> impacts(EqualityAnalysis.Impact... impacts) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> map = new java.util.EnumMap<>(ProtectedCharacteristic.class);
        Arrays.stream(impacts).forEach(impact -> map.put(impact.characteristic(), impact));
        return map;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
