package org.ironbridge.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An administrator changes a person's access: saved with its reason and audited, or refused with nothing saved. */
@IronbridgeTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    private String username;
    private UUID personId;

    @BeforeEach
    void aPersonOfTheirOwn() {
        username = "admin.test." + UUID.randomUUID().toString().substring(0, 8);
        personId = TestPeople.create(context, "WMP", username, EnumSet.of(Role.STAFF), VettingLevel.RV);
    }

    @Test
    void changingRolesWithAReasonSavesThemAndAuditsBeforeAfterAndReason() throws Exception {
        mvc.perform(save(Map.of("roles", List.of("PMO_ANALYST", "BOARD_MEMBER"), "vettingLevel", List.of("MV"),
                        "justification", List.of("Joined the PMO on 1 December"))))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users/" + personId));

        assertThat(TestPeople.roles(context, username))
                .containsExactlyInAnyOrder(Role.STAFF, Role.PMO_ANALYST, Role.BOARD_MEMBER);
        Map<String, Object> event = jdbc.queryForMap("select actor, operation, changes, justification from audit_event "
                + "where record_type = 'Person' and record_id = ? and operation = 'ALTERATION'", personId.toString());
        assertThat(event.get("actor")).isEqualTo("admin");
        assertThat(event.get("justification")).isEqualTo("Joined the PMO on 1 December");
        assertThat((String) event.get("changes")).contains("\"before\":\"Staff\"")
                .contains("Staff, PMO Analyst, Board Member").contains("Management Vetting (MV)");
    }

    @Test
    void aChangeWithoutAReasonIsRefusedWithTheErrorSummaryAndNothingIsSaved() throws Exception {
        String page = mvc.perform(save(Map.of("roles", List.of("AUDITOR"), "justification", List.of("   "))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter the reason for this change")
                .contains("href=\"#justification\"");
        assertThat(TestPeople.roles(context, username)).containsExactly(Role.STAFF);
        assertThat(alterations()).isZero();
    }

    @Test
    void hostileAndMalformedInputIsRefusedFieldByFieldAndTheInputIsKept() throws Exception {
        String otherForceUnit = jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMERC' limit 1", String.class);
        String longReason = "x".repeat(10_000);
        String page = mvc.perform(save(Map.of("roles", List.of("AUDITOR", "GOD_MODE"), "organisationUnitId", List.of(otherForceUnit),
                        "vettingLevel", List.of("TOP_SECRET"), "justification", List.of(longReason))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Select roles from the list").contains("Select an organisation unit from the list")
                .contains("Select the person&#39;s vetting level").contains("Reason must be 1000 characters or fewer");
        assertThat(TestPeople.roles(context, username)).containsExactly(Role.STAFF);
        assertThat(alterations()).isZero();
    }

    @Test
    void scriptInTheReasonIsStoredAsTextAndNeverRunOnTheAuditPage() throws Exception {
        mvc.perform(save(Map.of("roles", List.of("AUDITOR"), "justification", List.of("<script>alert('x')</script>"))))
                .andExpect(status().isFound());
        Long seq = jdbc.queryForObject("select max(seq) from audit_event where record_id = ? and operation = 'ALTERATION'",
                Long.class, personId.toString());
        String page = mvc.perform(get("/audit/events/" + seq).with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void aMalformedVersionIsABadRequestAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/users/" + personId).with(csrf()).with(SignedIn.as(people, "admin"))
                        .param("roles", "AUDITOR").param("organisationUnitId", unitOf(personId))
                        .param("vettingLevel", "RV").param("justification", "reason").param("version", "not-a-number"))
                .andExpect(status().isBadRequest());
        assertThat(TestPeople.roles(context, username)).containsExactly(Role.STAFF);
    }

    @Test
    void aSecondAdministratorWithAStaleFormIsToldWhatChangedAndOverwritesNothing() throws Exception {
        Integer openedAt = version();
        mvc.perform(save(Map.of("roles", List.of("AUDITOR"), "justification", List.of("First administrator's change"))))
                .andExpect(status().isFound());

        String page = mvc.perform(post("/admin/users/" + personId).with(csrf()).with(SignedIn.as(people, "admin"))
                        .param("roles", "PROJECT_MANAGER").param("organisationUnitId", unitOf(personId))
                        .param("vettingLevel", "RV").param("justification", "Second administrator's change")
                        .param("version", String.valueOf(openedAt)).param("originalRoles", "Staff")
                        .param("originalUnit", unitOf(personId)).param("originalVetting", "RV"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone else changed this person&#39;s access while you were editing")
                .contains("Roles: from Staff to Staff, Auditor");
        assertThat(TestPeople.roles(context, username)).containsExactlyInAnyOrder(Role.STAFF, Role.AUDITOR);
    }

    @Test
    void deactivatingNeedsAReasonThenStopsThePersonSigningIn() throws Exception {
        mvc.perform(post("/admin/users/" + personId + "/deactivate").with(csrf()).with(SignedIn.as(people, "admin"))
                        .param("version", String.valueOf(version())))
                .andExpect(status().isOk());
        assertThat(TestPeople.active(context, username)).isTrue();

        mvc.perform(post("/admin/users/" + personId + "/deactivate").with(csrf()).with(SignedIn.as(people, "admin"))
                        .param("version", String.valueOf(version())).param("justification", "Left the force"))
                .andExpect(redirectedUrl("/admin/users/" + personId));
        assertThat(TestPeople.active(context, username)).isFalse();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", TestPeople.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr("10.30.0.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/sign-in?error=failed"));
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesOrDropTheirOwnAdministratorRole() throws Exception {
        String admin = "admin.self." + UUID.randomUUID().toString().substring(0, 8);
        UUID adminId = TestPeople.create(context, "WMP", admin, EnumSet.of(Role.ADMINISTRATOR), VettingLevel.SC);
        String page = mvc.perform(post("/admin/users/" + adminId + "/deactivate").with(csrf()).with(SignedIn.as(people, admin))
                        .param("version", "0").param("justification", "Testing"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You cannot deactivate your own account");
        page = mvc.perform(post("/admin/users/" + adminId).with(csrf()).with(SignedIn.as(people, admin))
                        .param("roles", "AUDITOR").param("organisationUnitId", unitOf(adminId)).param("vettingLevel", "SC")
                        .param("justification", "Testing").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You cannot remove your own Administrator role");
        assertThat(TestPeople.active(context, admin)).isTrue();
    }

    @Test
    void openingAPersonsRecordIsLoggedAsConsultation() throws Exception {
        mvc.perform(get("/admin/users/" + personId).with(SignedIn.as(people, "admin"))).andExpect(status().isOk());
        Integer consultations = jdbc.queryForObject("select count(*) from audit_event where record_id = ? "
                + "and operation = 'CONSULTATION' and actor = 'admin'", Integer.class, personId.toString());
        assertThat(consultations).isEqualTo(1);
    }

    @Test
    void anotherForcesAdministratorCannotChangeThisForcesPeople() throws Exception {
        mvc.perform(post("/admin/users/" + personId).with(csrf()).with(SignedIn.as(people, "wm.admin"))
                        .param("roles", "AUDITOR").param("justification", "Takeover").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(TestPeople.roles(context, username)).containsExactly(Role.STAFF);
    }

    private MockHttpServletRequestBuilder save(Map<String, List<String>> fields) {
        Map<String, List<String>> all = new java.util.HashMap<>(Map.of(
                "version", List.of(String.valueOf(version())), "organisationUnitId", List.of(unitOf(personId)),
                "vettingLevel", List.of("RV"), "originalRoles", List.of("Staff"),
                "originalUnit", List.of(unitOf(personId)), "originalVetting", List.of("RV")));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/admin/users/" + personId).with(csrf())
                .with(SignedIn.as(people, "admin"));
        for (Map.Entry<String, List<String>> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue().toArray(String[]::new));
        }
        return request;
    }

    private Integer version() {
        return jdbc.queryForObject("select version from person where id = ?", Integer.class, personId);
    }

    private String unitOf(UUID id) {
        return jdbc.queryForObject("select organisation_unit_id::text from person where id = ?", String.class, id);
    }

    private int alterations() {
        return jdbc.queryForObject("select count(*) from audit_event where record_id = ? and operation = 'ALTERATION'",
                Integer.class, personId.toString());
    }
}
