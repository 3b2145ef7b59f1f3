package org.ironbridge.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.BoardActions;
import org.ironbridge.governance.internal.BoardMeetings;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.ChangePapers;
import org.ironbridge.governance.internal.DecisionRegister;
import org.ironbridge.governance.internal.Meeting;
import org.ironbridge.governance.internal.MeetingInvitation;
import org.ironbridge.governance.internal.Quorum;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Board meetings: scheduling, the agenda, attendance and quorum, declarations, actions, minutes, the invitation. */
@Controller
class MeetingController {

    private final Boards boards;
    private final BoardMeetings meetings;
    private final BoardActions actions;
    private final ChangePapers papers;
    private final DecisionRegister register;
    private final People people;

    MeetingController(Boards boards, BoardMeetings meetings, BoardActions actions, ChangePapers papers,
                      DecisionRegister register, People people) {
        this.boards = boards;
        this.meetings = meetings;
        this.actions = actions;
        this.papers = papers;
        this.register = register;
        this.people = people;
    }

    @GetMapping("/governance/boards/{boardId}/meetings/new")
    String scheduleForm(@PathVariable UUID boardId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return scheduleForm(boards.board(subject, boardId), Map.of(), new FormErrors(), model);
    }

    @PostMapping("/governance/boards/{boardId}/meetings")
    String schedule(@PathVariable UUID boardId, @RequestParam Map<String, String> form, Authentication authentication,
                    Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        BoardMeetings.Result result = meetings.schedule(subject, boardId, form.get("day"), form.get("month"),
                form.get("year"), form.get("time"), form.get("duration"), form.get("location"));
        if (result.errors().any()) {
            return scheduleForm(boards.board(subject, boardId), form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Meeting scheduled");
        return "redirect:/governance/meetings/" + result.meeting().id();
    }

    @GetMapping("/governance/meetings/{meetingId}")
    String meeting(@PathVariable UUID meetingId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(subject, meetings.meeting(subject, meetingId), Map.of(), new FormErrors(), null, model);
    }

    @GetMapping("/governance/meetings/{meetingId}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable UUID meetingId, Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Meeting meeting = meetings.meeting(subject, meetingId);
        Board board = boards.board(subject, meeting.boardId());
        Map<UUID, PersonSummary> everyone = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        String ics = MeetingInvitation.of(board, meeting, meetings.agenda(meeting), everyone);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + meeting.startsAt().toLocalDate() + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/governance/meetings/{meetingId}/attendance")
    String attendance(@PathVariable UUID meetingId, @RequestParam MultiValueMap<String, String> form,
                      Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            BoardMeetings.Result result = meetings.attendance(subject, meetingId,
                    form.getOrDefault("present", List.of()), version(form.getFirst("version")));
            if (result.errors().any()) {
                return page(subject, meetings.meeting(subject, meetingId), form.toSingleValueMap(), result.errors(), null, model);
            }
        } catch (EditConflict conflict) {
            return page(subject, meetings.meeting(subject, meetingId), Map.of(), new FormErrors().reject("present",
                    "Someone else recorded the attendance while you were. Nothing you entered has been saved. Check "
                            + "theirs, then record yours again"), conflict, model);
        }
        redirect.addFlashAttribute("notice", "Attendance recorded");
        return "redirect:/governance/meetings/" + meetingId;
    }

    @PostMapping("/governance/meetings/{meetingId}/declarations")
    String declare(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = meetings.declare(subject, meetingId, form.get("personId"), form.get("paperId"),
                form.get("interest"), form.get("tookPart"));
        if (errors.any()) {
            return page(subject, meetings.meeting(subject, meetingId), form, errors, null, model);
        }
        redirect.addFlashAttribute("notice", "Declaration of interest recorded");
        return "redirect:/governance/meetings/" + meetingId;
    }

    @PostMapping("/governance/meetings/{meetingId}/actions")
    String agreeAction(@PathVariable UUID meetingId, @RequestParam Map<String, String> form,
                       Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = actions.agree(subject, meetingId, form.get("actionDescription"), form.get("actionOwner"),
                form.get("actionDay"), form.get("actionMonth"), form.get("actionYear"));
        if (errors.any()) {
            return page(subject, meetings.meeting(subject, meetingId), form, errors, null, model);
        }
        redirect.addFlashAttribute("notice", "Action recorded");
        return "redirect:/governance/meetings/" + meetingId;
    }

    @PostMapping("/governance/meetings/{meetingId}/minutes")
    String minutes(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            BoardMeetings.Result result = meetings.minutes(subject, meetingId, form.get("minutes"), version(form.get("version")));
            if (result.errors().any()) {
                return page(subject, meetings.meeting(subject, meetingId), form, result.errors(), null, model);
            }
        } catch (EditConflict conflict) {
            return page(subject, meetings.meeting(subject, meetingId), form, new FormErrors().reject("minutes",
                    "Someone else changed this meeting while you were writing. Nothing you entered has been saved; your "
                            + "text is still in the box. Check their changes, then save again"), conflict, model);
        }
        redirect.addFlashAttribute("notice", "Minutes recorded");
        return "redirect:/governance/meetings/" + meetingId;
    }

    private String scheduleForm(Board board, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("errors", errors);
        model.addAttribute("dateField", FormFields.date("day", "", "Date", form.get("day"), form.get("month"),
                form.get("year"), errors));
        model.addAttribute("timeField", FormFields.input("time", "Start time (24-hour clock, like 09:30)", form.get("time"), errors));
        model.addAttribute("durationField", FormFields.input("duration", "Length in minutes",
                form.getOrDefault("duration", "120"), errors));
        model.addAttribute("locationField", FormFields.input("location", "Where, or how to join", form.get("location"), errors));
        return "governance/meeting-form";
    }

    private String page(Subject subject, Meeting meeting, Map<String, String> form, FormErrors errors,
                        EditConflict conflict, Model model) {
        Board board = boards.board(subject, meeting.boardId());
        Map<UUID, String> names = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        List<Choice> members = board.memberIds().stream().map(id -> Choice.of(id.toString(), names.getOrDefault(id, "?")))
                .sorted(java.util.Comparator.comparing(Choice::text)).toList();
        List<Choice> everyone = people.inForce(subject.forceId()).stream().filter(PersonSummary::active)
                .map(p -> Choice.of(p.id().toString(), p.displayName())).sorted(java.util.Comparator.comparing(Choice::text)).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("board", board);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("today", meetings.today());
        model.addAttribute("held", !meeting.startsAt().toLocalDate().isAfter(meetings.today()));
        model.addAttribute("agenda", meetings.agenda(meeting));
        model.addAttribute("present", meeting.present().stream().map(names::get).sorted().toList());
        model.addAttribute("apologies", meeting.apologies().stream().map(names::get).sorted().toList());
        model.addAttribute("quorate", Quorum.met(meeting.present().size(), board.quorum()));
        model.addAttribute("declarations", meetings.declarations(meeting.id()));
        model.addAttribute("actions", actions.ofMeeting(meeting.id()));
        model.addAttribute("names", names);
        model.addAttribute("decisions", register.search(subject.forceId(), board.id(), null, null, null).stream()
                .filter(d -> meeting.id().equals(d.meetingId())).toList());
        model.addAttribute("papers", papers.ofMeeting(meeting.id()));
        model.addAttribute("maySecretariat", meetings.maySecretariat(subject));
        model.addAttribute("presentField", FormFields.checkboxes("present", "Members present",
                "Members not ticked are recorded as having sent apologies. The quorum is " + board.quorum() + ".",
                members, form.containsKey("present") ? List.of(form.get("present"))
                        : meeting.present().stream().map(UUID::toString).toList(), errors));
        model.addAttribute("personField", FormFields.select("personId", "Member", members, form.get("personId"), errors));
        model.addAttribute("itemField", FormFields.select("paperId", "Agenda item (leave unselected for the whole meeting)",
                papers.ofMeeting(meeting.id()).stream().map(p -> Choice.of(p.id().toString(), p.reference() + " " + p.title()))
                        .toList(), form.get("paperId"), errors));
        model.addAttribute("interestField", FormFields.textarea("interest", "Interest declared", null, form.get("interest"), errors));
        model.addAttribute("tookPartField", FormFields.radios("tookPart", "Did the member take part in the item?", null,
                List.of(Choice.of("yes", "Yes"), Choice.of("no", "No, they withdrew")), form.get("tookPart"), errors));
        model.addAttribute("actionField", FormFields.textarea("actionDescription", "Action", null,
                form.get("actionDescription"), errors));
        model.addAttribute("actionOwnerField", FormFields.select("actionOwner", "Owner", everyone, form.get("actionOwner"), errors));
        model.addAttribute("actionDueField", FormFields.date("actionDay", "action", "Due date", form.get("actionDay"),
                form.get("actionMonth"), form.get("actionYear"), errors));
        model.addAttribute("minutesField", FormFields.textarea("minutes", "Minutes", "What was discussed and agreed, item by item.",
                form.containsKey("minutes") ? form.get("minutes") : meeting.minutes(), errors));
        return "governance/meeting";
    }

    private static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
