package org.ironbridge.governance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board's meetings: scheduled ahead, then on the day the attendance (and so the quorum), declarations of
 * interest against agenda items, and afterwards the minutes. Every change audited, none silently overwritten.
 */
@Component
public class BoardMeetings {

    static final String RECORD_TYPE = "Meeting";
    /** Board meetings are held in UK local time; invitations say so. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MeetingRepository meetings;
    private final Boards boards;
    private final PaperRepository papers;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    BoardMeetings(MeetingRepository meetings, Boards boards, PaperRepository papers, JdbcClient jdbc,
                  AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.papers = papers;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of a meeting form: the saved meeting, or the errors to show with the input kept. */
    public record Result(Meeting meeting, FormErrors errors) {
    }

    /** One item of the agenda: a standing item, or a paper submitted to the meeting. */
    public record AgendaItem(int number, String title, Paper paper) {
    }

    /** A declared interest, with the names to show. */
    public record Declaration(UUID id, String person, String item, String interest, boolean tookPart) {
    }

    public Meeting meeting(Subject subject, UUID meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, meetingId));
        if (!meeting.forceId().equals(subject.forceId())) {
            throw new RecordNotFoundException(RECORD_TYPE, meetingId);
        }
        return meeting;
    }

    public List<Meeting> ofBoard(UUID boardId) {
        return meetings.findByBoardIdOrderByStartsAtDesc(boardId);
    }

    public List<Meeting> ofForce(UUID forceId) {
        return meetings.findByForceIdOrderByStartsAt(forceId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @Transactional
    public Result schedule(Subject subject, UUID boardId, String day, String month, String year, String time,
                           String duration, String location) {
        Board board = secretariat(subject, boardId);
        FormErrors errors = new FormErrors();
        LocalDate date = FormText.date(day, month, year);
        if (date == null) {
            boolean blank = FormText.clean(day) == null && FormText.clean(month) == null && FormText.clean(year) == null;
            errors.reject("day", blank ? "Enter the date of the meeting" : "Date of the meeting must be a real date");
        } else if (date.isBefore(today())) {
            errors.reject("day", "Date of the meeting must be today or in the future");
        }
        LocalTime start = null;
        String cleanedTime = FormText.clean(time);
        if (cleanedTime == null) {
            errors.reject("time", "Enter the start time, like 09:30");
        } else {
            try {
                start = LocalTime.parse(cleanedTime.length() == 4 ? "0" + cleanedTime : cleanedTime);
            } catch (DateTimeParseException notATime) {
                errors.reject("time", "Start time must be a time on the 24-hour clock, like 09:30 or 14:00");
            }
        }
        int minutes = 0;
        try {
            minutes = Integer.parseInt(Objects.requireNonNullElse(FormText.clean(duration), "x"));
            if (minutes < 15 || minutes > 480) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException notMinutes) {
            errors.reject("duration", "Length must be a whole number of minutes from 15 to 480");
        }
        String place = FormText.clean(location);
        if (place == null) {
            errors.reject("location", "Enter where the meeting is held, or how to join it");
        } else if (FormText.tooLong(place, 200)) {
            errors.reject("location", "Location must be 200 characters or fewer");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        Meeting meeting = meetings.save(Meeting.schedule(subject.forceId(), board.id(), LocalDateTime.of(date, start),
                minutes, place, subject.username()));
        takeStandingItems(meeting.id(), board.id());
        audit.record(AuditEntry.of(RECORD_TYPE, meeting.id(), Operation.COLLECTION, "Scheduled a meeting of the "
                + board.name() + " on " + meeting.startsAt()).inForce(subject.forceCode()));
        return new Result(meeting, errors);
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        List<AgendaItem> items = new ArrayList<>();
        List<String> standing = jdbc.sql("select title from meeting_standing_item where meeting_id = ? order by position")
                .param(meeting.id()).query(String.class).list();
        int number = 1;
        // Standing items open and close the meeting; papers sit between the opening ones and any other business.
        int closing = standing.isEmpty() ? 0 : (standing.get(standing.size() - 1).toLowerCase().contains("other business") ? 1 : 0);
        for (String title : standing.subList(0, standing.size() - closing)) {
            items.add(new AgendaItem(number++, title, null));
        }
        for (Paper paper : papers.findByMeetingIdOrderByReference(meeting.id())) {
            items.add(new AgendaItem(number++, paper.reference() + " " + paper.title() + " (" + paper.kind().label() + ")",
                    paper));
        }
        for (String title : standing.subList(standing.size() - closing, standing.size())) {
            items.add(new AgendaItem(number++, title, null));
        }
        return items;
    }

    /** The meeting's agenda opens and closes with the board's standing items as they are now. */
    void takeStandingItems(UUID meetingId, UUID boardId) {
        jdbc.sql("delete from meeting_standing_item where meeting_id = ?").param(meetingId).update();
        jdbc.sql("""
                insert into meeting_standing_item (meeting_id, position, title)
                select ?, position, title from board_standing_item where board_id = ?
                """).params(meetingId, boardId).update();
    }

    public List<String> standingItems(UUID boardId) {
        return jdbc.sql("select title from board_standing_item where board_id = ? order by position")
                .param(boardId).query(String.class).list();
    }

    /** Records who came and who sent apologies; the quorum follows from it. */
    @Transactional
    public Result attendance(Subject subject, UUID meetingId, List<String> presentIds, Integer version) {
        Meeting meeting = meeting(subject, meetingId);
        Board board = secretariat(subject, meeting.boardId());
        FormErrors errors = new FormErrors();
        if (meeting.startsAt().toLocalDate().isAfter(today())) {
            errors.reject("present", "Attendance can be recorded on the day of the meeting or after it");
        }
        Set<UUID> present = new HashSet<>();
        for (String value : presentIds) {
            UUID id = FormText.uuid(value);
            if (id == null || !board.memberIds().contains(id)) {
                errors.reject("present", "Select the members present from the list");
            } else {
                present.add(id);
            }
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        if (!Objects.equals(version, meeting.version())) {
            throw audit.conflictOn(RECORD_TYPE, meetingId.toString(), List.of(), clock.instant());
        }
        Set<Meeting.Attendance> recorded = board.memberIds().stream()
                .map(id -> new Meeting.Attendance(id, present.contains(id) ? Meeting.Presence.PRESENT : Meeting.Presence.APOLOGIES))
                .collect(Collectors.toSet());
        Meeting saved = save(meeting.withAttendance(recorded), meetingId);
        audit.record(AuditEntry.of(RECORD_TYPE, meetingId, Operation.ALTERATION, "Recorded attendance at the "
                        + board.name() + ": " + present.size() + " present, quorum " + board.quorum()
                        + (Quorum.met(present.size(), board.quorum()) ? " met" : " not met"))
                .withChanges(List.of(new FieldChange("Members present", String.valueOf(meeting.present().size()),
                        String.valueOf(present.size())))).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    @Transactional
    public FormErrors declare(Subject subject, UUID meetingId, String personId, String paperId, String interest,
                              String tookPart) {
        Meeting meeting = meeting(subject, meetingId);
        Board board = secretariat(subject, meeting.boardId());
        FormErrors errors = new FormErrors();
        UUID person = FormText.uuid(personId);
        if (person == null || !board.memberIds().contains(person)) {
            errors.reject("personId", "Select the member who declared the interest");
        }
        UUID paper = null;
        if (FormText.clean(paperId) != null) {
            paper = FormText.uuid(paperId);
            UUID chosen = paper;
            if (chosen == null || papers.findByMeetingIdOrderByReference(meetingId).stream().noneMatch(p -> p.id().equals(chosen))) {
                errors.reject("paperId", "Select the agenda item from the list");
            }
        }
        String text = FormText.clean(interest);
        if (text == null) {
            errors.reject("interest", "Enter the interest declared");
        } else if (FormText.tooLong(text, 1000)) {
            errors.reject("interest", "Interest must be 1000 characters or fewer");
        }
        if (!"yes".equals(tookPart) && !"no".equals(tookPart)) {
            errors.reject("tookPart", "Select whether the member took part in the item");
        }
        if (errors.any()) {
            return errors;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into declaration_of_interest (id, meeting_id, paper_id, person_id, interest, took_part, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, meetingId, paper, person, text, "yes".equals(tookPart), subject.username(),
                java.sql.Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(RECORD_TYPE, meetingId, Operation.ALTERATION, "Recorded a declaration of interest at the "
                + board.name() + " meeting").withChanges(List.of(new FieldChange("Declaration of interest", null, text)))
                .inForce(subject.forceCode()));
        return errors;
    }

    public List<Declaration> declarations(UUID meetingId) {
        return jdbc.sql("""
                select d.id, p.display_name, coalesce(pa.reference || ' ' || pa.title, 'The whole meeting') as item,
                       d.interest, d.took_part
                from declaration_of_interest d join person p on p.id = d.person_id
                left join paper pa on pa.id = d.paper_id
                where d.meeting_id = ? order by d.recorded_at
                """).param(meetingId).query((rs, n) -> new Declaration(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBoolean(5))).list();
    }

    /** Declarations against one paper (or the whole meeting), as the decision records them. */
    public String declarationsFor(UUID meetingId, UUID paperId) {
        return jdbc.sql("""
                select p.display_name || ': ' || d.interest || case when d.took_part then ' (took part)' else ' (took no part)' end
                from declaration_of_interest d join person p on p.id = d.person_id
                where d.meeting_id = ? and (d.paper_id is null or d.paper_id = ?) order by d.recorded_at
                """).params(meetingId, paperId).query(String.class).list().stream().collect(Collectors.joining("\n"));
    }

    @Transactional
    public Result minutes(Subject subject, UUID meetingId, String text, Integer version) {
        Meeting meeting = meeting(subject, meetingId);
        Board board = secretariat(subject, meeting.boardId());
        FormErrors errors = new FormErrors();
        String cleaned = FormText.clean(text);
        if (meeting.startsAt().toLocalDate().isAfter(today())) {
            errors.reject("minutes", "Minutes can be recorded once the meeting has taken place");
        } else if (cleaned == null) {
            errors.reject("minutes", "Enter the minutes of the meeting");
        } else if (FormText.tooLong(cleaned, 20_000)) {
            errors.reject("minutes", "Minutes must be 20,000 characters or fewer");
        }
        if (errors.any()) {
            return new Result(null, errors);
        }
        if (!Objects.equals(version, meeting.version())) {
            throw audit.conflictOn(RECORD_TYPE, meetingId.toString(), List.of(), clock.instant());
        }
        Meeting saved = save(meeting.withMinutes(cleaned, subject.displayName(), clock.instant()), meetingId);
        audit.record(AuditEntry.of(RECORD_TYPE, meetingId, Operation.ALTERATION, "Recorded the minutes of the "
                        + board.name() + " meeting of " + meeting.startsAt().toLocalDate())
                .withChanges(List.of(new FieldChange("Minutes", meeting.minutes(), cleaned))).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    public boolean maySecretariat(Subject subject) {
        return policy.permits(subject, Permission.RECORD_DECISION);
    }

    private Meeting save(Meeting meeting, UUID id) {
        try {
            return meetings.save(meeting);
        } catch (OptimisticLockingFailureException raced) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), List.of(), clock.instant());
        }
    }

    private Board secretariat(Subject subject, UUID boardId) {
        if (!policy.permits(subject, Permission.RECORD_DECISION)) {
            throw new AccessDeniedException("Not allowed to run board meetings");
        }
        return boards.board(subject, boardId);
    }
}
