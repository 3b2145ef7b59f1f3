package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators configure the portal; leaders read its figures, on the page and as CSV. */
@IronbridgeTest
class PortalSettingsAndStatisticsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    IdeaRequests ideas;

    @BeforeEach
    void requests() {
        ideas = new IdeaRequests(mvc, people, jdbc);
    }

    @Test
    void theDemoPortalHasSixtyIdeasInEveryStatusWithTheSeedsOutcomesAndAnswers() {
        assertThat(jdbc.queryForObject("select count(*) from idea i join force f on f.id = i.force_id where f.code = 'WMP'",
                Integer.class)).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.queryForList("select distinct status from idea", String.class)).containsExactlyInAnyOrder(
                "DRAFT", "SUBMITTED", "IN_TRIAGE", "NEEDS_MORE_INFORMATION", "UNDER_ASSESSMENT", "SHORTLISTED", "APPROVED",
                "DECLINED", "DUPLICATE", "ALREADY_BEING_DONE", "IMPLEMENTED_LOCALLY");
        assertThat(jdbc.queryForObject("""
                select i.status from idea i join initiative n on n.id = i.initiative_id
                where n.title = 'RPA: MG11 statement upload' and n.source_id = i.id::text
                """, String.class)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from idea where status = 'DECLINED' and (decline_reason_id is null "
                + "or answer is null)", Integer.class)).isZero();
    }

    @Test
    void anAdministratorChangesTheServiceLevelReasonsTermsAndRulesAndHostileInputIsRefusedWithNothingSaved() throws Exception {
        String version = jdbc.queryForObject("select s.version::text from idea_portal_setting s join force f on f.id = s.force_id "
                + "where f.code = 'WMP'", String.class);
        assertThat(ideas.post("admin", "/ideas/settings/service-level", Map.of("version", version, "responseDays", "1e3"))
                .getResponse().getContentAsString()).contains("whole number from 1 to 60");
        ideas.post("admin", "/ideas/settings/service-level", Map.of("version", version, "responseDays", "15"));
        assertThat(ideas.page("practitioner", "/ideas/triage")).contains("within 15 working days");
        assertThat(ideas.post("admin", "/ideas/settings/service-level", Map.of("version", version, "responseDays", "5"))
                .getResponse().getContentAsString()).contains("Someone else changed this").contains("from 10 to 15");

        assertThat(ideas.post("admin", "/ideas/settings/decline-reasons", Map.of("reason", "x".repeat(121)))
                .getResponse().getContentAsString()).contains("120 characters or fewer");
        ideas.post("admin", "/ideas/settings/decline-reasons", Map.of("reason", "Already tried <b>in 2019</b>"));
        assertThat(ideas.page("admin", "/ideas/settings")).contains("Already tried &lt;b&gt;in 2019&lt;/b&gt;")
                .contains("ALREADY_TRIED_B_IN_2019_B");
        assertThat(ideas.post("admin", "/ideas/settings/decline-reasons", Map.of("reason", "already tried <b>in 2019</b>"))
                .getResponse().getContentAsString()).contains("There is already a reason like that");

        int terms = jdbc.queryForObject("select count(*) from idea_flag_term", Integer.class);
        assertThat(ideas.post("admin", "/ideas/settings/terms", Map.of("sensitive", "covert\nx", "misconduct", "bribe"))
                .getResponse().getContentAsString()).contains("each 2 to 80 characters long");
        assertThat(jdbc.queryForObject("select count(*) from idea_flag_term", Integer.class)).isEqualTo(terms);
        ideas.post("admin", "/ideas/settings/terms", Map.of("sensitive", "covert\nfirearms", "misconduct", "bribe\nfiddl"));
        UUID fiddle = ideas.submit("staff", "Overtime claims " + UUID.randomUUID(), Map.of("problem",
                "Some people fiddle overtime claims and the checks are weak across every department in the force."));
        assertThat(ideas.page("practitioner", "/ideas/" + fiddle + "/triage")).contains("(&quot;fiddl&quot;)");

        assertThat(ideas.post("admin", "/ideas/settings/routing-rules", Map.of("name", "<script>x</script>", "position", "-1",
                "queueUnitId", UUID.randomUUID().toString(), "businessAreaId", "'; drop table idea; --", "keywords", "a"))
                .getResponse().getContentAsString()).contains("whole number from 0 to 999")
                .contains("Choose the business area whose queue the idea goes to")
                .contains("Choose a business area from the list, or leave it blank").contains("Enter up to 30 keywords")
                .doesNotContain("<script>x</script>");
        ideas.post("admin", "/ideas/settings/routing-rules", Map.of("name", "Property to Investigations", "position", "0",
                "keywords", "property, seized", "queueUnitId", ideas.area("INVESTIGATIONS"), "active", "yes"));
        UUID property = ideas.submit("staff", "Seized property tracking " + UUID.randomUUID(), Map.of());
        assertThat(jdbc.queryForObject("select routed_because from idea where id = ?", String.class, property))
                .isEqualTo("Rule \"Property to Investigations\": mentions \"property\"");
        assertThat(ideas.page("practitioner", "/ideas/settings")).isEqualTo("HTTP 403");
    }

    @Test
    void theStatisticsShowWhatWasSubmittedApprovedAndDeclinedAndHowFastAndTheCsvMatches() throws Exception {
        String page = ideas.page("board.chair", "/ideas/statistics");
        int submitted = jdbc.queryForObject("select count(*) from idea i join force f on f.id = i.force_id "
                + "where f.code = 'WMP' and status <> 'DRAFT'", Integer.class);
        assertThat(page).contains("Ideas submitted").contains(">" + submitted + "<").contains("% of ideas submitted")
                .contains("Median days to a first response").contains("The cost outweighs the benefit")
                .contains("Force Contact");
        var csv = mvc.perform(get("/ideas/statistics.csv").with(SignedIn.as(people, "board.chair"))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String body = csv.getContentAsString();
        assertThat(body).startsWith("Month,Business area,Submitted,Approved,Declined");
        int total = body.lines().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[line.split(",").length - 3])).sum();
        assertThat(total).isEqualTo(submitted);
        assertThat(ideas.page("staff", "/ideas/statistics")).isEqualTo("HTTP 403");
    }
}
