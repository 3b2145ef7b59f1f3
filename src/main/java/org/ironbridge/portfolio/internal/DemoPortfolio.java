package org.ironbridge.portfolio.internal;

import static org.ironbridge.portfolio.InitiativeType.APPLICATION_CHANGE;
import static org.ironbridge.portfolio.InitiativeType.FUNDING_BID;
import static org.ironbridge.portfolio.InitiativeType.PILOT;
import static org.ironbridge.portfolio.InitiativeType.PROCESS_CHANGE;
import static org.ironbridge.portfolio.InitiativeType.PROJECT;
import static org.ironbridge.portfolio.InitiativeType.SUPPORTING_ACTIVITY;
import static org.ironbridge.portfolio.Stage.CLOSED;
import static org.ironbridge.portfolio.Stage.DELIVERY;
import static org.ironbridge.portfolio.Stage.FULL_BUSINESS_CASE;
import static org.ironbridge.portfolio.Stage.MANDATE;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Classification;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * WMP's change portfolio as its board papers describe it (see docs/seed-facts.md): every figure in a
 * summary is quoted from the papers. Costs, risk scores and delivery confidence are left unset where
 * the papers give none, rather than invented. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(10)
class DemoPortfolio implements ApplicationRunner {

    record Demo(int year, String title, String summary, InitiativeType type, boolean ai, Stage stage, String sro,
                String pm, List<String> units, List<String> objectives) {
    }

    /** The Police and Crime Plan 2021-2025 commitments quoted in the Change Strategy paper. */
    static final Map<String, String> PLAN = Map.of(
            "PCP-1", "Exploiting the efficiency and operational gains arising from previous technology investments",
            "PCP-2", "Improved technology and working practices to support interaction with the public",
            "PCP-3", "Improved use of data to increase the efficiency of WMP and officer and staff decision making",
            "PCP-4", "Increased use of mobile technologies to enable officers and staff to increase productivity, "
                    + "visibility and operational effectiveness",
            "PCP-5", "Improved digital forensics");

    static final List<Demo> INITIATIVES = List.of(
            new Demo(2024, "Andi-Esra: AI voice assistant on 101",
                    "The design and implementation of Andi-Esra, the first artificial Intelligence (AI) to be used by UK "
                            + "Policing to directly serve the public. Andi-Esra will triage all 101 calls in WMP from "
                            + "December 2024. Funded by STAR funding from the National Science and Innovation Board (NSIB).",
                    PROJECT, true, DELIVERY, "sro", "pm", List.of("FORCE-CONTACT", "IT-DIGITAL"), List.of("PCP-2", "PCP-3")),
            new Demo(2025, "Microsoft Co-Pilot",
                    "Microsoft Co-Pilot is the first example of an AI initiative being assessed by the Change Board. "
                            + "Although Microsoft Co-Pilot has been live in other forces, it only gained National "
                            + "Accreditation recently which is why WMP are now formally considering enablement.",
                    APPLICATION_CHANGE, true, MANDATE, null, "pm", List.of("IT-DIGITAL"), List.of("PCP-1")),
            new Demo(2024, "Digital Pocket Notebook",
                    "DPN is a new digital solution, which has replaced the paper-based notebook. DPN improves data "
                            + "security and the information is integrated within the Command and Control system.",
                    PROJECT, false, CLOSED, "board.member", null, List.of("IT-DIGITAL", "LPA-BW", "LPA-BE"), List.of("PCP-4")),
            new Demo(2024, "RPA: Connect investigation allocation bot",
                    "Connect Investigation allocation robot enabling the automatic allocation of new investigations to "
                            + "the correct unit. Since going live in October this bot has processed 48,208 investigations.",
                    APPLICATION_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS", "IT-DIGITAL"),
                    List.of("PCP-1", "PCP-3")),
            new Demo(2024, "RPA: Connect investigation quality assurance bot",
                    "Connect Investigation Quality Assurance bot is completing the 16 basic checks on behalf of Crime "
                            + "Services Team. Since going live in October this bot has processed 48,430 investigations.",
                    APPLICATION_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS", "IT-DIGITAL"),
                    List.of("PCP-1", "PCP-3")),
            new Demo(2021, "RPA: MG11 statement upload",
                    "An officer can digitally complete an MG11 witness statement on mobile or laptop and then a robot "
                            + "will complete the upload and linking of the document to the investigation. Since this "
                            + "start in 2021, £252k statement have been completed digitally and then robot processed, "
                            + "preventing 31,500 hours of officer administration time (not including travel time).",
                    PROCESS_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS", "IT-DIGITAL"),
                    List.of("PCP-4")),
            new Demo(2024, "RPA: Solicitor Initial Contact",
                    "Solicitors have the ability to request documents in an automated process. The process went live "
                            + "01/04/2024 with £8.7K submissions processed, 745 hours saved and £22K costs avoided.",
                    PROCESS_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS", "IT-DIGITAL"),
                    List.of("PCP-1")),
            new Demo(2024, "Cloud-based digital forensics",
                    "West Midlands Police is the first territorial force to harness the power of cloud-based digital "
                            + "forensics solutions with industry partners, which in their first six months saved WMP 140 "
                            + "days of working time in DFU which equated to £148,000 in outsourcing costs.",
                    PROJECT, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS"), List.of("PCP-5")),
            new Demo(2024, "Scene Attendance and Digital Crime Scene Coordinator roles",
                    "New Scene Attendance and Digital Crime Scene Coordinator roles provide the best quality advice "
                            + "directly to officers early, triaging devices. In their first year this approach reduced "
                            + "wasteful submissions by 70% releasing around 4900 days of work.",
                    PROCESS_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS"), List.of("PCP-5")),
            new Demo(2025, "Windows 11 roll-out",
                    "The roll out of Windows 11 will allow WMP to remove the need for laptops to have an integrated "
                            + "Smartcard reader, so WMP can procure cheaper laptops: estimated at £100 - £150 per unit, "
                            + "between £1.1m - £1.6m per re-fresh cycle across our estate of 11k laptops.",
                    PROJECT, false, DELIVERY, "iao", "pm", List.of("IT-DIGITAL"), List.of("PCP-1", "PCP-4")),
            new Demo(2025, "Device recycling and resale",
                    "All mobile phones are now being recycled, WMP receives between £10 - £15 per device, £50k - £75k "
                            + "revenue per year. Desktop computers are recycled or re-sold: 2025 is the first year, with "
                            + "between £206k - £320k expected depending on the recycling:resell ratio.",
                    SUPPORTING_ACTIVITY, false, DELIVERY, "iao", null, List.of("IT-DIGITAL"), List.of("PCP-1")),
            new Demo(2024, "Single Online Home",
                    "In the summer of 2024 WMP transitioned to the national Single Online Home platform, a 'digital "
                            + "front counter' launched by the Home Office in 2018 and now adopted by 42 forces including BTP.",
                    PROJECT, false, CLOSED, "sro", null, List.of("FORCE-CONTACT"), List.of("PCP-2")),
            new Demo(2023, "Next Generation Force Contact (NGFC)",
                    "Throughout 2023-2024 the NGFC project completely redesigned Public Contact: recruitment, structure, "
                            + "training, a single modern site, a demand led shift pattern and a new supervision model, "
                            + "making WMP the best performing Force for combined 999 and 101 performance (Dec 2024).",
                    PROJECT, false, CLOSED, "sro", null, List.of("FORCE-CONTACT"), List.of("PCP-2")),
            new Demo(2023, "Operation Vanguard",
                    "WMP's work to improve the way we investigate crime and address the causes of concern identified by "
                            + "the HMICFRS, including Vanguard Masterclasses, which trained over 2,100 officers on "
                            + "investigative practices and supervisory standards.",
                    PROJECT, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS"), List.of("PCP-3")),
            new Demo(2024, "Investigations Dashboard",
                    "The Data Analytics Lab and Corporate Change, working alongside the business, produced the "
                            + "Investigations Dashboard, credited with improving both the performance and productivity of "
                            + "investigative management.",
                    APPLICATION_CHANGE, false, CLOSED, "board.member", null, List.of("INVESTIGATIONS", "CORP-DEV"),
                    List.of("PCP-3")),
            new Demo(2025, "Productivity app",
                    "A 'productivity' app that will produce aggregate, team and individual level data on officer and "
                            + "staff productivity. In design-phase, with anticipated 'build' work commencing in early 2025.",
                    PROJECT, false, FULL_BUSINESS_CASE, "board.member", "pm", List.of("CORP-DEV", "CORP-CHANGE"),
                    List.of("PCP-3")),
            new Demo(2025, "RMS procurement",
                    "Procuring and implementing a new RMS contract over the next 12 months, alongside the existing "
                            + "change portfolio.",
                    PROJECT, false, MANDATE, null, null, List.of("IT-DIGITAL", "INVESTIGATIONS"), List.of("PCP-1")),
            new Demo(2025, "TASER fleet upgrade",
                    "Overseeing the upgrades to our TASER fleet over the next 12 months.",
                    PROJECT, false, MANDATE, null, null, List.of("FORCE-EXEC"), List.of()),
            new Demo(2024, "Operation Stemson",
                    "A change project charged with modernising our approach to physical data and detained property and "
                            + "completing an RRD process on all physical storage.",
                    PROJECT, false, DELIVERY, "dpo", null, List.of("INFO-MGMT"), List.of("PCP-3")),
            new Demo(2025, "STAR bid: ANPR vehicle profiles",
                    "Enhancing ANPR capability: Capturing vehicle profile information using ANPR infrastructure. One of "
                            + "three STAR fund expressions of interest invited to full bid stage.",
                    FUNDING_BID, true, MANDATE, null, null, List.of("CORP-DEV"), List.of("PCP-3")),
            new Demo(2025, "STAR bid: human microbiome fingerprints",
                    "Forensic analysis of the human microbiome: Using experimental microbiology to explore the "
                            + "opportunity to visualise fingerprints, based on microbial deposits.",
                    FUNDING_BID, false, MANDATE, null, null, List.of("CORP-DEV", "INVESTIGATIONS"), List.of("PCP-5")),
            new Demo(2025, "STAR bid: fingerprints and DNA from 3D-printed materials",
                    "Defining best practice in extraction of fingerprints and DNA from 3D printed materials.",
                    FUNDING_BID, false, MANDATE, null, null, List.of("CORP-DEV", "INVESTIGATIONS"), List.of("PCP-5")),
            new Demo(2024, "Vape testing (Test & Learn)",
                    "Detecting illegal drugs in vapes: developing rapid testing of vape fluid and e-cigarette devices for "
                            + "the presence of Class B drugs, in partnership with the University of Bath, funded by the "
                            + "NPCC Test & Learn Fund. The project is due to complete at the end of March 2025.",
                    PILOT, false, DELIVERY, "board.member", null, List.of("CORP-DEV", "INVESTIGATIONS"), List.of("PCP-5")));

    private final People people;
    private final TierRule tiers;
    private final InitiativeRepository initiatives;
    private final ReferenceNumbers references;
    private final PlanObjectives objectives;
    private final AuditTrail audit;
    private final Clock clock;

    DemoPortfolio(People people, TierRule tiers, InitiativeRepository initiatives, ReferenceNumbers references,
                  PlanObjectives objectives, AuditTrail audit, Clock clock) {
        this.people = people;
        this.tiers = tiers;
        this.initiatives = initiatives;
        this.references = references;
        this.objectives = objectives;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || !objectives.of(force).isEmpty()) {
            return;
        }
        new java.util.TreeMap<>(PLAN).forEach((code, wording) ->
                objectives.add(force, code, "West Midlands Police and Crime Plan 2021-2025", wording));
        tiers.setThreshold(force, Tier.CHANGE_BOARD, new BigDecimal("250000"), 16);
        tiers.setThreshold(force, Tier.DESIGN_AND_DELIVERY_BOARD, new BigDecimal("50000"), 9);
        Map<String, UUID> objectiveIds = objectives.codes(force);
        Map<String, UUID> units = people.units(force).stream()
                .collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        Map<String, UUID> staff = people.inForce(force).stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        for (Demo demo : INITIATIVES) {
            InitiativeDetails details = new InitiativeDetails(demo.title(), demo.summary(), demo.type(),
                    demo.sro() == null ? null : staff.get(demo.sro()), demo.pm() == null ? null : staff.get(demo.pm()),
                    (BigDecimal) null, null, demo.ai(), Classification.OFFICIAL,
                    demo.units().stream().map(units::get).collect(Collectors.toSet()),
                    demo.objectives().stream().map(objectiveIds::get).collect(Collectors.toSet()));
            Initiative initiative = Initiative.propose(force, references.next(force, demo.year()), details,
                    tiers.tierFor(force, null, null, demo.ai()),
                    null, null, clock.instant());
            initiative.moveTo(demo.stage(), clock.instant());
            initiatives.save(initiative);
            audit.record(AuditEntry.of(InitiativeEditing.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                    "Loaded demo initiative " + initiative.reference() + " " + initiative.title())
                    .inForce("WMP").by("system:demo-data"));
        }
    }
}
