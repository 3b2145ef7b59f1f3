package org.ironbridge.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Board meetings: scheduled, attended (so quorate or not), declared, minuted, with actions tracked to done. */
@IronbridgeTest
class MeetingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScheduledMeetingShowsAnAgendaOfStandingItemsAndSubmittedPapersAndAnInvitationForMembers() throws Exception {
        LocalDate day = LocalDate.now().plusDays(40);
        String location = "Lloyd House room " + UUID.randomUUID();
        String meeting = mvc.perform(post("/governance/boards/" + board("Change Board") + "/meetings").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("day", "" + day.getDayOfMonth())
                        .param("month", "" + day.getMonthValue()).param("year", "" + day.getYear()).param("time", "9:30")
                        .param("duration", "90").param("location", location))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(meeting).with(SignedIn.as(people, "board.member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(location).contains("Welcome, apologies and declarations of interest")
                .contains("Any other business").contains("Attendance not yet recorded");
        String ics = mvc.perform(get(meeting + "/invitation.ics").with(SignedIn.as(people, "board.member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("SUMMARY:Change Board")
                .contains("LOCATION:" + location.substring(0, 20)).contains("ATTENDEE").contains("mailto:")
                .contains("Any other business");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Meeting' and summary like ?",
                Integer.class, "Scheduled a meeting of the Change Board%")).isPositive();
    }

    @Test
    void schedulingWithHostileOrMalformedInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        int before = meetings();
        String page = mvc.perform(post("/governance/boards/" + board("Change Board") + "/meetings").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("day", "31").param("month", "2").param("year", "2030")
                        .param("time", "25:99").param("duration", "a while").param("location", "<script>alert(1)</script>" + "x".repeat(300)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Date of the meeting must be a real date")
                .contains("Start time must be a time on the 24-hour clock").contains("Length must be a whole number of minutes")
                .contains("Location must be 200 characters or fewer").contains("&lt;script&gt;").doesNotContain("<script>alert");
        String past = mvc.perform(post("/governance/boards/" + board("Change Board") + "/meetings").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("day", "1").param("month", "1").param("year", "2020")
                        .param("time", "10:00").param("duration", "60").param("location", "Room 1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("Date of the meeting must be today or in the future");
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void attendanceDecidesTheQuorumAndAStaleFormIsToldWhatChanged() throws Exception {
        UUID meeting = pastMeeting("Design and Delivery Board");
        int version = jdbc.queryForObject("select version from meeting where id = ?", Integer.class, meeting);
        List<String> members = jdbc.queryForList("select person_id::text from board_member where board_id = ? order by person_id",
                String.class, board("Design and Delivery Board"));
        String page = mvc.perform(post("/governance/meetings/" + meeting + "/attendance").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("version", "" + version)
                        .param("present", members.subList(0, 2).toArray(String[]::new)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String shown = mvc.perform(get(page).with(SignedIn.as(people, "pmo"))).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Not quorate").contains("2 present; quorum 4");

        String stale = mvc.perform(post("/governance/meetings/" + meeting + "/attendance").with(csrf())
                        .with(SignedIn.as(people, "board.chair")).param("version", "" + version)
                        .param("present", members.toArray(String[]::new)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else recorded the attendance").contains("pmo changed this meeting")
                .contains("Members present");
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ? and attendance = 'PRESENT'",
                Integer.class, meeting)).isEqualTo(2);
    }

    @Test
    void aDeclarationOfInterestIsRecordedAgainstTheMeetingAndBadInputIsRefused() throws Exception {
        UUID meeting = pastMeeting("Change Board");
        String member = jdbc.queryForObject("select person_id::text from board_member where board_id = ? limit 1",
                String.class, board("Change Board"));
        String refused = mvc.perform(post("/governance/meetings/" + meeting + "/declarations").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("personId", UUID.randomUUID().toString())
                        .param("paperId", "not-a-paper").param("interest", " ").param("tookPart", "maybe"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Select the member who declared the interest").contains("Select the agenda item from the list")
                .contains("Enter the interest declared").contains("Select whether the member took part in the item");
        String interest = "Spouse works for the supplier " + UUID.randomUUID();
        mvc.perform(post("/governance/meetings/" + meeting + "/declarations").with(csrf()).with(SignedIn.as(people, "pmo"))
                .param("personId", member).param("interest", interest).param("tookPart", "no")).andExpect(status().isFound());
        assertThat(mvc.perform(get("/governance/meetings/" + meeting).with(SignedIn.as(people, "auditor")))
                .andReturn().getResponse().getContentAsString()).contains(interest).contains("No, withdrew");
    }

    @Test
    void anActionIsTrackedUntilItsOwnerMarksItDoneAndOthersCannot() throws Exception {
        UUID meeting = pastMeeting("Change Board");
        String sro = jdbc.queryForObject("select id::text from person where username = 'sro'", String.class);
        String text = "Circulate the benefits profile " + UUID.randomUUID();
        LocalDate due = LocalDate.now().plusDays(7);
        mvc.perform(post("/governance/meetings/" + meeting + "/actions").with(csrf()).with(SignedIn.as(people, "pmo"))
                .param("actionDescription", text).param("actionOwner", sro).param("actionDay", "" + due.getDayOfMonth())
                .param("actionMonth", "" + due.getMonthValue()).param("actionYear", "" + due.getYear()))
                .andExpect(status().isFound());
        UUID action = jdbc.queryForObject("select id from governance_action where description = ?", UUID.class, text);

        String refused = mvc.perform(post("/governance/actions/" + action + "/done").with(csrf())
                        .with(SignedIn.as(people, "board.member")).param("version", "0").param("note-" + action, "Done it"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Only the owner of this action or the board secretariat can mark it done");
        mvc.perform(post("/governance/actions/" + action + "/done").with(csrf()).with(SignedIn.as(people, "sro"))
                .param("version", "0").param("note-" + action, "Circulated to all members")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select done_note from governance_action where id = ?", String.class, action))
                .isEqualTo("Circulated to all members");
        String again = mvc.perform(post("/governance/actions/" + action + "/done").with(csrf()).with(SignedIn.as(people, "sro"))
                .param("version", "1").param("note-" + action, "Again")).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This has already been marked as done");
    }

    @Test
    void anActionWithoutOwnerOrWithAPastDueDateIsRefused() throws Exception {
        UUID meeting = pastMeeting("Change Board");
        String page = mvc.perform(post("/governance/meetings/" + meeting + "/actions").with(csrf()).with(SignedIn.as(people, "pmo"))
                        .param("actionDescription", "x".repeat(2000)).param("actionOwner", "nobody")
                        .param("actionDay", "1").param("actionMonth", "1").param("actionYear", "2001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Description must be 1000 characters or fewer").contains("Select who owns it from the list")
                .contains("Due date must be today or in the future");
    }

    @Test
    void theOverviewShowsTheForwardPlanAndOverdueActions() throws Exception {
        String page = mvc.perform(get("/governance").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Forward plan").contains("Change Paper: enabling Microsoft Co-Pilot (returning)")
                .contains("Productivity app: confirm the build supplier and start date");
        mvc.perform(get("/governance").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheSecretariatRunsMeetings() throws Exception {
        UUID meeting = pastMeeting("Change Board");
        mvc.perform(post("/governance/meetings/" + meeting + "/minutes").with(csrf()).with(SignedIn.as(people, "board.member"))
                .param("minutes", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/governance/boards/" + board("Change Board") + "/meetings/new").with(SignedIn.as(people, "sro")))
                .andExpect(status().isForbidden());
    }

    private UUID board(String name) {
        return jdbc.queryForObject("select id from board where name = ?", UUID.class, name);
    }

    private UUID pastMeeting(String board) {
        return jdbc.queryForObject("select m.id from meeting m join board b on b.id = m.board_id where b.name = ? "
                + "and m.starts_at < now() order by m.starts_at desc limit 1", UUID.class, board);
    }

    private int meetings() {
        return jdbc.queryForObject("select count(*) from meeting", Integer.class);
    }
}
