package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's impact assessments and compliance tests, as the register's stories need them: Andi-Esra assessed and
 * tested before it went live on 101 in December 2024; Microsoft Copilot's compliance test answered for the Change
 * Board while its impact assessment is still a draft; the facial-recognition tool's not-met items that explain
 * its rejection; a light assessment for the rules-based allocation bot; nothing yet for the ANPR bid. West
 * Midlands Police's own version of the digital ethics checklist (an Ethics Panel item, added in May 2025) shows
 * that a test keeps the checklist version it was answered against. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(52)
class DemoImpactAndCompliance implements ApplicationRunner {

    private final People people;
    private final JdbcClient jdbc;
    private final Checklists checklists;
    private final ImpactAssessmentStore assessments;
    private final ComplianceTestStore tests;
    private final AuditTrail audit;

    DemoImpactAndCompliance(People people, JdbcClient jdbc, Checklists checklists, ImpactAssessmentStore assessments,
                            ComplianceTestStore tests, AuditTrail audit) {
        this.people = people;
        this.jdbc = jdbc;
        this.checklists = checklists;
        this.assessments = assessments;
        this.tests = tests;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        UUID andiEsra = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.ANDI_ESRA);
        if (andiEsra == null || assessments.idOf(andiEsra).isPresent() || tests.find(andiEsra).isPresent()) {
            return;
        }
        Map<String, UUID> staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username,
                PersonSummary::id));
        UUID copilot = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.COPILOT);
        UUID facialRecognition = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.FACIAL_RECOGNITION);
        UUID allocationBot = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.RPA_ALLOCATION);

        // Andi-Esra's test was answered against the national baseline, before the force added its own item.
        test(andiEsra, force, DemoComplianceContent.ANDI_ESRA, staff, on(2024, 11, 19));
        ethicsPanelItem(force);
        test(copilot, force, DemoComplianceContent.COPILOT, staff, on(2025, 8, 20));
        test(facialRecognition, force, DemoComplianceContent.FACIAL_RECOGNITION, staff, on(2024, 10, 10));

        complete(DemoAiaContent.andiEsra(andiEsra), "practitioner", on(2024, 10, 21), "dpo", on(2024, 11, 14));
        complete(DemoAiaContent.allocationBot(allocationBot), "practitioner", on(2024, 8, 1), "practitioner",
                on(2024, 8, 5));
        assessments.insert(UUID.randomUUID(), DemoAiaContent.copilotDraft(copilot), "practitioner", at(on(2025, 9, 1)));

        audit.record(AuditEntry.of(ComplianceTests.RECORD_TYPE, andiEsra, Operation.COLLECTION, "Loaded the demonstration "
                + "impact assessments and compliance tests of the AI register").by(DemoAssurance.DEMO).inForce("WMP"));
    }

    /** The force's version 2 of the NPCC digital ethics checklist: its own Ethics Panel item added. */
    private void ethicsPanelItem(UUID force) {
        ChecklistVersion baseline = checklists.current(force, "NPCC-DIGITAL-ETHICS");
        List<ChecklistVersion.Item> items = new ArrayList<>(baseline.items());
        items.add(new ChecklistVersion.Item("LOCAL-1", "Independent ethical scrutiny: the force's Ethics Panel has advised "
                + "on the proposal, and its advice goes to the Change Board with the Change Paper",
                "West Midlands Police refers every AI initiative to its Ethics Panel before the Change Board decides it.",
                items.size() + 1));
        checklists.write(force, "NPCC-DIGITAL-ETHICS", checklists.nextNumber(force, "NPCC-DIGITAL-ETHICS"),
                "Added the force's Ethics Panel referral, as the Change Board asked after Andi-Esra", items, "admin",
                at(on(2025, 5, 12)));
    }

    private void complete(ImpactAssessment content, String by, LocalDate started, String completedBy, LocalDate completed) {
        UUID id = UUID.randomUUID();
        assessments.insert(id, content, by, at(started));
        ImpactAssessment saved = assessments.find(content.systemId()).orElseThrow();
        assessments.markComplete(saved, completedBy, at(completed));
    }

    private void test(UUID system, UUID force, List<DemoComplianceContent.Row> rows, Map<String, UUID> staff, LocalDate on) {
        if (system == null) {
            return;
        }
        UUID id = UUID.randomUUID();
        tests.insert(id, system, "dpo", at(on));
        for (DemoComplianceContent.Row row : rows) {
            UUID version = checklists.current(force, row.framework()).id();
            tests.pin(id, row.framework(), version);
            tests.answer(id, row.framework(), version, new ComplianceTest.Answer(row.item(), row.outcome(), row.evidence(),
                    staff.get(row.reviewer()), on));
        }
    }

    private static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(15, 30)).atZone(AiSystems.LONDON).toInstant();
    }
}
