package org.ironbridge.portfolio.internal;

import static org.ironbridge.portfolio.internal.Raid.ImpactKind.CULTURE;
import static org.ironbridge.portfolio.internal.Raid.ImpactKind.PROCESS;
import static org.ironbridge.portfolio.internal.Raid.ImpactKind.SYSTEMS;
import static org.ironbridge.portfolio.internal.Raid.ImpactKind.TRAINING;
import static org.ironbridge.portfolio.internal.Raid.Level.HIGH;
import static org.ironbridge.portfolio.internal.Raid.Level.LOW;
import static org.ironbridge.portfolio.internal.Raid.Level.MEDIUM;
import static org.ironbridge.portfolio.internal.Raid.Proximity.BEYOND_6_MONTHS;
import static org.ironbridge.portfolio.internal.Raid.Proximity.IMMINENT;
import static org.ironbridge.portfolio.internal.Raid.Proximity.WITHIN_3_MONTHS;
import static org.ironbridge.portfolio.internal.Raid.Proximity.WITHIN_6_MONTHS;
import static org.ironbridge.portfolio.internal.Raid.Response.AVOID;
import static org.ironbridge.portfolio.internal.Raid.Response.FALLBACK;
import static org.ironbridge.portfolio.internal.Raid.Response.REDUCE;
import static org.ironbridge.portfolio.internal.Raid.RiskStatus.CLOSED;
import static org.ironbridge.portfolio.internal.Raid.RiskStatus.OPEN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * RAID logs and change impacts for WMP's demo initiatives. Text in quotation marks in the comments, and
 * the phrases marked "seed" below, are quoted from the papers (docs/seed-facts.md); every score, date,
 * owner and the rest of the wording are illustrative, chosen to tell a plausible story, and come from no
 * paper. RMS procurement waits on a national interface past its needed-by date, so the portfolio's
 * dependency view has a late one. Dates of live work are set from the day the demo is loaded. Never
 * loaded in production; loaded once (the dev database keeps it between runs).
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(12)
class DemoRaid implements ApplicationRunner {

    private static final String BY = "system:demo-data";

    private final People people;
    private final InitiativeRepository initiatives;
    private final RiskRepository risks;
    private final IssueRepository issues;
    private final AssumptionRepository assumptions;
    private final DependencyRepository dependencies;
    private final ChangeImpactRepository impacts;
    private final RaidReferences references;
    private final AuditTrail audit;
    private final Clock clock;

    private Map<String, Initiative> byTitle;
    private Map<String, UUID> staff;
    private Map<String, UUID> units;

    DemoRaid(People people, InitiativeRepository initiatives, RiskRepository risks, IssueRepository issues,
             AssumptionRepository assumptions, DependencyRepository dependencies, ChangeImpactRepository impacts,
             RaidReferences references, AuditTrail audit, Clock clock) {
        this.people = people;
        this.initiatives = initiatives;
        this.risks = risks;
        this.issues = issues;
        this.assumptions = assumptions;
        this.dependencies = dependencies;
        this.impacts = impacts;
        this.references = references;
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
        byTitle = initiatives.findByForceIdOrderByReference(force).stream()
                .collect(Collectors.toMap(Initiative::title, Function.identity()));
        Initiative andiEsra = initiative("Andi-Esra");
        if (andiEsra == null || !risks.findByInitiativeId(andiEsra.id()).isEmpty()) {
            return;
        }
        staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        units = people.units(force).stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        andiEsra(andiEsra);
        rpa(initiative("RPA: Connect investigation quality assurance bot"));
        windows11(initiative("Windows 11 roll-out"), now);
        singleOnlineHome(initiative("Single Online Home"));
        ngfc(initiative("Next Generation Force Contact"));
        rms(initiative("RMS procurement"), now);
    }

    private void andiEsra(Initiative i) {
        // Seed: "Andi-Esra will triage all 101 calls in WMP from December 2024"; "Prioritise Vulnerable Callers".
        risk(i, "Andi-Esra will triage all 101 calls in WMP from December 2024, understanding and categorising "
                        + "non-emergency requests by speech",
                "a vulnerable caller's need is not recognised and the call is not prioritised",
                "harm to the caller, a failure to Prioritise Vulnerable Callers and a loss of public confidence",
                3, 5, 2, 5, "sro", REDUCE, IMMINENT,
                "An AI deciding the priority of a member of the public is a force-level risk to public confidence",
                OPEN);
        // Seed: "the first artificial Intelligence (AI) to be used by UK Policing to directly serve the public".
        risk(i, "Andi-Esra is the first artificial Intelligence (AI) to be used by UK Policing to directly serve the "
                        + "public",
                "callers distrust an AI answering 101 and hang up before reaching a call handler",
                "repeat calls and complaints, losing the reduction in caller wait times the project is for",
                3, 4, 2, 3, "pm", REDUCE, WITHIN_3_MONTHS, null, OPEN);
        risk(i, "call audio and transcripts are personal data processed under Part 3 of the Data Protection Act 2018",
                "the system keeps or shares more caller data than the purpose needs",
                "a breach of data protection law and a complaint to the ICO",
                2, 4, 1, 4, "dpo", AVOID, WITHIN_6_MONTHS, null, OPEN);
        issue(i, "Some callers ask to speak to a person as soon as the voice assistant answers",
                "Those calls reach call handlers without triage, so less demand is taken off the 101 Contact centre "
                        + "than planned",
                "pm", MEDIUM, Raid.IssueStatus.IN_HAND,
                "Greeting reworded to say a call handler is available at any point; transfers reviewed weekly");
        assumption(i, "Callers will accept an AI voice assistant on 101 as long as they can always reach a call handler",
                "sro", false, "A survey of callers in the first three months after go-live");
        // Seed, verbatim (sic): the funding sentence of the Change Strategy.
        assumption(i, "The design and implementation are funded by STAR funding from the National Science and "
                        + "Innovation Board (NSIB)", "sro", true,
                "Confirmed in the Change Strategy: \"WMP have successful secured funding from the National Science and "
                        + "Innovation Board (NSIB) in the form of Science, Technology, Analysis and Research (STAR) "
                        + "funding, (Andi-Esra)\"");
        dependency(i, null, "101 telephony platform",
                "Calls on 101 routed to Andi-Esra, with transfer to a call handler at any point",
                LocalDate.of(2024, 11, 1), Raid.DependencyStatus.MET);
        impact(i, "FORCE-CONTACT", EnumSet.of(PROCESS, SYSTEMS, TRAINING, CULTURE), HIGH, YearMonth.of(2024, 10),
                YearMonth.of(2025, 3));
        impact(i, "IT-DIGITAL", EnumSet.of(SYSTEMS), MEDIUM, YearMonth.of(2024, 9), YearMonth.of(2024, 12));
    }

    private void rpa(Initiative i) {
        // Seed: "completing the 16 basic checks on behalf of Crime Services Team, such as flagging records with
        // sensitive keywords".
        risk(i, "the bot completes the 16 basic checks on behalf of Crime Services Team, such as flagging records "
                        + "with sensitive keywords",
                "a record with a sensitive keyword is passed on unflagged",
                "a sensitive investigation handled without the care it needs",
                3, 4, 1, 4, "board.member", REDUCE, BEYOND_6_MONTHS, null, CLOSED);
        dependency(i, initiative("RPA: Connect investigation allocation bot"), null,
                "New investigations allocated automatically to the correct unit before the checks run on them",
                LocalDate.of(2024, 10, 1), Raid.DependencyStatus.MET);
        impact(i, "INVESTIGATIONS", EnumSet.of(PROCESS), MEDIUM, YearMonth.of(2024, 10), YearMonth.of(2024, 12));
    }

    private void windows11(Initiative i, YearMonth now) {
        // Seed: "our estate of 11k laptops"; "£100 - £150 per unit"; "2 factor authentication requirements
        // (previously provided via Smartcard and PIN) are no longer required".
        risk(i, "the roll-out replaces the operating system across our estate of 11k laptops",
                "some line-of-business applications do not work on Windows 11",
                "officers and staff lose systems they need and the roll-out pauses",
                4, 4, 2, 3, "iao", REDUCE, WITHIN_3_MONTHS, null, OPEN);
        risk(i, "2 factor authentication requirements (previously provided via Smartcard and PIN) are no longer "
                        + "required once laptops run Windows 11",
                "the new sign-in is not ready when laptops without an integrated Smartcard reader arrive",
                "new laptops cannot be issued and the saving estimated at £100 - £150 per unit is delayed",
                3, 4, 2, 4, "iao", FALLBACK, WITHIN_6_MONTHS, null, OPEN);
        assumption(i, "The applications officers and staff use are supported on Windows 11 by their suppliers",
                "iao", true, "Supplier statements collected for each application on the IT Delivery Plan");
        dependency(i, initiative("Device recycling and resale"), null,
                "The laptops replaced re-sold or recycled as they come back, so old kit does not pile up in stores",
                now.plusMonths(6).atEndOfMonth(), Raid.DependencyStatus.AWAITED);
        impact(i, "IT-DIGITAL", EnumSet.of(SYSTEMS, PROCESS), HIGH, now.minusMonths(2), now.plusMonths(3));
        impact(i, "LPA-BW", EnumSet.of(SYSTEMS, TRAINING), LOW, now, now.plusMonths(2));
        impact(i, "LPA-BE", EnumSet.of(SYSTEMS, TRAINING), LOW, now.plusMonths(1), now.plusMonths(3));
    }

    private void singleOnlineHome(Initiative i) {
        // Seed: "In the summer of 2024 WMP transitioned to the national Single Online Home platform".
        risk(i, "WMP transitioned to the national Single Online Home platform in the summer of 2024",
                "online reports are not routed to the right team after the switch",
                "reports wait unseen and the public lose confidence in the digital front counter",
                3, 3, 1, 3, "sro", REDUCE, IMMINENT, null, CLOSED);
        dependency(i, null, "National Single Online Home programme (Home Office)",
                "WMP onboarded to the national Single Online Home platform, the 'digital front counter'",
                LocalDate.of(2024, 6, 30), Raid.DependencyStatus.MET);
        impact(i, "FORCE-CONTACT", EnumSet.of(PROCESS, SYSTEMS), MEDIUM, YearMonth.of(2024, 5), YearMonth.of(2024, 9));
    }

    private void ngfc(Initiative i) {
        // Seed: "the move to a single modern site, a new demand led shift pattern".
        risk(i, "the move to a single modern site and a new demand led shift pattern",
                "experienced call handlers leave rather than move",
                "999 and 101 answer times fall while new staff are trained",
                4, 4, 2, 4, "sro", REDUCE, IMMINENT, null, CLOSED);
        impact(i, "FORCE-CONTACT", EnumSet.of(PROCESS, TRAINING, CULTURE), HIGH, YearMonth.of(2023, 1),
                YearMonth.of(2024, 12));
    }

    private void rms(Initiative i, YearMonth now) {
        // Seed: "the prioritisation and delivery of the existing change portfolio whilst procuring and implementing
        // a new RMS contract"; the key challenges "Capacity of change and enabling functions to meet our ambition
        // and requirements." (paraphrased in the escalation) and "Change Fatigue, the impact of successive and
        // overlapping change."
        risk(i, "the prioritisation and delivery of the existing change portfolio whilst procuring and implementing a "
                        + "new RMS contract",
                "the procurement competes with the existing portfolio for the same IT and change capacity",
                "delays to the new RMS contract and to other initiatives",
                4, 4, 3, 4, "pmo", REDUCE, WITHIN_6_MONTHS,
                "Capacity of change and enabling functions is a key challenge across the portfolio; only the Design "
                        + "and Delivery Board can reprioritise work to make room", OPEN);
        risk(i, "change fatigue, the impact of successive and overlapping change",
                "investigators are slow to adopt the new RMS",
                "poorer recording of investigations while the old and new ways run side by side",
                3, 3, 2, 3, "board.member", REDUCE, BEYOND_6_MONTHS, null, OPEN);
        // The late one: needed by a date long past, still awaited.
        dependency(i, null, "National Law Enforcement Data Service (NLEDS)",
                "The interface specification the new RMS must meet to share records with national systems",
                LocalDate.of(2025, 6, 30), Raid.DependencyStatus.AWAITED);
        dependency(i, initiative("Windows 11 roll-out"), null,
                "Investigators' laptops on Windows 11 before the new RMS client is deployed",
                now.plusMonths(12).atEndOfMonth(), Raid.DependencyStatus.AWAITED);
        impact(i, "INVESTIGATIONS", EnumSet.of(PROCESS, SYSTEMS, TRAINING), HIGH, now.plusMonths(3), now.plusMonths(9));
        impact(i, "IT-DIGITAL", EnumSet.of(SYSTEMS), HIGH, now.plusMonths(1), now.plusMonths(9));
    }

    private Initiative initiative(String titleStart) {
        return byTitle.entrySet().stream().filter(entry -> entry.getKey().startsWith(titleStart))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private void risk(Initiative i, String cause, String event, String effect, int inherentProbability,
                      int inherentImpact, int residualProbability, int residualImpact, String owner,
                      Raid.Response response, Raid.Proximity proximity, String escalation, Raid.RiskStatus status) {
        Risk risk = Risk.raise(i, references.next(i.id(), 'R'), new Risk.Details(cause, event, effect,
                new RiskScore(inherentProbability, inherentImpact), new RiskScore(residualProbability, residualImpact),
                staff.get(owner), response, proximity, escalation, status), clock.instant());
        risks.save(risk);
        loaded(RiskLog.RECORD_TYPE, risk.id(), "risk " + risk.reference(), i);
    }

    private void issue(Initiative i, String description, String impact, String owner, Raid.Level priority,
                       Raid.IssueStatus status, String resolution) {
        Issue issue = Issue.raise(i.id(), references.next(i.id(), 'I'),
                new Issue.Details(description, impact, staff.get(owner), priority, status, resolution), clock.instant());
        issues.save(issue);
        loaded(IssueLog.RECORD_TYPE, issue.id(), "issue " + issue.reference(), i);
    }

    private void assumption(Initiative i, String statement, String owner, boolean validated, String validation) {
        Assumption assumption = Assumption.make(i.id(), references.next(i.id(), 'A'),
                new Assumption.Details(statement, staff.get(owner), validated, validation), clock.instant());
        assumptions.save(assumption);
        loaded(AssumptionLog.RECORD_TYPE, assumption.id(), "assumption " + assumption.reference(), i);
    }

    private void dependency(Initiative i, Initiative on, String programme, String needed, LocalDate neededBy,
                            Raid.DependencyStatus status) {
        Dependency dependency = Dependency.record(i.id(), references.next(i.id(), 'D'),
                new Dependency.Details(on == null ? null : on.id(), programme, needed, neededBy, status),
                clock.instant());
        dependencies.save(dependency);
        loaded(DependencyLog.RECORD_TYPE, dependency.id(), "dependency " + dependency.reference(), i);
    }

    private void impact(Initiative i, String unit, Set<Raid.ImpactKind> ways, Raid.Level severity, YearMonth from,
                        YearMonth to) {
        ChangeImpact impact = ChangeImpact.assess(i.id(),
                new ChangeImpact.Details(units.get(unit), ways, severity, from, to), clock.instant());
        impacts.save(impact);
        loaded(ChangeImpactLog.RECORD_TYPE, impact.id(), "change impact on " + unit, i);
    }

    private void loaded(String type, UUID id, String what, Initiative i) {
        audit.record(AuditEntry.of(type, id, Operation.COLLECTION, "Loaded demo " + what + " of " + i.reference())
                .inForce("WMP").by(BY));
    }
}
