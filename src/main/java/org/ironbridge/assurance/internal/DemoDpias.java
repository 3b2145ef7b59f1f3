package org.ironbridge.assurance.internal;

import static org.ironbridge.assurance.internal.ScreeningQuestion.BIOMETRIC_GENETIC;
import static org.ironbridge.assurance.internal.ScreeningQuestion.DATA_MATCHING;
import static org.ironbridge.assurance.internal.ScreeningQuestion.HARM_OR_DENIAL;
import static org.ironbridge.assurance.internal.ScreeningQuestion.INVISIBLE_PROCESSING;
import static org.ironbridge.assurance.internal.ScreeningQuestion.LARGE_SCALE_SENSITIVE;
import static org.ironbridge.assurance.internal.ScreeningQuestion.NEW_TECHNOLOGY;
import static org.ironbridge.assurance.internal.ScreeningQuestion.SIGNIFICANT_DECISIONS;
import static org.ironbridge.assurance.internal.ScreeningQuestion.SYSTEMATIC_MONITORING;
import static org.ironbridge.assurance.internal.ScreeningQuestion.TRACKING;
import static org.ironbridge.assurance.internal.ScreeningQuestion.VULNERABLE_PEOPLE;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

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
 * The demo register's DPIAs: Copilot screened and its version 1 a draft before the Change Board; Andi-Esra's
 * version 1 signed off by the DPO in November 2024, before the December go-live; the ANPR bid screened only;
 * facial recognition screened before it was rejected; the RPA allocation bot screened as needing no full DPIA.
 * Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(51)
class DemoDpias implements ApplicationRunner {

    private final People people;
    private final JdbcClient jdbc;
    private final DpiaRows rows;
    private final AuditTrail audit;

    DemoDpias(People people, JdbcClient jdbc, DpiaRows rows, AuditTrail audit) {
        this.people = people;
        this.jdbc = jdbc;
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        UUID copilot = force == null ? null : DemoAssurance.systemNamed(jdbc, force, DemoAssurance.COPILOT);
        if (copilot == null || jdbc.sql("select count(*) from dpia_screening where system_id = ?").param(copilot)
                .query(Integer.class).single() > 0) {
            return;
        }
        UUID andiEsra = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.ANDI_ESRA);
        UUID anpr = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.ANPR);
        UUID facial = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.FACIAL_RECOGNITION);
        UUID rpa = DemoAssurance.systemNamed(jdbc, force, DemoAssurance.RPA_ALLOCATION);

        screen(copilot, LocalDate.of(2025, 7, 21), EnumSet.of(NEW_TECHNOLOGY, LARGE_SCALE_SENSITIVE, VULNERABLE_PEOPLE,
                DATA_MATCHING), true, "Generative AI over officers' and staff's mail, documents and Teams, which hold "
                + "special category and criminal offence data about victims, witnesses, suspects and colleagues.");
        rows.insert(copilot, 1, null, DemoDpiaContent.copilot(), "practitioner", at(LocalDate.of(2025, 7, 28), 10));

        screen(andiEsra, LocalDate.of(2024, 4, 15), EnumSet.of(NEW_TECHNOLOGY, LARGE_SCALE_SENSITIVE, SIGNIFICANT_DECISIONS,
                VULNERABLE_PEOPLE, DATA_MATCHING, HARM_OR_DENIAL), true, "An AI voice assistant answering every 101 "
                + "call: it categorises and routes callers, including vulnerable callers, and matches crime references.");
        if (andiEsra == null) {
            return;
        }
        UUID andiEsraDpia = rows.insert(andiEsra, 1, null, DemoDpiaContent.andiEsra(), "practitioner",
                at(LocalDate.of(2024, 5, 20), 11));
        Instant signedOff = at(LocalDate.of(2024, 11, 18), 15);
        rows.signOff(andiEsraDpia, 0, new Dpia.SignOff("Ch Supt Alex Hargreaves, Head of Force Contact (senior "
                + "responsible owner)", "DCC Taylor Whitfield, Deputy Chief Constable, chair of the Change Board",
                DemoDpiaContent.ANDI_ESRA_ADVICE, true, null, LocalDate.of(2027, 1, 31), "dpo",
                "Jamie Mensah, Data Protection Officer", signedOff), signedOff);

        screen(anpr, LocalDate.of(2025, 1, 8), EnumSet.of(NEW_TECHNOLOGY, SYSTEMATIC_MONITORING, LARGE_SCALE_SENSITIVE,
                DATA_MATCHING, INVISIBLE_PROCESSING, TRACKING), true, "Profiling vehicles from the existing ANPR cameras "
                + "is systematic monitoring and tracking of people's movements in public places. A full DPIA is needed "
                + "before the full STAR bid commits the force; it has not been started.");
        screen(facial, LocalDate.of(2024, 9, 16), EnumSet.of(NEW_TECHNOLOGY, LARGE_SCALE_SENSITIVE, SIGNIFICANT_DECISIONS,
                DATA_MATCHING, INVISIBLE_PROCESSING, BIOMETRIC_GENETIC, HARM_OR_DENIAL), true, "Biometric matching of "
                + "custody images against CCTV and doorbell stills. A full DPIA would be needed before any use; the "
                + "system was rejected at formal assessment in October 2024, before one was started.");
        screen(rpa, LocalDate.of(2024, 6, 17), EnumSet.noneOf(ScreeningQuestion.class), false, "A rules-based robot "
                + "that applies the existing allocation rules to new Connect investigations: no inference, no new data, "
                + "no new purpose and no decision about people. The processing is the Connect platform's own, covered by "
                + "the Connect DPIA; the bot runs under a least-privilege service account and logs every allocation.");
        audit.record(AuditEntry.of(Dpia.RECORD_TYPE, copilot, Operation.COLLECTION, "Loaded the demonstration DPIA "
                + "screenings of 5 systems and the DPIAs of Microsoft Copilot (draft) and Andi-Esra (signed off)")
                .by(DemoAssurance.DEMO).inForce("WMP"));
    }

    private void screen(UUID system, LocalDate on, Set<ScreeningQuestion> yes, boolean required, String reason) {
        if (system == null) {
            return;
        }
        List<Object> values = new ArrayList<>(List.of(UUID.randomUUID(), system, true));
        Stream.of(ScreeningQuestion.values()).forEach(q -> values.add(yes.contains(q)));
        values.addAll(List.of(required, reason, "practitioner", "Morgan Okafor", Timestamp.from(at(on, 14))));
        jdbc.sql("insert into dpia_screening (id, system_id, number, law_enforcement, "
                        + String.join(", ", Stream.of(ScreeningQuestion.values()).map(ScreeningQuestion::column).toList())
                        + ", full_dpia_required, reason, screened_by, screened_by_name, screened_at) values (?, ?, 1, "
                        + "?, ".repeat(values.size() - 3) + "?)")
                .params(values).update();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(AiSystems.LONDON).toInstant();
    }
}
