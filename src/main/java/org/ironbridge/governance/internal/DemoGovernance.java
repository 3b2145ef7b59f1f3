package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Role;
import org.ironbridge.access.Subject;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.governance.Outcome;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.Tier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * WMP's three layers of governance, with their terms of reference as the Change Strategy words them,
 * and a year of decisions that follow the portfolio's story. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(20)
class DemoGovernance implements ApplicationRunner {

    static final String CHANGE_BOARD_TOR = "This board is the start and finish of all significant change initiatives "
            + "with specific responsibility to commission projects, track delivery and ensure benefits are realised and "
            + "evidenced. The remit of the Change Board is to approve financial requests supporting new change activity "
            + "and assure the overall change portfolio budget. All AI initiatives will be subject to a formal Change "
            + "Paper tabled at the Change Board.";
    static final String DESIGN_AND_DELIVERY_TOR = "This Board is the main change coordinating group for the force, "
            + "ensuring that all change initiatives, from projects, pilots, application and process changes and funding "
            + "bids from across the whole force are understood, tracked, coordinated and delivered. It monitors approved "
            + "budgets and has legal representation.";
    private final People people;
    private final Portfolio portfolio;
    private final BoardRepository boards;
    private final JdbcAggregateTemplate aggregates;
    private final DecisionReferences references;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeetingRepository meetings;
    private final PaperRepository papers;
    private final TrackedActionRepository actions;
    private final JdbcClient jdbc;
    private final BoardMeetings boardMeetings;

    DemoGovernance(People people, Portfolio portfolio, BoardRepository boards, JdbcAggregateTemplate aggregates,
                   DecisionReferences references, AuditTrail audit, Clock clock, MeetingRepository meetings,
                   PaperRepository papers, TrackedActionRepository actions, JdbcClient jdbc, BoardMeetings boardMeetings) {
        this.boardMeetings = boardMeetings;
        this.meetings = meetings;
        this.papers = papers;
        this.actions = actions;
        this.jdbc = jdbc;
        this.people = people;
        this.portfolio = portfolio;
        this.boards = boards;
        this.aggregates = aggregates;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || !boards.findByForceIdOrderByTierAscNameAsc(force).isEmpty()) {
            return;
        }
        Map<String, UUID> staff = this.people.inForce(force).stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        Map<String, UUID> initiatives = portfolio.inForce(force).stream()
                .collect(Collectors.toMap(InitiativeSummary::title, InitiativeSummary::id));
        Board change = save(Board.create(force, "Change Board", Tier.CHANGE_BOARD, staff.get("board.chair"),
                "Deputy Chief Constable", 3, CHANGE_BOARD_TOR, null, null,
                members(staff, "board.chair", "acc.change", "board.member", "sro", "dpo")));
        Board design = save(Board.create(force, "Design and Delivery Board", Tier.DESIGN_AND_DELIVERY_BOARD,
                staff.get("acc.change"), "ACC Change", 4, DESIGN_AND_DELIVERY_TOR, change.id(), null,
                members(staff, "acc.change", "board.member", "practitioner", "pmo", "iao", "dpo")));
        UUID andiEsra = initiative(initiatives, "Andi-Esra");
        Board project = save(Board.create(force, "Andi-Esra Project Board", Tier.PROJECT_BOARD, staff.get("sro"),
                BoardConfiguration.SRO_TITLE, 3, BoardConfiguration.PROJECT_BOARD_TERMS, design.id(), andiEsra,
                members(staff, "sro", "pm", "practitioner", "iao")));

        standing(change, "Welcome, apologies and declarations of interest", "Minutes and actions of the last meeting",
                "Change portfolio highlight report and exceptions", "Benefits realisation", "Any other business");
        standing(design, "Welcome, apologies and declarations of interest", "Minutes and actions of the last meeting",
                "Pilots, application and process changes", "Funding bids", "Budget monitoring", "Any other business");
        standing(project, BoardConfiguration.PROJECT_BOARD_STANDING_ITEMS.toArray(String[]::new));
        LocalDate today = LocalDate.now(clock.withZone(BoardMeetings.LONDON));

        Meeting changeJune = meeting(change, LocalDate.of(2024, 6, 18), staff, List.of("board.chair", "acc.change", "board.member", "sro"),
                "The board considered the Change Paper for Andi-Esra. STAR funding confirmed. Commissioned with conditions.");
        Paper andiCommission = paper(force, andiEsra, PaperKind.COMMISSIONING, "Commissioning Andi-Esra, an AI voice assistant on 101",
                changeJune, PaperStatus.DECIDED, LocalDate.of(2024, 6, 4), true);
        Decision andiDecision = decide(change, changeJune, andiEsra, andiCommission, "Commission Andi-Esra, the AI voice assistant on 101",
                Outcome.APPROVE_WITH_CONDITIONS, "STAR funded. Commissioned on condition that the Ethics Panel's advice is "
                        + "reported back before go-live and that every caller can reach a call handler.", null, null);
        condition(andiDecision, staff.get("sro"), "Report the Ethics Panel's advice to the Change Board before go-live",
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 10, 29), "Advice reported to the October Change Board.");
        condition(andiDecision, staff.get("pm"), "Make sure every 101 caller can choose to reach a call handler",
                LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 25), "Tested in user acceptance: the option is offered at every step.");

        Meeting projectNovember = meeting(project, LocalDate.of(2024, 11, 19), staff, List.of("sro", "pm", "practitioner", "iao"),
                "Testing and call-handler training reported complete. Go-live for December 2024 agreed.");
        decide(project, projectNovember, andiEsra, null, "Readiness for Andi-Esra to triage 101 calls", Outcome.APPROVE,
                "Testing and call-handler training complete; triage of all 101 calls from December 2024.", null, null);

        Meeting designSeptember = meeting(design, LocalDate.of(2024, 9, 10), staff,
                List.of("acc.change", "board.member", "practitioner", "pmo", "iao"),
                "Funding bids considered. One declaration of interest recorded.");
        declaration(designSeptember, staff.get("board.member"), "Prior research link with the University of Bath", false);
        UUID vape = initiative(initiatives, "Vape testing");
        Decision vapeBid = decide(design, designSeptember, vape, null, "Bid to the NPCC Test & Learn Fund for vape testing",
                Outcome.APPROVE, "Partnership with the University of Bath; rapid testing of vape fluid for Class B drugs.",
                "The Head of Investigations Standards declared a prior research link with the university and took no part.", null);
        Meeting designDecember = meeting(design, LocalDate.of(2024, 12, 10), staff,
                List.of("acc.change", "board.member", "practitioner", "pmo", "dpo"), "Budget monitoring and funding received.");
        decide(design, designDecember, vape, null, "Vape testing: first-round funding received", Outcome.RELEASE_FUNDS,
                "First round funding received from the West Midlands region; the project is due to complete at the end "
                        + "of March 2025.", null, vapeBid.id());
        action(designDecember, staff.get("practitioner"), "Report the vape testing evaluation findings from the University of Bath",
                LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 6), "Findings reported to the May board.");

        Meeting changeOctober = meeting(change, LocalDate.of(2024, 10, 15), staff, List.of("board.chair", "acc.change", "board.member", "sro"),
                "Single Online Home closure agreed.");
        decide(change, changeOctober, initiative(initiatives, "Single Online Home"), null, "Close the Single Online Home project",
                Outcome.CLOSE, "WMP transitioned to the national platform in the summer of 2024; support passes to the national "
                        + "Digital Public Contact team.", null, null);

        // The Change Board approves financial requests: the Windows 11 budget, set on the initiative by the decision.
        Meeting changeDecember = meeting(change, LocalDate.of(2024, 12, 17), staff,
                List.of("board.chair", "acc.change", "board.member", "dpo"),
                "Financial request for the Windows 11 roll-out approved in full.");
        UUID windows11 = initiative(initiatives, "Windows 11");
        Paper windowsRequest = paper(force, windows11, new Paper.Content(PaperKind.FINANCIAL_REQUEST,
                "Windows 11 roll-out: funding to upgrade the 11k laptop estate",
                "To ask the board to approve the budget for upgrading every force laptop to Windows 11.",
                "That the board approves £350,000 from the IT & Digital capital programme.",
                "Laptops bought without an integrated Smartcard reader: a saving estimated at £100 - £150 per unit, "
                        + "between £1.1m - £1.6m per re-fresh cycle across the estate of 11k laptops.",
                "Procurement through the existing Microsoft enterprise agreement; no new personal data processing.",
                "No AI or advanced data analytics involved.", null, false, new BigDecimal("350000.00"), null),
                changeDecember, PaperStatus.DECIDED, LocalDate.of(2024, 12, 3));
        Decision windowsFunding = decide(change, changeDecember, windows11, windowsRequest, windowsRequest.title(),
                Outcome.APPROVE, "Approved in full: the saving per re-fresh cycle repays the upgrade within the first cycle.",
                null, null, new BigDecimal("350000.00"));
        portfolio.approveFunding(secretariat(force, staff.get("pmo")), windows11, windowsFunding.amountApproved(),
                windowsFunding.id(), windowsFunding.reference());

        Meeting designJanuary = meeting(design, LocalDate.of(2025, 1, 14), staff,
                List.of("acc.change", "board.member", "practitioner", "pmo"), "Productivity app design phase noted.");
        decide(design, designJanuary, initiative(initiatives, "Productivity app"), null, "Productivity app: design phase",
                Outcome.APPROVE, "In design-phase, with anticipated build work commencing in early 2025.", null, null);
        action(designJanuary, staff.get("pm"), "Productivity app: confirm the build supplier and start date",
                LocalDate.of(2025, 3, 31), null, null);

        Meeting changeOctober2025 = meeting(change, LocalDate.of(2025, 10, 21), staff,
                List.of("board.chair", "acc.change", "board.member", "sro", "dpo"),
                "The first AI initiative assessed by the Change Board. Decision deferred pending the DPIA and Ethics Panel advice.");
        UUID copilot = initiative(initiatives, "Microsoft Co-Pilot");
        Paper copilotPaper = paper(force, copilot, PaperKind.COMMISSIONING, "Change Paper: enabling Microsoft Co-Pilot",
                changeOctober2025, PaperStatus.DECIDED, LocalDate.of(2025, 10, 7), true);
        decide(change, changeOctober2025, copilot, copilotPaper, "Change Paper: enabling Microsoft Co-Pilot", Outcome.DEFER,
                "The first AI initiative assessed by the Change Board. National Accreditation has been obtained; the "
                        + "board deferred its decision until the DPIA is signed off and the Ethics Panel has advised.", null, null);
        action(changeOctober2025, staff.get("practitioner"), "Bring the Co-Pilot paper back with the signed-off DPIA and the Ethics Panel's advice",
                today.plusDays(21), null, null);

        // The coming meetings, relative to today so the forward plan always has something on it.
        Meeting nextChange = meeting(change, today.plusDays(22), staff, List.of(), null);
        Meeting nextDesign = meeting(design, today.plusDays(15), staff, List.of(), null);
        paper(force, copilot, PaperKind.COMMISSIONING, "Change Paper: enabling Microsoft Co-Pilot (returning)", nextChange,
                PaperStatus.SUBMITTED, today.minusDays(3), true);
        paper(force, initiative(initiatives, "Productivity app"), PaperKind.GATE, "Productivity app: full business case",
                nextDesign, PaperStatus.SUBMITTED, today.minusDays(5), true);
        paper(force, andiEsra, PaperKind.GATE, "Andi-Esra: readiness to hand over to business as usual", null,
                PaperStatus.DRAFT, today.minusDays(2), true);
    }

    private void standing(Board board, String... items) {
        for (int i = 0; i < items.length; i++) {
            jdbc.sql("insert into board_standing_item (board_id, position, title) values (?, ?, ?)")
                    .params(board.id(), i + 1, items[i]).update();
        }
    }

    private Meeting meeting(Board board, LocalDate date, Map<String, UUID> staff, List<String> present, String minutes) {
        Set<UUID> came = present.stream().map(staff::get).collect(Collectors.toSet());
        Set<Meeting.Attendance> attendance = came.isEmpty() ? Set.of() : board.memberIds().stream()
                .map(id -> new Meeting.Attendance(id, came.contains(id) ? Meeting.Presence.PRESENT : Meeting.Presence.APOLOGIES))
                .collect(Collectors.toSet());
        Meeting meeting = Meeting.schedule(board.forceId(), board.id(), date.atTime(10, 0), 120,
                "Lloyd House, Birmingham, and Microsoft Teams", "system:demo-data").withAttendance(attendance);
        if (minutes != null) {
            meeting = meeting.withMinutes(minutes, "Change Board secretariat", clock.instant());
        }
        Meeting saved = meetings.save(meeting);
        boardMeetings.takeStandingItems(saved.id(), board.id());
        audit.record(AuditEntry.of(BoardMeetings.RECORD_TYPE, saved.id(), Operation.COLLECTION, "Meeting of the "
                + board.name() + " on " + date).inForce("WMP").by("system:demo-data"));
        return saved;
    }

    private Paper paper(UUID force, UUID initiative, PaperKind kind, String title, Meeting meeting, PaperStatus status,
                        LocalDate drafted, boolean personalData) {
        return paper(force, initiative, new Paper.Content(kind, title,
                "To ask the board to " + (kind == PaperKind.COMMISSIONING ? "commission" : "pass the next gate of") + " the initiative.",
                "That the board approves the recommendation set out in the paper.",
                "Frees officer and staff time measured in hours per month; the benefit profile gives the baseline and target.",
                "Data protection: a DPIA is required. Procurement through the national framework.",
                "AI and data use to be considered by the Ethics Panel before go-live.", null, personalData, null, null),
                meeting, status, drafted);
    }

    private Paper paper(UUID force, UUID initiative, Paper.Content content, Meeting meeting, PaperStatus status,
                        LocalDate drafted) {
        String title = content.title();
        Paper paper = Paper.draft(force, references.nextPaper(force, drafted.getYear()), initiative, content, "system:demo-data",
                drafted.atStartOfDay(BoardMeetings.LONDON).toInstant());
        Paper saved = papers.save(paper.inStatus(status, meeting == null ? null : meeting.id(), paper.updatedAt()));
        audit.record(AuditEntry.of(ChangePapers.RECORD_TYPE, saved.id(), Operation.COLLECTION, "Change Paper "
                + saved.reference() + " " + title).inForce("WMP").by("system:demo-data"));
        return saved;
    }

    private void declaration(Meeting meeting, UUID person, String interest, boolean tookPart) {
        jdbc.sql("""
                insert into declaration_of_interest (id, meeting_id, paper_id, person_id, interest, took_part, recorded_by, recorded_at)
                values (?, ?, null, ?, ?, ?, 'system:demo-data', now())
                """).params(UUID.randomUUID(), meeting.id(), person, interest, tookPart).update();
    }

    private void condition(Decision decision, UUID owner, String text, LocalDate due, LocalDate done, String note) {
        track(decision.boardId(), decision.meetingId(), decision.id(), TrackedAction.Kind.CONDITION, owner, text, due, done, note);
    }

    private void action(Meeting meeting, UUID owner, String text, LocalDate due, LocalDate done, String note) {
        track(meeting.boardId(), meeting.id(), null, TrackedAction.Kind.ACTION, owner, text, due, done, note);
    }

    private void track(UUID board, UUID meeting, UUID decision, TrackedAction.Kind kind, UUID owner, String text,
                       LocalDate due, LocalDate done, String note) {
        TrackedAction saved = actions.save(new TrackedAction(UUID.randomUUID(), meetings.findById(meeting).orElseThrow().forceId(),
                board, meeting, decision, kind, text, owner, due, done, done == null ? null : "system:demo-data", note,
                "system:demo-data", clock.instant(), null));
        audit.record(AuditEntry.of(BoardActions.RECORD_TYPE, saved.id(), Operation.COLLECTION, kind.label() + ": " + text)
                .inForce("WMP").by("system:demo-data"));
    }

    private Board save(Board board) {
        Board saved = boards.save(board);
        audit.record(AuditEntry.of("Board", saved.id(), Operation.COLLECTION, "Set up the " + saved.name())
                .inForce("WMP").by("system:demo-data"));
        return saved;
    }

    private Decision decide(Board board, Meeting meeting, UUID initiative, Paper paper, String subject, Outcome outcome,
                            String rationale, String declarations, UUID supersedes) {
        return decide(board, meeting, initiative, paper, subject, outcome, rationale, declarations, supersedes, null);
    }

    private Decision decide(Board board, Meeting meeting, UUID initiative, Paper paper, String subject, Outcome outcome,
                            String rationale, String declarations, UUID supersedes, BigDecimal amountApproved) {
        LocalDate date = meeting.startsAt().toLocalDate();
        Decision decision = new Decision(UUID.randomUUID(), board.forceId(), references.next(board.forceId(), date.getYear()),
                board.id(), date, initiative, subject, outcome, rationale, meeting.present().size(), board.quorum(),
                board.chairId(), declarations, supersedes, "system:demo-data", clock.instant(), meeting.id(),
                paper == null ? null : paper.id(), null, null, null, amountApproved, null);
        aggregates.insert(decision);
        audit.record(AuditEntry.of(DecisionRecording.RECORD_TYPE, decision.id(), Operation.COLLECTION,
                "Recorded decision " + decision.reference() + ": " + subject).inForce("WMP").by("system:demo-data"));
        return decision;
    }

    /** The PMO secretariat as the demo loader acts for it, to approve a budget through the portfolio's own rule. */
    private static Subject secretariat(UUID force, UUID pmo) {
        return new Subject(pmo, "pmo", "Change Board secretariat", force, "WMP", EnumSet.of(Role.PMO_ANALYST), null,
                VettingLevel.MV, true);
    }

    private static UUID initiative(Map<String, UUID> initiatives, String titleStart) {
        return initiatives.entrySet().stream().filter(e -> e.getKey().startsWith(titleStart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    private static Set<UUID> members(Map<String, UUID> people, String... usernames) {
        return List.of(usernames).stream().map(people::get).collect(Collectors.toSet());
    }
}
