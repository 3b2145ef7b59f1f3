package org.ironbridge.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.portfolio.TestInitiatives;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Setting up boards: a force's own Change Board, a board's chair, members, quorum, terms of reference,
 * escalation and standing items, and Project Boards chaired by their initiative's SRO.
 */
@IronbridgeTest
class BoardSetupTests {

    private static final String TERMS = "Commissions change and approves financial requests.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aForceWithoutBoardsSetsUpItsChangeBoardAndASecondEditorIsToldWhatChanged() throws Exception {
        String empty = mvc.perform(get("/governance/boards").with(SignedIn.as(people, "wm.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Your force has not set up its boards yet").contains("Set up a board");

        String board = mvc.perform(create("wm.admin", Map.of("tier", "CHANGE_BOARD", "name", "West Mercia Change Board",
                        "chair", "WM.ADMIN", "chairTitle", "Deputy Chief Constable", "quorum", "1", "termsOfReference", TERMS,
                        "standingItems", "Apologies\n\n  Minutes of the last meeting  \nAny other business")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(board).with(SignedIn.as(people, "wm.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("West Mercia Change Board").contains("Deputy Chief Constable: Drew Carter")
                .contains("1 of 1 members").contains(TERMS).contains("Minutes of the last meeting")
                .contains("No board: this is the most senior board");
        UUID boardId = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Board' and record_id = ? "
                + "and summary = 'Set up the West Mercia Change Board'", Integer.class, boardId.toString())).isOne();

        String second = mvc.perform(create("wm.admin", Map.of("tier", "CHANGE_BOARD", "name", "Another Change Board",
                        "chair", "wm.admin", "chairTitle", "DCC", "quorum", "1", "termsOfReference", TERMS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("There is a problem").contains("Your force already has a Change Board")
                .contains("Another Change Board");

        int opened = version(boardId);
        mvc.perform(setUp("wm.admin", boardId, Map.of("termsOfReference", TERMS + " Meets monthly.", "version", "" + opened)))
                .andExpect(status().isFound());
        String stale = mvc.perform(setUp("wm.admin", boardId, Map.of("name", "West Mercia Strategic Change Board",
                        "version", "" + opened)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this board&#39;s set-up while you were editing")
                .contains("Terms of reference: from " + TERMS + " to " + TERMS + " Meets monthly.");
        assertThat(jdbc.queryForObject("select name from board where id = ?", String.class, boardId))
                .isEqualTo("West Mercia Change Board");
    }

    @Test
    void hostileAndMalformedSetUpIsRefusedFieldByFieldWithTheInputKeptAndNothingSaved() throws Exception {
        UUID design = board("Design and Delivery Board");
        int before = version(design);
        List<String> standingBefore = standingItems(design);
        Map<String, String> hostile = new HashMap<>();
        hostile.put("name", "<script>alert(1)</script>");
        hostile.put("chair", "nobody@example.org");
        hostile.put("chairTitle", "");
        hostile.put("quorum", "1e3");
        hostile.put("newMembers", "board.member\nghost.user");
        hostile.put("termsOfReference", " ");
        hostile.put("escalatesTo", "<b>bold</b>");
        hostile.put("standingItems", "item\n".repeat(16));
        String page = mvc.perform(setUp("pmo", design, hostile).param("members", "not-an-id"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("No active person in your force has the email address or username “nobody@example.org”")
                .contains("Enter the chair&#39;s title").contains("Select members from the list")
                .contains("Quorum must be a whole number, such as 3").contains("Enter the board&#39;s terms of reference")
                .contains("Select a board from the list").contains("Enter at most 15 standing items")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("ghost.user");

        String tooMany = mvc.perform(setUp("pmo", design, Map.of("quorum", "99", "name", "Change Board")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooMany).contains("Quorum must be no more than the number of members")
                .contains("The force already has a board called Change Board");

        assertThat(version(design)).isEqualTo(before);
        assertThat(standingItems(design)).isEqualTo(standingBefore);
        assertThat(jdbc.queryForObject("select name from board where id = ?", String.class, design))
                .isEqualTo("Design and Delivery Board");
    }

    @Test
    void escalationThatWouldGoRoundInACircleIsRefused() throws Exception {
        UUID change = board("Change Board");
        String page = mvc.perform(setUp("pmo", change, Map.of("escalatesTo", board("Design and Delivery Board").toString())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The Design and Delivery Board already escalates to the Change Board")
                .contains("Escalation cannot go round in a circle");
        assertThat(jdbc.queryForObject("select escalates_to from board where id = ?", UUID.class, change)).isNull();
    }

    @Test
    void aProjectBoardIsChairedByItsInitiativesSroAndANewSroTakesTheChair() throws Exception {
        UUID initiative = TestInitiatives.propose(mvc, people, jdbc, "Mobile fingerprint readers " + UUID.randomUUID());
        String form = mvc.perform(get("/governance/boards/new").param("tier", "PROJECT_BOARD")
                        .param("initiativeId", initiative.toString()).with(SignedIn.as(people, "pmo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Mobile fingerprint readers").contains("Project Board")
                .contains(email("pm"));

        UUID boardId = projectBoard(initiative);
        assertThat(jdbc.queryForObject("select chair_id from board where id = ?", UUID.class, boardId)).isEqualTo(person("sro"));
        assertThat(members(boardId)).containsExactlyInAnyOrder(person("sro"), person("pm"));
        String page = mvc.perform(get("/governance/boards/" + boardId).with(SignedIn.as(people, "board.member")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Senior Responsible Owner: " + name("sro")).contains("Design and Delivery Board")
                .doesNotContain("Change the board's set-up");

        mvc.perform(editInitiative(initiative, person("board.chair"))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select chair_id from board where id = ?", UUID.class, boardId))
                .isEqualTo(person("board.chair"));
        assertThat(members(boardId)).contains(person("board.chair"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Board' and record_id = ? "
                + "and summary like 'The new Senior Responsible Owner of % chairs the %'", Integer.class, boardId.toString()))
                .isOne();

        String again = mvc.perform(create("pmo", Map.of("tier", "PROJECT_BOARD", "initiativeId", initiative.toString(),
                        "quorum", "1", "termsOfReference", TERMS, "escalatesTo", board("Design and Delivery Board").toString())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Select the initiative the Project Board delivers");
    }

    @Test
    void aProjectBoardCannotBeSetUpBeforeTheInitiativeHasAnSro() throws Exception {
        UUID initiative = TestInitiatives.propose(mvc, people, jdbc, "Drone evidence storage " + UUID.randomUUID());
        jdbc.update("update initiative set sro_id = null where id = ?", initiative);
        int boards = jdbc.queryForObject("select count(*) from board", Integer.class);
        String page = mvc.perform(create("pmo", Map.of("tier", "PROJECT_BOARD", "initiativeId", initiative.toString(),
                        "newMembers", "pm", "quorum", "1", "termsOfReference", TERMS,
                        "escalatesTo", board("Design and Delivery Board").toString())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("first: the SRO chairs its Project Board");
        assertThat(jdbc.queryForObject("select count(*) from board", Integer.class)).isEqualTo(boards);
    }

    @Test
    void newStandingItemsReachComingMeetingsButMeetingsAlreadyHeldKeepTheirAgenda() throws Exception {
        UUID initiative = TestInitiatives.propose(mvc, people, jdbc, "Custody e-signatures " + UUID.randomUUID());
        UUID boardId = projectBoard(initiative);
        LocalDate day = LocalDate.now().plusDays(30);
        String coming = mvc.perform(post("/governance/boards/" + boardId + "/meetings").with(csrf())
                        .with(SignedIn.as(people, "pmo")).param("day", "" + day.getDayOfMonth())
                        .param("month", "" + day.getMonthValue()).param("year", "" + day.getYear()).param("time", "14:00")
                        .param("duration", "60").param("location", "Room 4"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID held = UUID.randomUUID();
        jdbc.update("insert into meeting (id, force_id, board_id, starts_at, duration_minutes, location, created_by, version) "
                + "select ?, force_id, id, now() - interval '20 days', 60, 'Room 4', 'pmo', 0 from board where id = ?", held, boardId);
        jdbc.update("insert into meeting_standing_item (meeting_id, position, title) select ?, position, title "
                + "from board_standing_item where board_id = ?", held, boardId);

        mvc.perform(setUp("pmo", boardId, Map.of("standingItems", "Apologies\nBenefits check\nAny other business")))
                .andExpect(status().isFound());
        assertThat(mvc.perform(get(coming).with(SignedIn.as(people, "pm"))).andReturn().getResponse().getContentAsString())
                .contains("Benefits check").doesNotContain("RAID review");
        assertThat(mvc.perform(get("/governance/meetings/" + held).with(SignedIn.as(people, "pm"))).andReturn().getResponse()
                .getContentAsString()).contains("RAID review").doesNotContain("Benefits check");
    }

    @Test
    void onlyThoseWhoConfigureGovernanceMayChangeABoard() throws Exception {
        UUID change = board("Change Board");
        int before = version(change);
        mvc.perform(setUp("board.chair", change, Map.of("quorum", "1"))).andExpect(status().isForbidden());
        mvc.perform(get("/governance/boards/" + change + "/edit").with(SignedIn.as(people, "pm"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/governance/boards/" + change).with(SignedIn.as(people, "pmo"))).andReturn().getResponse()
                .getContentAsString()).contains("Change the board's set-up");
        assertThat(version(change)).isEqualTo(before);
    }

    private UUID projectBoard(UUID initiative) throws Exception {
        String location = mvc.perform(create("pmo", Map.of("tier", "PROJECT_BOARD", "initiativeId", initiative.toString(),
                        "newMembers", email("pm"), "quorum", "2", "termsOfReference", "Delivers the initiative.",
                        "escalatesTo", board("Design and Delivery Board").toString(),
                        "standingItems", "Apologies\nRAID review\nAny other business")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder create(String who, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/governance/boards").with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    /** The board's set-up form as it stands, with some fields changed. */
    private MockHttpServletRequestBuilder setUp(String who, UUID boardId, Map<String, String> changed) {
        Map<String, Object> board = jdbc.queryForMap("select b.name, coalesce(p.email, p.username) as chair, b.chair_title, "
                + "b.quorum, b.terms_of_reference, b.escalates_to, b.version from board b left join person p on p.id = b.chair_id "
                + "where b.id = ?", boardId);
        Map<String, String> fields = new HashMap<>();
        fields.put("name", (String) board.get("name"));
        fields.put("chair", (String) board.get("chair"));
        fields.put("chairTitle", (String) board.get("chair_title"));
        fields.put("quorum", board.get("quorum").toString());
        fields.put("termsOfReference", (String) board.get("terms_of_reference"));
        fields.put("escalatesTo", board.get("escalates_to") == null ? "" : board.get("escalates_to").toString());
        fields.put("standingItems", String.join("\n", standingItems(boardId)));
        fields.put("version", board.get("version").toString());
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/governance/boards/" + boardId).with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        if (!changed.containsKey("members")) {
            request = request.param("members", members(boardId).stream().map(UUID::toString).toArray(String[]::new));
        }
        return request;
    }

    private MockHttpServletRequestBuilder editInitiative(UUID id, UUID newSro) {
        Map<String, Object> current = jdbc.queryForMap("select title, summary, type, project_manager_id, version, "
                + "classification from initiative where id = ?", id);
        return post("/portfolio/initiatives/" + id).with(csrf()).with(SignedIn.as(people, "pmo"))
                .param("title", (String) current.get("title")).param("summary", (String) current.get("summary"))
                .param("type", (String) current.get("type")).param("sroId", newSro.toString())
                .param("projectManagerId", current.get("project_manager_id").toString())
                .param("version", current.get("version").toString())
                .param("classification", (String) current.get("classification"))
                .param("businessAreas", jdbc.queryForObject("select organisation_unit_id::text from initiative_business_area "
                        + "where initiative_id = ? limit 1", String.class, id));
    }

    private UUID board(String name) {
        return jdbc.queryForObject("select b.id from board b join force f on f.id = b.force_id where f.code = 'WMP' "
                + "and b.name = ?", UUID.class, name);
    }

    private int version(UUID boardId) {
        return jdbc.queryForObject("select version from board where id = ?", Integer.class, boardId);
    }

    private List<String> standingItems(UUID boardId) {
        return jdbc.queryForList("select title from board_standing_item where board_id = ? order by position", String.class, boardId);
    }

    private List<UUID> members(UUID boardId) {
        return jdbc.queryForList("select person_id from board_member where board_id = ?", UUID.class, boardId);
    }

    private UUID person(String username) {
        return jdbc.queryForObject("select id from person where username = ?", UUID.class, username);
    }

    private String email(String username) {
        return jdbc.queryForObject("select email from person where username = ?", String.class, username);
    }

    private String name(String username) {
        return jdbc.queryForObject("select display_name from person where username = ?", String.class, username);
    }
}
