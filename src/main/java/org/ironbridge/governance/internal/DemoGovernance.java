package org.ironbridge.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
    static final String PROJECT_BOARD_TOR = "Chaired by the Senior Responsible Owner, it ensures the individual project "
            + "or change initiative is defined, owned and delivered in the right way and to the right standards.";

    private final People people;
    private final Portfolio portfolio;
    private final BoardRepository boards;
    private final JdbcAggregateTemplate aggregates;
    private final DecisionReferences references;
    private final AuditTrail audit;
    private final Clock clock;

    DemoGovernance(People people, Portfolio portfolio, BoardRepository boards, JdbcAggregateTemplate aggregates,
                   DecisionReferences references, AuditTrail audit, Clock clock) {
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
                "Senior Responsible Owner", 3, PROJECT_BOARD_TOR, design.id(), andiEsra,
                members(staff, "sro", "pm", "practitioner", "iao")));

        decide(change, LocalDate.of(2024, 6, 18), andiEsra, "Commission Andi-Esra, the AI voice assistant on 101",
                Outcome.APPROVE_WITH_CONDITIONS, "STAR funded. Commissioned on condition that the Ethics Panel's advice is "
                        + "reported back before go-live and that every caller can reach a call handler.", 4, null, null);
        decide(project, LocalDate.of(2024, 11, 19), andiEsra, "Readiness for Andi-Esra to triage 101 calls",
                Outcome.APPROVE, "Testing and call-handler training complete; triage of all 101 calls from December 2024.",
                4, null, null);
        Decision vapeBid = decide(design, LocalDate.of(2024, 9, 10), initiative(initiatives, "Vape testing"),
                "Bid to the NPCC Test & Learn Fund for vape testing", Outcome.APPROVE,
                "Partnership with the University of Bath; rapid testing of vape fluid for Class B drugs.", 5,
                "The Head of Investigations Standards declared a prior research link with the university and took no part.",
                null);
        decide(design, LocalDate.of(2024, 12, 10), initiative(initiatives, "Vape testing"),
                "Vape testing: first-round funding received", Outcome.RELEASE_FUNDS,
                "First round funding received from the West Midlands region; the project is due to complete at the end "
                        + "of March 2025.", 5, null, vapeBid.id());
        decide(change, LocalDate.of(2024, 10, 15), initiative(initiatives, "Single Online Home"),
                "Close the Single Online Home project", Outcome.CLOSE,
                "WMP transitioned to the national platform in the summer of 2024; support passes to the national Digital "
                        + "Public Contact team.", 4, null, null);
        decide(design, LocalDate.of(2025, 1, 14), initiative(initiatives, "Productivity app"),
                "Productivity app: design phase", Outcome.APPROVE,
                "In design-phase, with anticipated build work commencing in early 2025.", 4, null, null);
        decide(change, LocalDate.of(2025, 10, 21), initiative(initiatives, "Microsoft Co-Pilot"),
                "Change Paper: enabling Microsoft Co-Pilot", Outcome.DEFER,
                "The first AI initiative assessed by the Change Board. National Accreditation has been obtained; the "
                        + "board deferred its decision until the DPIA is signed off and the Ethics Panel has advised.",
                5, null, null);
    }

    private Board save(Board board) {
        Board saved = boards.save(board);
        audit.record(AuditEntry.of("Board", saved.id(), Operation.COLLECTION, "Set up the " + saved.name())
                .inForce("WMP").by("system:demo-data"));
        return saved;
    }

    private Decision decide(Board board, LocalDate date, UUID initiative, String subject, Outcome outcome,
                            String rationale, int present, String declarations, UUID supersedes) {
        Decision decision = new Decision(UUID.randomUUID(), board.forceId(), references.next(board.forceId(), date.getYear()),
                board.id(), date, initiative, subject, outcome, rationale, present, board.quorum(), board.chairId(),
                declarations, supersedes, "system:demo-data", clock.instant());
        aggregates.insert(decision);
        audit.record(AuditEntry.of(DecisionRecording.RECORD_TYPE, decision.id(), Operation.COLLECTION,
                "Recorded decision " + decision.reference() + ": " + subject).inForce("WMP").by("system:demo-data"));
        return decision;
    }

    private static UUID initiative(Map<String, UUID> initiatives, String titleStart) {
        return initiatives.entrySet().stream().filter(e -> e.getKey().startsWith(titleStart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    private static Set<UUID> members(Map<String, UUID> people, String... usernames) {
        return List.of(usernames).stream().map(people::get).collect(Collectors.toSet());
    }
}
