package org.ironbridge.ideas.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas as WMP's staff wrote them, including the two the seeds name as outcomes of the portal (the MG11
 * statement upload and Solicitor Initial Contact) and two near-duplicates. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(30)
class DemoIdeas implements ApplicationRunner {

    private record Demo(String by, String area, LocalDate submitted, boolean anonymous, String title, String problem,
                        String change, String benefit, Integer hours, String money) {
    }

    private static final List<Demo> IDEAS = List.of(
            new Demo("practitioner", "INVESTIGATIONS", LocalDate.of(2021, 2, 8), false,
                    "Let a robot upload MG11 statements taken on mobile devices",
                    "Officers who take a witness statement on an MG11 form at the scene drive back to a station to scan "
                            + "and upload it to the investigation. It happens every shift on every LPA, and the back page "
                            + "with the witness's personal details often gets linked by mistake.",
                    "Officers complete the MG11 digitally on their mobile or laptop, and a robot uploads it and links it "
                            + "to the right investigation, leaving out the back page.",
                    "Statements reach investigators sooner, only the relevant data is linked, and officers stay on patrol "
                            + "instead of returning to base.", 800, null),
            new Demo("staff", "INVESTIGATIONS", LocalDate.of(2023, 9, 18), false,
                    "Automate solicitors' requests for initial disclosure documents",
                    "Custody and investigation staff answer solicitors' requests for initial contact documents by hand: "
                            + "finding the record, checking it and emailing the documents. Several hundred requests a month.",
                    "Give solicitors a form that a robot answers: it finds the documents, checks what may be released "
                            + "and sends them, passing anything unusual to a person.",
                    "Hours of staff time released every month and costs avoided on printing and postage.", 60, "22000"),
            new Demo("pm", "FORCE-CONTACT", LocalDate.of(2025, 3, 4), false,
                    "Text back 101 callers who abandon the queue",
                    "Around one in eight 101 callers hang up before they reach a call handler, often at peak times on "
                            + "Friday and Saturday evenings. We never know whether they needed us.",
                    "Send an automatic text to callers who abandon the queue, with a link to report online and the option "
                            + "of a call back.",
                    "Fewer repeat calls at peak times and fewer people giving up on reporting a crime.", 120, null),
            new Demo("board.member", "FORCE-CONTACT", LocalDate.of(2025, 3, 11), true,
                    "Call back 101 callers who hang up before being answered",
                    "When the 101 queue is long many callers hang up. Some are vulnerable people who will not call again.",
                    "Offer a call back slot instead of waiting, and call back anyone who abandoned the queue.",
                    "Vulnerable callers reached, and fewer abandoned calls.", null, null),
            new Demo("sro", "LPA-COV", LocalDate.of(2025, 5, 20), false,
                    "Share neighbourhood team rotas with partner agencies automatically",
                    "Coventry's partnership meetings start with ten minutes of working out who is on duty. Council and "
                            + "housing partners phone the front desk to find the right PCSO.",
                    "Publish the neighbourhood team's duty rota to a shared partner calendar, without personal details.",
                    "Partners reach the right officer first time; front desk calls fall.", 30, null),
            new Demo("iao", "IT-DIGITAL", LocalDate.of(2025, 6, 2), false,
                    "Recycle old laptops through a certified social enterprise",
                    "Laptops replaced in the Windows 11 roll-out are stored in boxes at Lloyd House waiting for disposal, "
                            + "costing storage and a disposal fee per unit.",
                    "Wipe them to the national standard and pass them to a certified social enterprise that refurbishes "
                            + "them for schools.",
                    "A disposal fee saved on each laptop and a social value return for the force.", null, "45000"),
            new Demo("practitioner", "LPA-BW", LocalDate.of(2025, 8, 14), false,
                    "One form for reporting missing people from care homes",
                    "Care homes in Birmingham West report missing residents by phone, and call handlers re-type the same "
                            + "details every time, including photographs sent separately by email.",
                    "A secure online form for registered care homes, pre-filled with the resident's details held from "
                            + "earlier reports.",
                    "Faster searches for vulnerable missing people and less time on the phone for call handlers.", 150, null),
            new Demo("staff", "LPA-WAL", LocalDate.of(2025, 10, 1), false,
                    "Body-worn video docking stations in every patrol base",
                    "At Walsall, officers queue at the end of a shift to dock body-worn cameras because there are only "
                            + "two docking stations, so footage is uploaded late.",
                    "Install a docking station in every patrol base and allow docking at any station, not only the home one.",
                    "Evidence uploaded the same day and overtime at the end of shifts reduced.", 200, null));

    private final IdeaRepository ideas;
    private final People people;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIdeas(IdeaRepository ideas, People people, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.ideas = ideas;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || jdbc.sql("select count(*) from idea where force_id = ?").param(force).query(Long.class).single() > 0) {
            return;
        }
        Map<String, UUID> staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        Map<String, UUID> areas = people.units(force).stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        for (Demo demo : IDEAS) {
            Instant at = demo.submitted().atTime(9, 30).toInstant(ZoneOffset.UTC);
            Idea.Text text = new Idea.Text(demo.title(), demo.problem(), demo.change(), demo.benefit(), demo.hours(),
                    demo.money() == null ? null : new BigDecimal(demo.money()), areas.get(demo.area()), demo.anonymous());
            String reference = IdeaSubmission.reference(jdbc, force, demo.submitted().getYear());
            Idea idea = ideas.save(Idea.draft(force, reference, staff.get(demo.by()), text, UUID.randomUUID(), at).submitted(at));
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, idea.id(), Operation.COLLECTION, "Submitted idea "
                    + reference + " " + demo.title()).inForce("WMP").by("system:demo-data"));
        }
        Instant now = clock.instant();
        Idea draft = ideas.save(Idea.draft(force, IdeaSubmission.reference(jdbc, force, LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear()),
                staff.get("staff"),
                new Idea.Text("Shared drive for custody suite handover notes", "Handover notes between custody shifts are kept "
                        + "on paper.", null, null, null, null, areas.get("INVESTIGATIONS"), false), UUID.randomUUID(), now));
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, draft.id(), Operation.COLLECTION, "Drafted idea "
                + draft.reference()).inForce("WMP").by("system:demo-data"));
    }
}
