package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * WMP's AI register as its board papers describe it: Microsoft Copilot before the Change Board, Andi-Esra live
 * on 101 since December 2024, the ANPR vehicle-profile bid, a supplier's facial-recognition tool that was
 * turned down, and an RPA bot. The other parts of the module's demo data (assessments, DPIAs, impact
 * assessments, compliance tests, ethics advice, validation and monitoring) find these systems by name.
 * Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(50)
class DemoAssurance implements ApplicationRunner {

    static final String COPILOT = "Microsoft Copilot";
    static final String ANDI_ESRA = "Andi-Esra";
    static final String ANPR = "ANPR vehicle profiling";
    static final String FACIAL_RECOGNITION = "Retrospective facial recognition search";
    static final String RPA_ALLOCATION = "Connect investigation allocation bot";
    static final String DEMO = "system:demo-data";

    private final People people;
    private final Portfolio portfolio;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DemoAssurance(People people, Portfolio portfolio, JdbcClient jdbc, AuditTrail audit) {
        this.people = people;
        this.portfolio = portfolio;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The demo system of this name in the force, for the rest of the module's demo data. */
    static UUID systemNamed(JdbcClient jdbc, UUID forceId, String name) {
        return jdbc.sql("select id from ai_system where force_id = ? and name = ?").params(forceId, name)
                .query(UUID.class).optional().orElse(null);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || jdbc.sql("select count(*) from ai_system where force_id = ?").param(force)
                .query(Integer.class).single() > 0) {
            return;
        }
        Map<String, UUID> units = people.units(force).stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        Map<String, UUID> staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username,
                PersonSummary::id));
        Map<String, UUID> initiatives = portfolio.inForce(force).stream()
                .collect(Collectors.toMap(InitiativeSummary::title, InitiativeSummary::id, (a, b) -> a));

        UUID copilot = system(force, "AI-2025-001", COPILOT,
                "Generative AI assistant within Microsoft 365 (Word, Outlook, Teams) to draft and summarise documents, "
                        + "emails and meeting notes for officers and staff, reducing administrative time. It does not "
                        + "decide anything about members of the public.",
                units.get("IT-DIGITAL"), Origin.FORCE_REQUEST, "Microsoft Limited", "01624297",
                ProcurementRoute.EXISTING_LICENCE, AiSystemType.GENERATIVE_ASSISTANT, DecisionRole.INFORMS, false,
                initiatives.get("Microsoft Co-Pilot"), true, staff.get("iao"), null, "ai.governance@west-midlands.police.uk",
                "National Accreditation for policing use obtained in 2025. Runs within the force's Microsoft 365 tenancy; "
                        + "Copilot sees only what the signed-in user may already see under existing permissions.",
                "The user's own Microsoft 365 content (mail, documents, Teams chats and meetings) under their existing "
                        + "access rights. No new data is collected; no force data is used to train the model.",
                "Prompts and responses are retained in the Microsoft 365 audit log and Purview for 12 months; any "
                        + "output used in a policing record must be checked and owned by the officer who uses it.",
                "Withdraw if the pilot shows output errors reaching policing records, if National Accreditation is "
                        + "withdrawn, or if the data protection officer advises the residual risk is no longer acceptable. "
                        + "Licences are removed and prompt history is deleted under the retention schedule.",
                null, LocalDate.of(2025, 6, 2), List.of(
                        step(null, AiSystemStatus.REQUESTED, "Requested by IT & Digital after National Accreditation", LocalDate.of(2025, 6, 2)),
                        step(AiSystemStatus.REQUESTED, AiSystemStatus.UNDER_ASSESSMENT,
                                "Formal assessment started: the first AI initiative before the Change Board", LocalDate.of(2025, 7, 14))));

        system(force, "AI-2024-001", ANDI_ESRA,
                "AI voice assistant answering 101 non-emergency calls: answers immediately, gives advice, lets callers "
                        + "request a crime update and message the officer in charge, prioritises vulnerable callers, and "
                        + "routes or channel-shifts the rest so call handlers can focus on complex calls.",
                units.get("FORCE-CONTACT"), Origin.FORCE_REQUEST, null, null, ProcurementRoute.GRANT_FUNDED,
                AiSystemType.VOICE_ASSISTANT, DecisionRole.INFORMS, false,
                initiatives.get("Andi-Esra: AI voice assistant on 101"), true, staff.get("sro"),
                "https://www.west-midlands.police.uk/contact-us", null,
                "Hosted on accredited infrastructure connected to the force's telephony; assessed against the National "
                        + "Police Information Risk Management standards before go-live.",
                "The caller's speech during the call, the caller's telephone number, and crime reference numbers the "
                        + "caller gives to request an update. Speech is transcribed for the call record only.",
                "Every call, its transcript, the category it was given and where it was routed are written to the "
                        + "contact record; vulnerability prompts are flagged to a call handler in real time.",
                "Withdraw if the share of vulnerable callers routed to a person falls below the threshold the Ethics "
                        + "Panel set, if abandonment rises above the pre-pilot rate for three months, or if the platform "
                        + "loses accreditation; calls revert to call handlers the same day.",
                LocalDate.of(2024, 12, 2), LocalDate.of(2024, 3, 4), List.of(
                        step(null, AiSystemStatus.REQUESTED, "Requested by Force Contact with STAR funding", LocalDate.of(2024, 3, 4)),
                        step(AiSystemStatus.REQUESTED, AiSystemStatus.UNDER_ASSESSMENT, "Formal assessment started", LocalDate.of(2024, 4, 8)),
                        step(AiSystemStatus.UNDER_ASSESSMENT, AiSystemStatus.APPROVED_FOR_PILOT,
                                "Commissioned by the Change Board with conditions (June 2024)", LocalDate.of(2024, 6, 18)),
                        step(AiSystemStatus.APPROVED_FOR_PILOT, AiSystemStatus.LIVE,
                                "Live on all 101 calls after the Ethics Panel's advice was reported to the Change Board",
                                LocalDate.of(2024, 12, 2))));

        system(force, "AI-2025-002", ANPR,
                "Capture vehicle profile information (make, model, colour, features) from the existing ANPR cameras to find "
                        + "vehicles of interest when the registration plate is false or unreadable. Submitted to the STAR "
                        + "fund and invited to full bid.",
                units.get("INVESTIGATIONS"), Origin.FORCE_REQUEST, null, null, ProcurementRoute.GRANT_FUNDED,
                AiSystemType.COMPUTER_VISION, DecisionRole.INFORMS, true, null, true, null, null, null,
                null, "Images already captured by the force's ANPR cameras.", null, null, null,
                LocalDate.of(2025, 1, 6), List.of(step(null, AiSystemStatus.REQUESTED,
                        "STAR fund expression of interest invited to full bid (deadline 10 January)", LocalDate.of(2025, 1, 6))));

        system(force, "AI-2024-002", FACIAL_RECOGNITION,
                "A supplier offered a cloud service to search custody images against stills from CCTV and doorbell "
                        + "footage, returning ranked candidate matches to investigators.",
                units.get("INVESTIGATIONS"), Origin.SUPPLIER_SUGGESTION, "Vantage Biometrics Ltd", null,
                ProcurementRoute.DIRECT_AWARD, AiSystemType.COMPUTER_VISION, DecisionRole.INFORMS, true, null, true, null,
                null, null, "Offshore hosting outside the Police Secure Network; no accreditation offered.",
                "The force's custody image database, uploaded to the supplier's cloud.", null, null, null,
                LocalDate.of(2024, 9, 2), List.of(
                        step(null, AiSystemStatus.REQUESTED, "Suggested by Vantage Biometrics Ltd at a supplier day", LocalDate.of(2024, 9, 2)),
                        step(AiSystemStatus.REQUESTED, AiSystemStatus.REJECTED,
                                "Rejected at formal assessment: the supplier gave no accuracy or bias testing by sex, age or "
                                        + "ethnicity; custody images would leave UK accredited hosting; and there was no "
                                        + "published force policy or lawful basis for operator-initiated searches. Security "
                                        + "and credibility rated unacceptable.", LocalDate.of(2024, 10, 14))));

        system(force, "AI-2024-003", RPA_ALLOCATION,
                "Rules-based robot that allocates new Connect investigations to the correct unit. Since going live in "
                        + "October it has processed 48,208 investigations.",
                units.get("INVESTIGATIONS"), Origin.FORCE_REQUEST, null, null, ProcurementRoute.IN_HOUSE,
                AiSystemType.RPA_WITH_RULES, DecisionRole.NONE, false, initiatives.get("RPA: Connect investigation allocation bot"),
                false, staff.get("iao"), null, null,
                "Runs on the force's accredited RPA platform under a service account with least privilege.",
                "New investigation records in Connect: offence type, location and the allocation rules table.",
                "Every allocation is written to the investigation's audit history with the rule that applied.",
                "Switch off if allocation errors exceed 1% in a month or the allocation rules change; investigations are "
                        + "then allocated by the Crime Services Team by hand.",
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 6, 3), List.of(
                        step(null, AiSystemStatus.REQUESTED, "Requested by Investigations", LocalDate.of(2024, 6, 3)),
                        step(AiSystemStatus.REQUESTED, AiSystemStatus.UNDER_ASSESSMENT, "Light assessment: rules-based, no inference",
                                LocalDate.of(2024, 6, 17)),
                        step(AiSystemStatus.UNDER_ASSESSMENT, AiSystemStatus.APPROVED, "Approved by the Design and Delivery Board",
                                LocalDate.of(2024, 8, 13)),
                        step(AiSystemStatus.APPROVED, AiSystemStatus.LIVE, "Live in Connect", LocalDate.of(2024, 10, 1))));
        assess(force, staff, copilot, LocalDate.of(2025, 9, 22), List.of(
                rate(AssessmentCriterion.SECURITY, Rating.STRONG, "National Accreditation obtained for policing use in 2025; "
                        + "runs inside the force's Microsoft 365 tenancy with existing conditional access.", "iao"),
                rate(AssessmentCriterion.CREDIBILITY, Rating.STRONG, "Live in other forces before accreditation; Microsoft "
                        + "is the force's existing enterprise supplier.", "practitioner"),
                rate(AssessmentCriterion.RELIABILITY, Rating.ADEQUATE, "Service availability follows Microsoft 365; output "
                        + "quality varies and every output must be checked by its user.", "practitioner"),
                rate(AssessmentCriterion.USABILITY, Rating.ADEQUATE, "Works within Word, Outlook and Teams that staff already "
                        + "use; prompting skills need training.", "practitioner"),
                rate(AssessmentCriterion.DATA_MINIMISATION, Rating.WEAK, "Copilot reaches everything the user can reach: "
                        + "over-shared SharePoint sites must be tidied before the pilot.", "dpo")));
        UUID andiEsra = DemoAssurance.systemNamed(jdbc, force, ANDI_ESRA);
        assess(force, staff, andiEsra, LocalDate.of(2024, 5, 20), List.of(
                rate(AssessmentCriterion.SECURITY, Rating.ADEQUATE, "Assessed against the National Police Information Risk "
                        + "Management standards; connected to force telephony only.", "iao"),
                rate(AssessmentCriterion.CREDIBILITY, Rating.STRONG, "STAR funded by the National Science and Innovation Board.",
                        "practitioner"),
                rate(AssessmentCriterion.RELIABILITY, Rating.ADEQUATE, "Every call can fall back to a call handler; tested "
                        + "against recorded 101 call types before go-live.", "practitioner"),
                rate(AssessmentCriterion.USABILITY, Rating.STRONG, "Answers immediately in plain English; callers can ask "
                        + "for a person at any point.", "practitioner"),
                rate(AssessmentCriterion.BUSINESS_BENEFIT, Rating.STRONG, "Reduces the volume of 101 calls reaching call "
                        + "handlers and caller wait times, so call handlers focus on complex calls.", "sro"),
                rate(AssessmentCriterion.DATA_MINIMISATION, Rating.ADEQUATE, "Only the caller's speech, number and any crime "
                        + "reference they give; no profile of the caller is kept.", "dpo"),
                rate(AssessmentCriterion.PURPOSE_LIMITATION, Rating.STRONG, "Transcripts are used for the contact record only.",
                        "dpo"),
                rate(AssessmentCriterion.EXPLAINABILITY, Rating.ADEQUATE, "Each routing shows the category and the words "
                        + "that triggered it to the call handler.", "dpo"),
                rate(AssessmentCriterion.AUDITABILITY, Rating.STRONG, "Every call, category and route is on the contact record.",
                        "dpo")));
        assess(force, staff, DemoAssurance.systemNamed(jdbc, force, FACIAL_RECOGNITION), LocalDate.of(2024, 10, 7), List.of(
                rate(AssessmentCriterion.SECURITY, Rating.UNACCEPTABLE, "Custody images would be uploaded to offshore hosting "
                        + "outside the Police Secure Network; no accreditation offered.", "iao"),
                rate(AssessmentCriterion.CREDIBILITY, Rating.UNACCEPTABLE, "No independent accuracy or bias testing by sex, "
                        + "age or ethnicity; no references from UK forces.", "practitioner"),
                rate(AssessmentCriterion.RELIABILITY, Rating.WEAK, "Accuracy claims rest on the supplier's own data set.",
                        "practitioner"),
                rate(AssessmentCriterion.USABILITY, Rating.ADEQUATE, "Simple web upload for investigators.", "practitioner"),
                rate(AssessmentCriterion.BUSINESS_BENEFIT, Rating.WEAK, "Benefit unquantified; the force has no policy for "
                        + "operator-initiated searches.", "practitioner")));
        UUID bot = DemoAssurance.systemNamed(jdbc, force, RPA_ALLOCATION);
        assess(force, staff, bot, LocalDate.of(2024, 7, 1), List.of(
                rate(AssessmentCriterion.SECURITY, Rating.STRONG, "Accredited RPA platform, least-privilege service account.", "iao"),
                rate(AssessmentCriterion.CREDIBILITY, Rating.STRONG, "Built by the force's own automation team.", "iao"),
                rate(AssessmentCriterion.RELIABILITY, Rating.STRONG, "Deterministic rules; unmatched records go to a person.",
                        "practitioner"),
                rate(AssessmentCriterion.USABILITY, Rating.STRONG, "No user interface: investigations arrive allocated.",
                        "practitioner"),
                rate(AssessmentCriterion.BUSINESS_BENEFIT, Rating.STRONG, "48,208 investigations allocated since going live "
                        + "in October.", "practitioner")));
        usage(copilot, "Pilot group in IT & Digital and Corporate Change", "MV", "Copilot safe use e-learning",
                "Force devices only; never for decisions about a named person without human review of the source material.");
        usage(andiEsra, "Force Contact call handlers and supervisors, reviewing transfers and transcripts", "RV",
                "Andi-Esra call handling module", null);
        usage(andiEsra, "Force Contact system administrators, changing call flows", "SC", "Supplier administration course",
                "Changes to call flows only through the change process, tested before release.");
        usage(bot, "Crime Services Team, maintaining the allocation rules table", "RV", "Connect allocation rules briefing", null);
        asset(copilot, "Microsoft 365 mail, documents and Teams content", "INFORMATION_ASSET", "Head of Applications",
                "UK GDPR Art 6(1)(e) public task; DPA 2018 s35 where the content is processed for law enforcement purposes");
        asset(andiEsra, "101 contact records", "INFORMATION_ASSET", "Head of Force Contact",
                "DPA 2018 s35(2)(b): necessary for the performance of a task carried out for a law enforcement purpose");
        asset(andiEsra, "Call transcription for the contact record", "PROCESSING_ACTIVITY", "Head of Force Contact",
                "DPA 2018 s35(2)(b), with the caller told at the start of the call");
        asset(bot, "Connect investigation records", "INFORMATION_ASSET", "Head of Investigations Standards",
                "DPA 2018 s35(2)(b): law enforcement purposes");
        jdbc.sql("""
                insert into ai_reference_counter (force_id, year, last) values (?, 2024, 3), (?, 2025, 2)
                on conflict (force_id, year) do update set last = greatest(ai_reference_counter.last, excluded.last)
                """).params(force, force).update();
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, copilot, Operation.COLLECTION,
                "Loaded the demonstration AI register of 5 systems").by(DEMO).inForce("WMP"));
    }

    record Given(AssessmentCriterion criterion, Rating rating, String evidence, String assessor) {
    }

    private static Given rate(AssessmentCriterion criterion, Rating rating, String evidence, String assessor) {
        return new Given(criterion, rating, evidence, assessor);
    }

    private void assess(UUID force, Map<String, UUID> staff, UUID system, LocalDate on, List<Given> ratings) {
        for (Given given : ratings) {
            jdbc.sql("""
                    insert into ai_assessment_rating (system_id, criterion, rating, evidence, assessor_id, assessed_at)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(system, given.criterion().name(), given.rating().name(), given.evidence(),
                    staff.get(given.assessor()), Timestamp.valueOf(on.atTime(LocalTime.of(11, 0)))).update();
        }
    }

    private void usage(UUID system, String role, String vetting, String training, String conditions) {
        jdbc.sql("insert into ai_usage_rule (id, system_id, role, minimum_vetting, training, conditions, created_at) "
                + "values (?, ?, ?, ?, ?, ?, now())").params(UUID.randomUUID(), system, role, vetting, training, conditions)
                .update();
    }

    private void asset(UUID system, String name, String kind, String owner, String basis) {
        jdbc.sql("insert into ai_information_asset (id, system_id, name, kind, owner, lawful_basis, created_at) "
                + "values (?, ?, ?, ?, ?, ?, now())").params(UUID.randomUUID(), system, name, kind, owner, basis).update();
    }

    record Step(AiSystemStatus from, AiSystemStatus to, String reason, LocalDate on) {
    }

    private static Step step(AiSystemStatus from, AiSystemStatus to, String reason, LocalDate on) {
        return new Step(from, to, reason, on);
    }

    private UUID system(UUID force, String reference, String name, String purpose, UUID area, Origin origin, String supplier,
                        String number, ProcurementRoute route, AiSystemType type, DecisionRole role, boolean biometrics,
                        UUID initiative, boolean pilot, UUID owner, String website, String email, String security, String data,
                        String logging, String decommissioning, LocalDate liveSince, LocalDate requested, List<Step> steps) {
        UUID id = UUID.randomUUID();
        Timestamp created = Timestamp.valueOf(requested.atTime(LocalTime.of(9, 30)));
        Timestamp updated = Timestamp.valueOf(steps.get(steps.size() - 1).on().atTime(LocalTime.of(16, 0)));
        jdbc.sql("""
                insert into ai_system (id, force_id, reference, name, purpose, business_area_id, origin, supplier_name,
                    supplier_company_number, procurement_route, system_type, decision_role, uses_biometrics, initiative_id,
                    approval_sought, status, owner_id, website, contact_email, security_standards, data_sources,
                    output_logging, decommissioning_criteria, live_since, classification, version, created_by, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OFFICIAL', 0, ?, ?, ?)
                """).params(id, force, reference, name, purpose, area, origin.name(), supplier, number, route.name(), type.name(),
                role.name(), biometrics, initiative, pilot ? "PILOT" : "FULL", steps.get(steps.size() - 1).to().name(), owner,
                website, email, security, data, logging, decommissioning, liveSince == null ? null : Date.valueOf(liveSince),
                DEMO, created, updated).update();
        for (Step step : steps) {
            jdbc.sql("""
                    insert into ai_system_status_change (id, system_id, from_status, to_status, reason, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """).params(UUID.randomUUID(), id, step.from() == null ? null : step.from().name(), step.to().name(),
                    step.reason(), DEMO, Timestamp.valueOf(step.on().atTime(LocalTime.of(16, 0)))).update();
        }
        return id;
    }
}
