package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Moderators route, check and answer ideas: every outcome of the lifecycle, as the submitter and staff see it. */
@IronbridgeTest
class IdeaTriageTests {

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
    void aSubmittedIdeaIsRoutedByTheFirstMatchingRuleAndFlaggedForWhatAHumanShouldCheckWithoutBeingChanged() throws Exception {
        // Other tests may change the force's terms; this one needs "corrupt" on the misconduct list.
        jdbc.update("""
                insert into idea_flag_term (id, force_id, kind, term) select gen_random_uuid(), id, 'MISCONDUCT', 'corrupt'
                from force where code = 'WMP' on conflict do nothing
                """);
        jdbc.update("""
                insert into idea_routing_rule (id, force_id, name, position, keywords, queue_unit_id, active, version)
                select gen_random_uuid(), f.id, 'Custody ideas to Investigations', -1, 'custody, detainee', u.id, true, 0
                from force f join organisation_unit u on u.force_id = f.id where f.code = 'WMP' and u.code = 'INVESTIGATIONS'
                """);
        String problem = "PC 4521 told Mr Smith on 07700 900123 about crime 20/123456/25; the custody sergeant is corrupt.";
        UUID id = ideas.submit("staff", "Self check-in kiosks for custody detainee visitors " + UUID.randomUUID(),
                Map.of("problem", problem));

        assertThat(jdbc.queryForObject("select problem from idea where id = ?", String.class, id)).isEqualTo(problem);
        String triage = ideas.page("practitioner", "/ideas/" + id + "/triage");
        assertThat(triage).contains("Investigations").contains("Rule &quot;Custody ideas to Investigations&quot;: mentions &quot;custody&quot;")
                .contains("collar or warrant number").contains("telephone number").contains("crime reference number")
                .contains("person&#39;s name").contains("Possible misconduct or whistleblowing")
                .contains("Refer it to Professional Standards").contains("PC 4521")
                .contains("PC Jordan Ashby");
        assertThat(ideas.page("practitioner", "/ideas/triage")).contains(ideas.reference(id)).contains("Due by");
        assertThat(ideas.page("staff", "/ideas/" + id + "/triage")).isEqualTo("HTTP 403");
    }

    @Test
    void anIdeaGoesThroughTriageAssessmentAndShortlistToAProposedInitiativeLinkedBothWays() throws Exception {
        UUID id = ideas.submit("staff", "Pre-fill missing person reports from care homes " + UUID.randomUUID(), Map.of());
        ideas.decide("practitioner", id, Map.of("outcome", "IN_TRIAGE"));
        String refused = ideas.decide("practitioner", id, Map.of("outcome", "NEEDS_MORE_INFORMATION"))
                .getResponse().getContentAsString();
        assertThat(refused).contains("Write the question the submitter must answer");
        ideas.decide("practitioner", id, Map.of("outcome", "NEEDS_MORE_INFORMATION",
                "answer", "How many reports a month come from care homes?"));
        assertThat(ideas.statusOf(id)).isEqualTo("NEEDS_MORE_INFORMATION");
        assertThat(ideas.page("staff", "/ideas/" + id)).contains("How many reports a month come from care homes?")
                .contains("Change and resubmit");

        ideas.post("staff", "/ideas/" + id, Map.of("title", "Pre-fill missing person reports from care homes",
                "problem", "About 300 reports a month come from care homes, and call handlers re-type every one of them.",
                "proposedChange", "Pre-fill the form.", "expectedBenefit", "Time saved.", "businessAreaId",
                ideas.area("FORCE-CONTACT"), "action", "submit", "version", "" + ideas.version(id), "formToken", ideas.token(id)));
        assertThat(ideas.statusOf(id)).isEqualTo("SUBMITTED");
        ideas.decide("practitioner", id, Map.of("outcome", "UNDER_ASSESSMENT"));
        assertThat(ideas.decide("practitioner", id, Map.of("outcome", "APPROVED", "initiativeType", "PROCESS_CHANGE"))
                .getResponse().getContentAsString()).contains("Choose what happens to the idea next");
        ideas.decide("pmo", id, Map.of("outcome", "SHORTLISTED"));
        ideas.decide("pmo", id, Map.of("outcome", "APPROVED", "initiativeType", "PROCESS_CHANGE"));

        assertThat(ideas.statusOf(id)).isEqualTo("APPROVED");
        Map<String, Object> initiative = jdbc.queryForMap("select id, reference, title, stage from initiative "
                + "where source_module = 'ideas' and source_id = ?", id.toString());
        assertThat(initiative.get("title")).isEqualTo("Pre-fill missing person reports from care homes");
        assertThat(ideas.page("staff", "/ideas/" + id)).contains("It became initiative")
                .contains((String) initiative.get("reference"));
        assertThat(ideas.page("pmo", "/portfolio/initiatives/" + initiative.get("id"))).contains("/ideas/" + id);
        assertThat(jdbc.queryForList("select to_status from idea_status_change where idea_id = ? order by changed_at",
                String.class, id)).containsExactly("SUBMITTED", "IN_TRIAGE", "NEEDS_MORE_INFORMATION", "SUBMITTED",
                "UNDER_ASSESSMENT", "SHORTLISTED", "APPROVED");
        assertThat(jdbc.queryForObject("select first_response_at is not null and decided_at is not null from idea where id = ?",
                Boolean.class, id)).isTrue();
        // The submitter is told of each of the five moves the moderators made, after each commits.
        long deadline = System.currentTimeMillis() + 15_000;
        while (notices(id) < 5 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(notices(id)).isEqualTo(5);
    }

    private int notices(UUID idea) {
        return jdbc.queryForObject("select count(*) from notification n join person p on p.id = n.person_id "
                + "where p.username = 'staff' and n.link = ?", Integer.class, "/ideas/" + idea);
    }

    @Test
    void aDeclineNeedsAReasonFromTheForcesListAndAnExplanationAndStaffSeeBoth() throws Exception {
        UUID id = ideas.submit("staff", "Replace all patrol cars with electric bikes " + UUID.randomUUID(), Map.of());
        String refused = ideas.decide("practitioner", id, Map.of("outcome", "DECLINED",
                "declineReasonId", UUID.randomUUID().toString(), "answer", "x".repeat(4001))).getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("4,000 characters or fewer");
        assertThat(ideas.statusOf(id)).isEqualTo("SUBMITTED");
        String forged = ideas.decide("practitioner", id, Map.of("outcome", "DECLINED",
                "declineReasonId", UUID.randomUUID().toString(), "answer", "No.")).getResponse().getContentAsString();
        assertThat(forged).contains("Choose the reason the idea is declined");
        String reason = jdbc.queryForObject("select r.id::text from idea_decline_reason r join force f on f.id = r.force_id "
                + "where f.code = 'WMP' and r.code = 'NOT_FEASIBLE'", String.class);
        ideas.decide("practitioner", id, Map.of("outcome", "DECLINED", "declineReasonId", reason,
                "answer", "Response cars carry kit and detainees <script>alert(1)</script>"));
        assertThat(ideas.statusOf(id)).isEqualTo("DECLINED");
        assertThat(ideas.page("board.member", "/ideas/" + id)).contains("Declined: Not technically or practically feasible")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(ideas.page("practitioner", "/ideas/" + id + "/triage")).doesNotContain("Save decision");
    }

    @Test
    void aDuplicateIsMergedIntoTheOriginalAndAModeratorCanSeparateItAgain() throws Exception {
        UUID original = ideas.submit("sro", "Text back 101 callers who abandon the queue " + UUID.randomUUID(), Map.of());
        UUID duplicate = ideas.submit("staff", "Call back people who hang up on 101 " + UUID.randomUUID(), Map.of());
        ideas.decide("practitioner", duplicate, Map.of("outcome", "IN_TRIAGE"));
        assertThat(ideas.decide("practitioner", duplicate, Map.of("outcome", "DUPLICATE", "originalReference", "IDEA-1999-9999"))
                .getResponse().getContentAsString()).contains("There is no submitted idea IDEA-1999-9999 in your force");
        assertThat(ideas.decide("practitioner", duplicate, Map.of("outcome", "DUPLICATE",
                "originalReference", ideas.reference(duplicate))).getResponse().getContentAsString())
                .contains("cannot be a duplicate of itself");
        ideas.decide("practitioner", duplicate, Map.of("outcome", "DUPLICATE",
                "originalReference", ideas.reference(original).toLowerCase()));

        assertThat(ideas.statusOf(duplicate)).isEqualTo("DUPLICATE");
        assertThat(ideas.page("staff", "/ideas/" + duplicate)).contains("A duplicate of").contains(ideas.reference(original));
        assertThat(ideas.page("staff", "/ideas/" + original)).contains("One similar idea has been merged into this one.");
        assertThat(ideas.page("practitioner", "/ideas/" + original + "/triage")).contains("Merged into this idea")
                .contains(ideas.reference(duplicate));

        ideas.post("pmo", "/ideas/" + duplicate + "/separation", Map.of("version", "" + ideas.version(duplicate)));
        assertThat(ideas.statusOf(duplicate)).isEqualTo("IN_TRIAGE");
        assertThat(jdbc.queryForObject("select duplicate_of_id from idea where id = ?", UUID.class, duplicate)).isNull();
        assertThat(ideas.page("staff", "/ideas/" + original)).doesNotContain("merged into this one");
    }

    @Test
    void whenTwoModeratorsActAtOnceTheSecondIsToldWhoActedAndNothingOfTheirsIsSaved() throws Exception {
        UUID id = ideas.submit("staff", "Shared partner calendar for neighbourhood rotas " + UUID.randomUUID(), Map.of());
        String opened = "" + ideas.version(id);
        String reason = jdbc.queryForObject("select r.id::text from idea_decline_reason r join force f on f.id = r.force_id "
                + "where f.code = 'WMP' and r.code = 'NOT_A_PRIORITY'", String.class);
        ideas.decide("practitioner", id, Map.of("outcome", "DECLINED", "declineReasonId", reason, "answer",
                "Not this year.", "version", opened));
        String second = ideas.decide("pmo", id, Map.of("outcome", "UNDER_ASSESSMENT", "version", opened))
                .getResponse().getContentAsString();
        assertThat(second).contains("Someone else acted on this idea").contains("Morgan Okafor")
                .contains("Status: from Submitted to Declined");
        assertThat(ideas.statusOf(id)).isEqualTo("DECLINED");
    }

    @Test
    void alreadyBeingDoneLinksTheInitiativeAndImplementedLocallyNeedsToSayWhatWasDone() throws Exception {
        UUID covered = ideas.submit("staff", "Robot to upload witness statements " + UUID.randomUUID(), Map.of());
        String mg11 = jdbc.queryForObject("select reference from initiative where title = 'RPA: MG11 statement upload'", String.class);
        assertThat(ideas.decide("practitioner", covered, Map.of("outcome", "ALREADY_BEING_DONE", "initiativeReference", "CHG-0000-000"))
                .getResponse().getContentAsString()).contains("There is no initiative CHG-0000-000");
        ideas.decide("practitioner", covered, Map.of("outcome", "ALREADY_BEING_DONE", "initiativeReference", mg11));
        assertThat(ideas.statusOf(covered)).isEqualTo("ALREADY_BEING_DONE");
        assertThat(ideas.page("staff", "/ideas/" + covered)).contains("Covered by initiative").contains(mg11);

        UUID local = ideas.submit("staff", "Label the spare radio batteries by charge date " + UUID.randomUUID(), Map.of());
        assertThat(ideas.decide("pmo", local, Map.of("outcome", "IMPLEMENTED_LOCALLY")).getResponse().getContentAsString())
                .contains("Say what was put into practice, and where");
        ideas.decide("pmo", local, Map.of("outcome", "IMPLEMENTED_LOCALLY", "answer", "Walsall's patrol base now does this."));
        assertThat(ideas.statusOf(local)).isEqualTo("IMPLEMENTED_LOCALLY");
    }

    @Test
    void reroutingNeedsAQueueAndAReasonAndIsRecordedAsTheRouteTaken() throws Exception {
        UUID id = ideas.submit("staff", "Digital property receipts " + UUID.randomUUID(), Map.of());
        String refused = ideas.post("practitioner", "/ideas/" + id + "/routing", Map.of("version", "" + ideas.version(id),
                "queue", "'; drop table idea; --", "why", "")).getResponse().getContentAsString();
        assertThat(refused).contains("Choose the business area whose queue it should go to").contains("Say why it is re-routed");
        ideas.post("practitioner", "/ideas/" + id + "/routing", Map.of("version", "" + ideas.version(id),
                "queue", ideas.area("INVESTIGATIONS"), "why", "Property is run by Investigations"));
        assertThat(jdbc.queryForObject("select routed_because from idea where id = ?", String.class, id))
                .isEqualTo("Re-routed by Morgan Okafor: Property is run by Investigations");
        assertThat(ideas.page("practitioner", "/ideas/triage?queue=" + ideas.area("INVESTIGATIONS"))).contains(ideas.reference(id));
    }

    @Test
    void internalNotesAreForModeratorsOnlyAndAreKeptAsPlainText() throws Exception {
        UUID id = ideas.submit("staff", "Bodycam docking in every base " + UUID.randomUUID(), Map.of());
        assertThat(ideas.post("practitioner", "/ideas/" + id + "/notes", Map.of("note", "  ")).getResponse()
                .getContentAsString()).contains("Write the note");
        ideas.post("practitioner", "/ideas/" + id + "/notes", Map.of("note", "Estates say <b>two</b> bases have no power."));
        assertThat(ideas.page("pmo", "/ideas/" + id + "/triage")).contains("Estates say &lt;b&gt;two&lt;/b&gt; bases");
        assertThat(ideas.page("staff", "/ideas/" + id)).doesNotContain("Estates say");
        assertThat(ideas.post("staff", "/ideas/" + id + "/notes", Map.of("note", "mine")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aModeratorReadingAnOfficialSensitiveIdeaIsLoggedAsAConsultationAndStaffWithoutTheVettingNoLongerSeeIt() throws Exception {
        UUID id = ideas.submit("pm", "Covert vehicle pool booking " + UUID.randomUUID(), Map.of());
        ideas.post("practitioner", "/ideas/" + id + "/classification", Map.of("version", "" + ideas.version(id),
                "classification", "OFFICIAL_SENSITIVE"));
        int before = consultations(id);
        ideas.page("pmo", "/ideas/" + id + "/triage");
        ideas.page("pmo", "/ideas/" + id);
        assertThat(consultations(id)).isEqualTo(before + 2);
        assertThat(ideas.page("staff", "/ideas/" + id)).isEqualTo("HTTP 404");
        assertThat(ideas.page("staff", "/ideas?q=covert+vehicle+pool")).doesNotContain(ideas.reference(id));
        assertThat(ideas.page("practitioner", "/ideas?q=covert+vehicle+pool")).contains(ideas.reference(id));
        assertThat(ideas.page("pm", "/ideas/" + id)).contains("Covert vehicle pool booking");
    }

    @Test
    void anIdeaWithoutAFirstResponseWithinTenWorkingDaysIsOverdueInTheQueue() throws Exception {
        UUID id = ideas.submit("staff", "Overdue idea about shift swaps " + UUID.randomUUID(), Map.of());
        jdbc.update("update idea set submitted_at = now() - interval '30 days' where id = ?", id);
        String queue = ideas.page("practitioner", "/ideas/triage");
        assertThat(queue).contains("overdue").contains("Overdue since");
        ideas.decide("practitioner", id, Map.of("outcome", "IN_TRIAGE"));
        assertThat(jdbc.queryForObject("select first_response_at is not null from idea where id = ?", Boolean.class, id)).isTrue();
    }

    private int consultations(UUID id) {
        return jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ? "
                + "and operation = 'CONSULTATION'", Integer.class, id.toString());
    }
}
