package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.ExceptionReportSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.Stage;
import org.ironbridge.portfolio.Tier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change Papers from draft to decision. The initiative's team drafts a paper; the automatic checks either
 * return it with notes or mark it ready; a ready paper is submitted to a coming meeting of the board that
 * may decide it. Only the team of the initiative (those who may edit it) write its papers.
 */
@Component
public class ChangePapers {

    static final String RECORD_TYPE = "Paper";

    private final PaperRepository papers;
    private final MeetingRepository meetings;
    private final BoardRepository boards;
    private final DecisionReferences references;
    private final PaperEvidence evidence;
    private final Portfolio portfolio;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ChangePapers(PaperRepository papers, MeetingRepository meetings, BoardRepository boards, DecisionReferences references,
                 PaperEvidence evidence, Portfolio portfolio, JdbcClient jdbc, AccessPolicy policy, AuditTrail audit,
                 Clock clock) {
        this.papers = papers;
        this.meetings = meetings;
        this.boards = boards;
        this.references = references;
        this.evidence = evidence;
        this.portfolio = portfolio;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public record Result(Paper paper, FormErrors errors) {
    }

    /** One run of the automatic checks, as kept on record. */
    public record CheckRun(UUID id, int paperVersion, boolean passed, String runBy, Instant runAt,
                           List<PaperChecks.Result> results) {
    }

    public Paper paper(Subject subject, UUID paperId) {
        Paper paper = papers.findById(paperId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, paperId));
        if (!paper.forceId().equals(subject.forceId())) {
            throw new RecordNotFoundException(RECORD_TYPE, paperId);
        }
        portfolio.open(subject, paper.initiativeId());
        return paper;
    }

    public boolean mayWrite(Subject subject, Paper paper) {
        return policy.permits(subject, Permission.WORK_ON_INITIATIVES) && portfolio.mayEdit(subject, paper.initiativeId());
    }

    public List<Paper> ofInitiative(UUID initiativeId) {
        return papers.findByInitiativeIdOrderByCreatedAtDesc(initiativeId);
    }

    public List<Paper> ofMeeting(UUID meetingId) {
        return papers.findByMeetingIdOrderByReference(meetingId);
    }

    public List<Paper> ofForce(UUID forceId) {
        return papers.findByForceIdOrderByUpdatedAtDesc(forceId);
    }

    /** The initiatives this person may write papers for. */
    public List<InitiativeSummary> writableInitiatives(Subject subject) {
        return portfolio.inForce(subject.forceId()).stream().filter(i -> i.stage() != Stage.CLOSED)
                .filter(i -> portfolio.mayEdit(subject, i.id())).toList();
    }

    @Transactional
    public Result draft(Subject subject, PaperForm form) {
        requireWorkOnInitiatives(subject);
        FormErrors errors = new FormErrors();
        UUID initiativeId = FormText.uuid(form.getInitiativeId());
        InitiativeSummary initiative = initiativeId == null ? null : writableInitiatives(subject).stream()
                .filter(i -> i.id().equals(initiativeId)).findFirst().orElse(null);
        if (initiative == null) {
            errors.reject("initiativeId", "Select the initiative from the list");
        }
        Paper.Content content = validate(form, initiative, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        Paper paper = Paper.draft(subject.forceId(), references.nextPaper(subject.forceId(), LocalDate.now(clock).getYear()),
                initiativeId, content, subject.username(), clock.instant());
        Paper saved = papers.save(paper);
        audit.record(AuditEntry.of(RECORD_TYPE, saved.id(), Operation.COLLECTION, "Drafted Change Paper "
                + saved.reference() + " (" + saved.kind().label() + ") for " + initiative.reference())
                .withChanges(changes(null, content)).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    @Transactional
    public Result edit(Subject subject, UUID paperId, PaperForm form) {
        Paper paper = writable(subject, paperId);
        FormErrors errors = new FormErrors();
        InitiativeSummary initiative = portfolio.find(paper.initiativeId()).orElseThrow();
        form.setInitiativeId(paper.initiativeId().toString());
        Paper.Content content = validate(form, initiative, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        if (!Objects.equals(form.getVersion(), paper.version())) {
            throw audit.conflictOn(RECORD_TYPE, paperId.toString(), changes(paper.content(), content), paper.updatedAt());
        }
        List<FieldChange> changes = changes(paper.content(), content);
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Result(paper, errors);
        }
        Paper saved = save(paper.rewritten(content, clock.instant()));
        audit.record(AuditEntry.of(RECORD_TYPE, paperId, Operation.ALTERATION, "Edited Change Paper " + paper.reference())
                .withChanges(changes).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /** Runs the automatic checks: the paper is returned to its author with notes, or marked ready. */
    @Transactional
    public CheckRun check(Subject subject, UUID paperId) {
        Paper paper = writable(subject, paperId);
        List<PaperChecks.Result> results = PaperChecks.run(evidence.facts(paper));
        boolean passed = PaperChecks.allPassed(results);
        UUID runId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into paper_check_run (id, paper_id, paper_version, passed, run_by, run_at) values (?, ?, ?, ?, ?, ?)")
                .params(runId, paperId, paper.version(), passed, subject.username(), Timestamp.from(now)).update();
        for (int i = 0; i < results.size(); i++) {
            PaperChecks.Result r = results.get(i);
            jdbc.sql("insert into paper_check_result (run_id, position, check_name, passed, note) values (?, ?, ?, ?, ?)")
                    .params(runId, i, r.check(), r.passed(), r.note()).update();
        }
        Paper saved = save(paper.inStatus(passed ? PaperStatus.READY : PaperStatus.RETURNED, null, now));
        long failed = results.stream().filter(r -> !r.passed()).count();
        audit.record(AuditEntry.of(RECORD_TYPE, paperId, Operation.ALTERATION, "Automatic checks on Change Paper "
                        + paper.reference() + (passed ? ": all passed" : ": " + failed + " failed, returned to the author"))
                .withChanges(List.of(new FieldChange("Status", paper.status().label(), saved.status().label())))
                .inForce(subject.forceCode()));
        return new CheckRun(runId, saved.version(), passed, subject.username(), now, results);
    }

    public List<CheckRun> checkRuns(UUID paperId) {
        List<CheckRun> runs = new ArrayList<>(jdbc.sql("""
                select id, paper_version, passed, run_by, run_at from paper_check_run where paper_id = ? order by run_at desc
                """).param(paperId).query((rs, n) -> new CheckRun(rs.getObject(1, UUID.class), rs.getInt(2),
                rs.getBoolean(3), rs.getString(4), rs.getTimestamp(5).toInstant(), List.of())).list());
        return runs.stream().map(run -> new CheckRun(run.id(), run.paperVersion(), run.passed(), run.runBy(), run.runAt(),
                jdbc.sql("select check_name, passed, note from paper_check_result where run_id = ? order by position")
                        .param(run.id()).query((rs, n) -> new PaperChecks.Result(rs.getString(1), rs.getBoolean(2),
                                rs.getString(3))).list())).toList();
    }

    public java.util.Optional<Meeting> meetingOf(Paper paper) {
        return paper.meetingId() == null ? java.util.Optional.empty() : meetings.findById(paper.meetingId());
    }

    /** The coming meetings of the boards that may decide this paper. */
    public List<Meeting> eligibleMeetings(Paper paper) {
        LocalDate today = LocalDate.now(clock.withZone(BoardMeetings.LONDON));
        List<UUID> eligible = eligibleBoards(paper).stream().map(Board::id).toList();
        return meetings.findByForceIdOrderByStartsAt(paper.forceId()).stream()
                .filter(m -> eligible.contains(m.boardId()))
                .filter(m -> !m.startsAt().toLocalDate().isBefore(today)).toList();
    }

    @Transactional
    public Result submit(Subject subject, UUID paperId, String meetingId) {
        Paper paper = writable(subject, paperId);
        FormErrors errors = new FormErrors();
        if (paper.status() != PaperStatus.READY) {
            errors.reject("meetingId", "The paper must pass the automatic checks before it is submitted. Run the checks again");
            return new Result(null, errors);
        }
        UUID chosen = FormText.uuid(meetingId);
        Meeting meeting = chosen == null ? null : eligibleMeetings(paper).stream().filter(m -> m.id().equals(chosen))
                .findFirst().orElse(null);
        if (meeting == null) {
            errors.reject("meetingId", "Select a coming meeting of a board that can decide this paper");
            return new Result(null, errors);
        }
        Paper saved = save(paper.inStatus(PaperStatus.SUBMITTED, meeting.id(), clock.instant()));
        Board board = boards.findById(meeting.boardId()).orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, paperId, Operation.ALTERATION, "Submitted Change Paper " + paper.reference()
                        + " to the " + board.name() + " meeting of " + meeting.startsAt().toLocalDate())
                .withChanges(List.of(new FieldChange("Status", paper.status().label(), saved.status().label())))
                .inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    /** After a decision: decided, or (when deferred) ready again for a later meeting. */
    void decided(Paper paper, boolean deferred) {
        save(paper.inStatus(deferred ? PaperStatus.READY : PaperStatus.DECIDED, deferred ? null : paper.meetingId(),
                clock.instant()));
    }

    /**
     * The boards a paper may go to: financial requests to the Change Board, which approves them; exception
     * reports to the board above the initiative's; otherwise the board that governs the initiative (a Project
     * Board initiative without its own board goes to the Design and Delivery Board, which coordinates all change).
     */
    List<Board> eligibleBoards(Paper paper) {
        InitiativeSummary initiative = portfolio.find(paper.initiativeId()).orElseThrow();
        List<Board> all = boards.findByForceIdOrderByTierAscNameAsc(paper.forceId());
        Tier tier = switch (paper.kind()) {
            case FINANCIAL_REQUEST -> Tier.CHANGE_BOARD;
            case EXCEPTION -> portfolio.exceptionReports(paper.initiativeId()).stream()
                    .filter(e -> e.id().equals(paper.exceptionReportId())).map(ExceptionReportSummary::addressedTo)
                    .findFirst().orElse(initiative.tier());
            default -> initiative.tier();
        };
        if (tier == Tier.PROJECT_BOARD) {
            List<Board> own = all.stream().filter(b -> paper.initiativeId().equals(b.initiativeId())).toList();
            return own.isEmpty() ? all.stream().filter(b -> b.tier() == Tier.DESIGN_AND_DELIVERY_BOARD).toList() : own;
        }
        return all.stream().filter(b -> b.tier() == tier).toList();
    }

    private Paper.Content validate(PaperForm form, InitiativeSummary initiative, FormErrors errors) {
        PaperKind kind = FormText.choice(PaperKind.class, form.getKind());
        if (kind == null) {
            errors.reject("kind", "Select what the paper asks the board for");
        } else if (initiative != null && kind == PaperKind.COMMISSIONING && initiative.stage() != Stage.MANDATE) {
            errors.reject("kind", "Only an initiative at its mandate can be commissioned: this one is at "
                    + initiative.stage().label() + ". Choose a gate review instead");
        } else if (initiative != null && kind == PaperKind.GATE && initiative.stage() == Stage.MANDATE) {
            errors.reject("kind", "An initiative at its mandate is commissioned first: choose commissioning");
        }
        String title = text(form.getTitle(), 200, "title", "Title", errors);
        if (title == null && !errors.has("title")) {
            errors.reject("title", "Enter a title for the paper");
        }
        String purpose = text(form.getPurpose(), 4000, "purpose", "Purpose", errors);
        if (purpose == null && !errors.has("purpose")) {
            errors.reject("purpose", "Enter the purpose of the paper: what the board is asked to do");
        }
        String recommendation = text(form.getRecommendation(), 4000, "recommendation", "Recommendation", errors);
        String benefits = text(form.getBenefits(), 4000, "benefits", "Benefits", errors);
        String legal = text(form.getLegalConsiderations(), 4000, "legalConsiderations", "Legal considerations", errors);
        String ethical = text(form.getEthicalConsiderations(), 4000, "ethicalConsiderations", "Ethical considerations", errors);
        String evaluation = text(form.getEvaluationPlan(), 4000, "evaluationPlan", "Evaluation plan", errors);
        String personalData = form.getProcessesPersonalData();
        if (!"yes".equals(personalData) && !"no".equals(personalData)) {
            errors.reject("processesPersonalData", "Select whether the initiative processes personal data");
        }
        BigDecimal amount = null;
        if (FormText.clean(form.getAmountRequested()) != null) {
            amount = Pounds.parse(form.getAmountRequested());
            if (amount == null) {
                errors.reject("amountRequested", "Amount requested must be an amount in pounds less than "
                        + "£1,000,000,000,000, like 250000 or £1,250,000.50");
            }
        }
        UUID exceptionReport = null;
        if (FormText.clean(form.getExceptionReportId()) != null) {
            exceptionReport = FormText.uuid(form.getExceptionReportId());
            UUID chosen = exceptionReport;
            if (chosen == null || initiative == null || portfolio.exceptionReports(initiative.id()).stream()
                    .noneMatch(e -> e.id().equals(chosen))) {
                errors.reject("exceptionReportId", "Select the initiative's exception report from the list");
                exceptionReport = null;
            }
        }
        return new Paper.Content(kind, title, purpose, recommendation, benefits, legal, ethical, evaluation,
                "yes".equals(personalData), amount, exceptionReport);
    }

    private static String text(String value, int limit, String field, String label, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (FormText.tooLong(cleaned, limit)) {
            errors.reject(field, label + " must be " + limit + " characters or fewer");
        }
        return cleaned;
    }

    private static List<FieldChange> changes(Paper.Content before, Paper.Content after) {
        return List.of(
                new FieldChange("Kind", before == null ? null : before.kind().label(), after.kind().label()),
                new FieldChange("Title", before == null ? null : before.title(), after.title()),
                new FieldChange("Purpose", before == null ? null : before.purpose(), after.purpose()),
                new FieldChange("Recommendation", before == null ? null : before.recommendation(), after.recommendation()),
                new FieldChange("Benefits", before == null ? null : before.benefits(), after.benefits()),
                new FieldChange("Legal considerations", before == null ? null : before.legalConsiderations(),
                        after.legalConsiderations()),
                new FieldChange("Ethical considerations", before == null ? null : before.ethicalConsiderations(),
                        after.ethicalConsiderations()),
                new FieldChange("Evaluation plan", before == null ? null : before.evaluationPlan(), after.evaluationPlan()),
                new FieldChange("Processes personal data", before == null ? null : yesNo(before.processesPersonalData()),
                        yesNo(after.processesPersonalData())),
                new FieldChange("Amount requested", before == null || before.amountRequested() == null ? null
                        : before.amountRequested().toPlainString(),
                        after.amountRequested() == null ? null : after.amountRequested().toPlainString()));
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private Paper writable(Subject subject, UUID paperId) {
        Paper paper = paper(subject, paperId);
        if (!mayWrite(subject, paper)) {
            throw new AccessDeniedException("Not allowed to write papers for this initiative");
        }
        if (!paper.status().editable()) {
            throw new PaperLocked(paper);
        }
        return paper;
    }

    private void requireWorkOnInitiatives(Subject subject) {
        if (!policy.permits(subject, Permission.WORK_ON_INITIATIVES)) {
            throw new AccessDeniedException("Not allowed to write papers");
        }
    }

    private Paper save(Paper paper) {
        try {
            return papers.save(paper);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, paper.id().toString(), List.of(), clock.instant());
        }
    }

    /** A submitted or decided paper is the record the board saw: it is not changed afterwards. */
    public static class PaperLocked extends RuntimeException {
        private final transient Paper paper;

        public PaperLocked(Paper paper) {
            super("Change Paper " + paper.reference() + " is " + paper.status().label().toLowerCase());
            this.paper = paper;
        }

        public Paper paper() {
            return paper;
        }
    }
}
