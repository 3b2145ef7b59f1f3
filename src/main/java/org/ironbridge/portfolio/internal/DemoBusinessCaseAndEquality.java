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
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.RELIGION_OR_BELIEF;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.SEX;
import static org.ironbridge.portfolio.internal.ProtectedCharacteristic.SEXUAL_ORIENTATION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.EqualityStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cases and live equality analyses for WMP's demo initiatives past the mandate stage. Text in
 * quotation marks is quoted from the board papers (docs/seed-facts.md); every cost in the business cases
 * is illustrative, since the papers give none. The Windows 11 analysis is left unsigned (a disability
 * impact is still unknown), so a commissioned initiative shows what the gate refuses. Loaded once per
 * initiative; never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(11)
class DemoBusinessCaseAndEquality implements ApplicationRunner {

    private static final String ANDI_ESRA = "Andi-Esra: AI voice assistant on 101";
    private static final String DPN = "Digital Pocket Notebook";
    private static final String WINDOWS_11 = "Windows 11 roll-out";
    private static final String PRODUCTIVITY_APP = "Productivity app";
    private static final String DEMO = "system:demo-data";

    private final People people;
    private final InitiativeRepository initiatives;
    private final BusinessCaseRepository cases;
    private final EqualityAnalysisRepository analyses;
    private final JdbcAggregateTemplate aggregates;
    private final AuditTrail audit;
    private final Clock clock;

    DemoBusinessCaseAndEquality(People people, InitiativeRepository initiatives, BusinessCaseRepository cases,
                                EqualityAnalysisRepository analyses, JdbcAggregateTemplate aggregates, AuditTrail audit,
                                Clock clock) {
        this.people = people;
        this.initiatives = initiatives;
        this.cases = cases;
        this.analyses = analyses;
        this.aggregates = aggregates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null) {
            return;
        }
        Map<String, Initiative> byTitle = initiatives.findByForceIdOrderByReference(force).stream()
                .collect(Collectors.toMap(Initiative::title, Function.identity(), (first, second) -> first));
        Map<String, PersonSummary> staff = people.inForce(force).stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        Map<String, java.util.function.Consumer<Initiative>> businessCases = Map.of(
                ANDI_ESRA, initiative -> andiEsraBusinessCase(initiative, name(staff, "pm")),
                DPN, initiative -> dpnBusinessCase(initiative, name(staff, "practitioner")),
                WINDOWS_11, initiative -> windowsBusinessCase(initiative, name(staff, "pm")),
                PRODUCTIVITY_APP, initiative -> productivityBusinessCase(initiative, name(staff, "pm")));
        Map<String, java.util.function.Consumer<Initiative>> equalityAnalyses = Map.of(
                ANDI_ESRA, initiative -> andiEsraEquality(initiative, name(staff, "pm"), sroOf(initiative)),
                DPN, initiative -> dpnEquality(initiative, name(staff, "practitioner"), sroOf(initiative)),
                WINDOWS_11, initiative -> windowsEquality(initiative, name(staff, "pm")),
                PRODUCTIVITY_APP, initiative -> productivityEquality(initiative, name(staff, "pm")));
        // Each initiative's records are loaded once: a restart with the kept database adds nothing.
        businessCases.forEach((title, load) -> {
            Initiative initiative = byTitle.get(title);
            if (initiative != null && cases.findFirstByInitiativeIdOrderByVersionDesc(initiative.id()).isEmpty()) {
                load.accept(initiative);
            }
        });
        equalityAnalyses.forEach((title, load) -> {
            Initiative initiative = byTitle.get(title);
            if (initiative != null && analyses.findFirstByInitiativeIdOrderByVersionDesc(initiative.id()).isEmpty()) {
                load.accept(initiative);
            }
        });
    }

    // Andi-Esra: outline, then outline business case, then full business case. Costs illustrative.
    private void andiEsraBusinessCase(Initiative initiative, String author) {
        String strategic = "\"This new capability will help manage the volume of calls landing on the 101 Contact centre "
                + "that need to be answered by Call Handlers, with the intention of reducing caller wait times and "
                + "improving the effectiveness of the service.\"\n"
                + "\"The strategy to achieve this is to use automation where applicable to respond to, or to deflect "
                + "calls through channel shift (e.g. a web portal, SMS or email service).\"\n"
                + "It serves the Police and Crime Plan commitment to \"Improved technology and working practices to "
                + "support interaction with the public\".";
        String capabilities = "The voice assistant will enable Force Contact to: answer calls for service immediately; "
                + "provide advice to the public dynamically; allow the public to request a crime update and directly "
                + "message the OiC; prioritise vulnerable callers; understand and categorise non-emergency requests; "
                + "allow contact operators to focus on complex or specialised calls; provide the public with a "
                + "consistent experience; decommission legacy technology.";
        List<BusinessCase.Option> outline = List.of(
                option("Do nothing", "Every 101 call continues to queue for a call handler.", "0", false),
                option("AI voice assistant on 101", "A voice assistant answers every 101 call at once, resolves or "
                        + "deflects what it can and passes the rest, prioritised, to a call handler.", "950000", true),
                option("More call handlers", "Recruit and train additional call handlers to meet 101 demand.",
                        "2600000", false));
        saveCase(initiative, 1, author, Instant.parse("2024-03-18T10:15:00Z"), strategic, null, null, null, null,
                outline, cost("400000", "0", "50000", "100000", 5), FundingSource.NATIONAL_FUND,
                "STAR funding from the National Science and Innovation Board (NSIB) to be sought");
        String economic = "Three options were appraised. Doing nothing leaves caller wait times as they are. More call "
                + "handlers meets demand but at the highest whole-life cost. The voice assistant answers every call at "
                + "once and frees call handlers for the calls that need them, and is the best value.";
        String commercial = "A supplier of the voice platform is to be engaged through a national framework, with the "
                + "force owning the call flows and the data. The contract includes accent and accessibility testing.";
        saveCase(initiative, 2, author, Instant.parse("2024-06-24T14:40:00Z"), strategic + "\n" + capabilities, economic,
                commercial, null, null, outline, cost("350000", "0", "60000", "95000", 5), FundingSource.NATIONAL_FUND,
                "STAR funding from the National Science and Innovation Board (NSIB)");
        String financial = "The one-off build is met from STAR funding; the recurring platform and support costs move "
                + "to the Force Contact revenue budget from the second year.";
        String management = "\"Andi-Esra will triage all 101 calls in WMP from December 2024.\" The Senior Responsible "
                + "Owner is the Head of Force Contact, supported by a project board and Corporate Change. As an AI "
                + "initiative it goes to the Change Board with a formal Change Paper and to the Ethics Panel.";
        List<BusinessCase.Option> full = List.of(outline.get(0), option("AI voice assistant on 101 (Andi-Esra)",
                        "A voice assistant answers every 101 call at once, resolves or deflects what it can and passes the "
                                + "rest, prioritised, to a call handler.", "885000", true), outline.get(2));
        saveCase(initiative, 3, author, Instant.parse("2024-09-02T09:05:00Z"), strategic + "\n" + capabilities, economic,
                commercial, financial, management, full, cost("350000", "0", "60000", "95000", 5),
                FundingSource.NATIONAL_FUND, "STAR funding from the National Science and Innovation Board (NSIB)");
    }

    // Digital Pocket Notebook: one version. Costs illustrative.
    private void dpnBusinessCase(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2023-05-09T11:00:00Z"),
                "\"Officers were solely reliant on paper notebooks which were easily lost or damaged, with no back-up "
                        + "copy, no password protection, data security or encryption. Information from the DPN had to be "
                        + "manually entered in force systems where required.\"",
                "\"DPN improves data security and the information is integrated within the Command and Control system "
                        + "(Control Works).\" Keeping paper costs officers' time re-keying entries; a stand-alone app "
                        + "would not remove the re-keying.",
                "Built on the force's mobile platform by IT & Digital, with no new supplier contract.",
                "Met from the IT & Digital capital programme, with support absorbed in the existing mobile service.",
                "Delivered by IT & Digital through a project board, with roll-out by Local Police Area.",
                List.of(option("Keep paper notebooks", "Officers keep paper notebooks and re-key entries into force "
                                + "systems.", "0", false),
                        option("Digital Pocket Notebook integrated with Control Works", "A digital notebook on officers' "
                                + "mobile devices, integrated with the Command and Control system.", "420000", true),
                        option("Stand-alone notebook app", "A note-taking app without integration with force systems.",
                                "180000", false)),
                cost("300000", "0", "20000", "25000", 4), FundingSource.FORCE_BUDGET, "IT & Digital capital programme");
    }

    // Windows 11: the saving is the paper's estimate; the costs are illustrative.
    private void windowsBusinessCase(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2025-02-11T15:30:00Z"),
                "\"the roll out of Windows 11 will allow WMP to remove the need for laptops to have an integrated "
                        + "Smartcard reader; 2 factor authentication requirements (previously provided via Smartcard and "
                        + "PIN) are no longer required. WMP can now procure cheaper laptops and procure new devices via "
                        + "national frameworks.\"",
                "\"This will realise significant cost savings – estimated at £100 - £150 per unit. When aggregated across "
                        + "our estate of 11k laptops this is an estimated saving of between £1.1m - £1.6m per re-fresh "
                        + "cycle.\"",
                "New devices are procured via national frameworks, led by the Contracts and Procurement department.",
                null, null,
                List.of(option("Stay on the current operating system", "Keep laptops on the current version with "
                                + "Smartcard readers until it can no longer be patched.", "0", false),
                        option("Roll out Windows 11", "Upgrade the laptop estate to Windows 11 and buy laptops without "
                                + "integrated Smartcard readers at the next refresh.", "640000", true)),
                cost("150000", "0", "250000", "60000", 4), FundingSource.FORCE_BUDGET, "IT & Digital revenue budget");
    }

    // Productivity app: design phase. Costs illustrative.
    private void productivityBusinessCase(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2024-12-05T10:00:00Z"),
                "\"A 'productivity' app that will produce aggregate, team and individual level data on officer and "
                        + "staff productivity.\" \"In design-phase, with anticipated 'build' work commencing in early "
                        + "2025.\"",
                "Built by the Data Analytics Lab with Corporate Change, on the force's existing data platform.",
                null, null, null,
                List.of(option("Do nothing", "Supervisors keep assembling productivity figures by hand.", "0", false),
                        option("Productivity app", "An app giving aggregate, team and individual level productivity "
                                + "data to supervisors and leaders.", "310000", true)),
                cost("0", "0", "160000", "30000", 5), FundingSource.FORCE_BUDGET, "Corporate Development budget");
    }

    private void andiEsraEquality(Initiative initiative, String author, PersonSummary sro) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> screening = impacts(
                impact(AGE, UNKNOWN, "Older callers may be less at ease with automated telephone services; to be tested.", null),
                impact(DISABILITY, UNKNOWN, "Speech recognition may work less well for callers with speech impairments; "
                        + "to be tested.", null),
                impact(RACE, UNKNOWN, "Recognition of accents and of callers speaking English as an additional language "
                        + "is not yet known.", null),
                neutral(GENDER_REASSIGNMENT, "The assistant does not ask for or infer gender."),
                neutral(MARRIAGE_AND_CIVIL_PARTNERSHIP, "The service does not ask about or use marital status."),
                neutral(PREGNANCY_AND_MATERNITY, "No different effect identified."),
                neutral(RELIGION_OR_BELIEF, "No different effect identified."),
                impact(SEX, UNKNOWN, "Whether domestic abuse disclosures are recognised needs testing.", null),
                neutral(SEXUAL_ORIENTATION, "No different effect identified."));
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

    private void dpnEquality(Initiative initiative, String author, PersonSummary sro) {
        EqualityAnalysis full = saveAnalysis(initiative, 1, author, Instant.parse("2023-09-12T10:00:00Z"),
                EqualityStatus.FULL_ANALYSIS,
                "The notebook records the same information as paper; access is controlled and audited.",
                "\"The DPN has accessibility features which improves the user experience for all.\"",
                "Officers and staff associations were involved in testing the notebook before roll-out.",
                impacts(neutral(AGE, "Training offered to every officer, with floor-walkers at roll-out."),
                        impact(DISABILITY, POSITIVE, "\"The DPN has accessibility features which improves the user "
                                + "experience for all.\" Text size and screen reader support tested.", null),
                        neutral(GENDER_REASSIGNMENT, "No different effect identified."),
                        neutral(MARRIAGE_AND_CIVIL_PARTNERSHIP, "No different effect identified."),
                        neutral(PREGNANCY_AND_MATERNITY, "No different effect identified."),
                        neutral(RACE, "No different effect identified."),
                        neutral(RELIGION_OR_BELIEF, "No different effect identified."),
                        neutral(SEX, "No different effect identified."),
                        neutral(SEXUAL_ORIENTATION, "No different effect identified.")));
        feedback(initiative, full, "Disabled Police Association", LocalDate.of(2023, 8, 30), author,
                "Welcomed the accessibility features and asked for testing with dyslexic officers using text-to-speech. "
                        + "Done before roll-out.");
        // Signed off with a review date long passed: the page shows the review as overdue.
        signOff(initiative, full, sro, Instant.parse("2023-10-02T09:00:00Z"), LocalDate.of(2024, 10, 2));
    }

    private void windowsEquality(Initiative initiative, String author) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> screening = impacts(
                neutral(AGE, "An operating system upgrade with the same applications; training materials provided."),
                impact(DISABILITY, UNKNOWN, "Compatibility of assistive technology (screen readers, dictation and "
                        + "magnifiers) with Windows 11 is still being tested.", null),
                neutral(GENDER_REASSIGNMENT, "No different effect identified."),
                neutral(MARRIAGE_AND_CIVIL_PARTNERSHIP, "No different effect identified."),
                neutral(PREGNANCY_AND_MATERNITY, "No different effect identified."),
                neutral(RACE, "No different effect identified."),
                neutral(RELIGION_OR_BELIEF, "No different effect identified."),
                neutral(SEX, "No different effect identified."),
                neutral(SEXUAL_ORIENTATION, "No different effect identified."));
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

    private void productivityEquality(Initiative initiative, String author) {
        saveAnalysis(initiative, 1, author, Instant.parse("2024-12-09T15:00:00Z"), EqualityStatus.SCREENING, null, null,
                null, impacts(
                        impact(AGE, UNKNOWN, "Not yet known whether measures favour particular working patterns.", null),
                        impact(DISABILITY, UNKNOWN, "Individual-level data may not reflect reasonable adjustments.", null),
                        neutral(GENDER_REASSIGNMENT, "No different effect identified at screening."),
                        neutral(MARRIAGE_AND_CIVIL_PARTNERSHIP, "No different effect identified at screening."),
                        impact(PREGNANCY_AND_MATERNITY, UNKNOWN, "Leave and phased returns could distort "
                                + "individual figures.", null),
                        neutral(RACE, "No different effect identified at screening."),
                        neutral(RELIGION_OR_BELIEF, "No different effect identified at screening."),
                        impact(SEX, UNKNOWN, "Part-time working, more common among women, could distort individual "
                                + "figures.", null),
                        neutral(SEXUAL_ORIENTATION, "No different effect identified at screening.")));
    }

    private void saveCase(Initiative initiative, int version, String author, Instant at, String strategic, String economic,
                          String commercial, String financial, String management, List<BusinessCase.Option> options,
                          WholeLifeCost cost, FundingSource source, String detail) {
        aggregates.insert(new BusinessCase(UUID.randomUUID(), initiative.forceId(), initiative.id(), version, strategic,
                economic, commercial, financial, management, cost, source, detail, options, author, at));
        audit.record(AuditEntry.of(BusinessCases.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Loaded demo business case version " + version + " for " + initiative.reference()).inForce("WMP").by(DEMO));
    }

    private EqualityAnalysis saveAnalysis(Initiative initiative, int version, String author, Instant at,
                                          EqualityStatus status, String discrimination, String equality, String relations,
                                          Map<ProtectedCharacteristic, EqualityAnalysis.Impact> impacts) {
        EqualityAnalysis analysis = new EqualityAnalysis(UUID.randomUUID(), initiative.forceId(), initiative.id(),
                version, status, discrimination, equality, relations, new HashSet<>(impacts.values()), null, null, null,
                null, author, at);
        aggregates.insert(analysis);
        audit.record(AuditEntry.of(EqualityAnalyses.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Loaded demo equality analysis version " + version + " for " + initiative.reference()).inForce("WMP").by(DEMO));
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
                        + signed.version()).inForce("WMP").by(DEMO));
    }

    private void feedback(Initiative initiative, EqualityAnalysis version, String association, LocalDate received,
                          String recordedBy, String said) {
        aggregates.insert(new StaffAssociationFeedback(UUID.randomUUID(), initiative.forceId(), initiative.id(),
                version.version(), association, received, said, recordedBy, received.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private static BusinessCase.Option option(String title, String description, String cost, boolean preferred) {
        return new BusinessCase.Option(title, description, new BigDecimal(cost), preferred);
    }

    private static WholeLifeCost cost(String capitalOneOff, String capitalRecurring, String revenueOneOff,
                                      String revenueRecurring, int years) {
        return new WholeLifeCost(new BigDecimal(capitalOneOff), new BigDecimal(capitalRecurring),
                new BigDecimal(revenueOneOff), new BigDecimal(revenueRecurring), years);
    }

    private static EqualityAnalysis.Impact impact(ProtectedCharacteristic characteristic, ImpactRating rating,
                                                  String evidence, String mitigation) {
        return new EqualityAnalysis.Impact(characteristic, rating, evidence, mitigation);
    }

    private static EqualityAnalysis.Impact neutral(ProtectedCharacteristic characteristic, String evidence) {
        return impact(characteristic, NEUTRAL, evidence, null);
    }

    private static Map<ProtectedCharacteristic, EqualityAnalysis.Impact> impacts(EqualityAnalysis.Impact... impacts) {
        Map<ProtectedCharacteristic, EqualityAnalysis.Impact> map = new java.util.EnumMap<>(ProtectedCharacteristic.class);
        Arrays.stream(impacts).forEach(impact -> map.put(impact.characteristic(), impact));
        return map;
    }

    /** The SRO named on the initiative, who alone signs off its equality analysis. */
    private PersonSummary sroOf(Initiative initiative) {
        return initiative.sroId() == null ? null : people.find(initiative.sroId()).orElse(null);
    }

    private static String name(Map<String, PersonSummary> staff, String username) {
        PersonSummary person = staff.get(username);
        return person == null ? "Corporate Change" : person.displayName();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
