package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.assurance.internal.MonitoringThresholdBreached;
import org.ironbridge.assurance.internal.ReviewReminders;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pre-deployment validation, the monitoring plan and its reviews, the reminders owners get, and decommissioning:
 * pass or fail and breaches are computed, never typed; hostile input is refused and kept; nothing half-saved.
 */
@IronbridgeTest
@RecordApplicationEvents
class ValidationAndMonitoringTests {

    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewReminders reminders;
    @Autowired
    ApplicationEvents events;

    TestAiSystems systems;
    LocalDate today;

    @BeforeEach
    void setUp() {
        systems = new TestAiSystems(jdbc);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void aValidationFailsWhenOneGroupResultIsOutsideItsThresholdAndPassesWhenEveryResultIsWithin() throws Exception {
        UUID system = systems.system("UNDER_ASSESSMENT", "INFORMS", "sro", "Withdraw if accuracy falls.");
        MockHttpServletResponse failed = send("practitioner", validation(system, "86.0")
                .param("passed", "true")); // not a field: pass or fail is computed
        assertThat(failed.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForList("select passed from ai_validation where system_id = ?", Boolean.class, system))
                .containsExactly(false);
        assertThat(jdbc.queryForList("select within from ai_validation_result r join ai_validation v on v.id = r.validation_id "
                + "where v.system_id = ? order by position", Boolean.class, system)).containsExactly(true, true, true, false);
        // A comma in a measure's name is part of the name, never a second row.
        assertThat(jdbc.queryForObject("select measure from ai_validation_result r join ai_validation v on v.id = r.validation_id "
                + "where v.system_id = ? and position = 0", String.class, system)).isEqualTo("Calls categorised, first time");

        send("practitioner", validation(system, "91.0"));
        String page = page("ethics", "/assurance/systems/" + system + "/validation");
        assertThat(page).contains("Latest validation: " + day(today)).contains("Passed on " + day(today)
                + ": 1 of 1 accuracy measure and 3 of 3 group results within thresholds set by the Ethics Panel")
                .contains("Failed on " + day(today) + ": 1 of 1 accuracy measure and 2 of 3 group results");
        assertThat(page.indexOf("Passed on")).isLessThan(page.indexOf("Failed on"));
        assertThat(page("ethics", "/assurance/systems/" + system)).contains("Pre-deployment validation")
                .contains("Passed on " + day(today));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'AI validation' and summary like ?",
                Integer.class, "Recorded a validation of AI system T-%")).isPositive();
        assertThat(mvc.perform(validation(system, "91.0").with(SignedIn.as(people, "ethics")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aValidationWithHostileOrMalformedInputIsRefusedWithItsInputKeptAndNothingSaved() throws Exception {
        UUID system = systems.system("UNDER_ASSESSMENT", "INFORMS", "sro", null);
        String refused = send("practitioner", post("/assurance/systems/" + system + "/validation")
                .param("testData", SCRIPT + " data")
                .param("validatedBy", UUID.randomUUID().toString())
                .param("validatedOnDay", "31").param("validatedOnMonth", "2").param("validatedOnYear", "2024")
                .param("thresholdsSetBy", "ROOT")
                .param("thresholdsReference", "x".repeat(10_000))
                .param("accuracyName", "'; drop table ai_validation; --", "")
                .param("accuracyValue", "ninety", "")
                .param("accuracyDirection", "SIDEWAYS", "")
                .param("accuracyThreshold", "90", "")
                .param("accuracyUnit", "%", "")).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select the person who validated the system")
                .contains("Date validated must be a real date").contains("Select who set the thresholds")
                .contains("Meeting or decision reference must be 300 characters or fewer")
                .contains("Accuracy measure 1: value must be a number").contains("Accuracy measure 1: select whether")
                .contains("Enter at least one fairness result by group")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; data").doesNotContain(SCRIPT)
                .contains("&#39;; drop table ai_validation; --").contains("value=\"ninety\"");
        assertThat(jdbc.queryForObject("select count(*) from ai_validation where system_id = ?", Integer.class, system)).isZero();

        String more = send("practitioner", post("/assurance/systems/" + system + "/validation").param("action", "more")
                .param("testData", "Kept").param("accuracyName", "Kept measure", "", "", "")).getContentAsString();
        assertThat(more).doesNotContain("There is a problem").contains("Kept measure").contains("Accuracy measure 7")
                .doesNotContain("Accuracy measure 8").contains("Group result 6");
        assertThat(jdbc.queryForObject("select count(*) from ai_validation where system_id = ?", Integer.class, system)).isZero();
    }

    @Test
    void aPlanSetsTheNextReviewAndEachReviewMovesItOnWhileStaleEditsAreRefused() throws Exception {
        UUID system = systems.system("LIVE", "INFORMS", "sro", "Withdraw if misrouting stays high.");
        LocalDate first = today.minusDays(3);
        String refused = send("pmo", plan(system, first, null, "WEEKLY", "not-an-id", "two")).getContentAsString();
        assertThat(refused).contains("Select how often the system is reviewed").contains("Select the person who owns the reviews")
                .contains("Metric 1: threshold must be a number");
        assertThat(jdbc.queryForObject("select count(*) from ai_monitoring_plan where system_id = ?", Integer.class, system)).isZero();

        assertThat(send("pmo", plan(system, first, null, "MONTHLY", systems.person("sro").toString(), "2")).getStatus())
                .isEqualTo(302);
        assertThat(nextDue(system)).isEqualTo(first);
        assertThat(page("sro", "/assurance/reviews")).contains("Overdue by 3 days");
        assertThat(page("sro", "/assurance/systems/" + system + "/monitoring")).contains("Calls misrouted")
                .contains("at most 2%").contains("Overdue by 3 days");

        String noOutcome = send("pmo", review(system, "1.5", null, SCRIPT, 0)).getContentAsString();
        assertThat(noOutcome).contains("Select the outcome of the review").contains("&lt;script&gt;");
        String forged = send("pmo", post("/assurance/systems/" + system + "/monitoring/reviews")
                .param("reviewedOnDay", "31").param("reviewedOnMonth", "2").param("reviewedOnYear", "2025")
                .param("observed", "1.5'; drop table ai_monitoring_review; --").param("outcome", "DELETE_ALL")
                .param("notes", "x".repeat(10_000)).param("version", "not a number")).getContentAsString();
        assertThat(forged).contains("There is a problem").contains("Date of the review must be a real date")
                .contains("Calls misrouted must be a number").contains("Select the outcome of the review")
                .contains("Notes must be 4000 characters or fewer").contains("value=\"1.5&#39;; drop table");
        LocalDate tomorrow = today.plusDays(1);
        assertThat(send("pmo", post("/assurance/systems/" + system + "/monitoring/reviews")
                .param("reviewedOnDay", "" + tomorrow.getDayOfMonth()).param("reviewedOnMonth", "" + tomorrow.getMonthValue())
                .param("reviewedOnYear", "" + tomorrow.getYear()).param("observed", "1").param("outcome", "CONTINUE")
                .param("version", "0")).getContentAsString()).contains("Date of the review must be today or in the past");
        assertThat(jdbc.queryForObject("select count(*) from ai_monitoring_review where system_id = ?", Integer.class, system))
                .isZero();
        assertThat(send("pmo", review(system, "1.5", "CONTINUE", null, 0)).getStatus()).isEqualTo(302);
        assertThat(nextDue(system)).isEqualTo(first.plusMonths(1));
        assertThat(systems.status(system)).isEqualTo("LIVE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'AI monitoring review' "
                + "and summary like ?", Integer.class, "%held " + day(today) + ": Continue%")).isPositive();

        // The same form sent again (version 0) is stale: the plan moved on with the first review.
        String stale = send("pmo", review(system, "1.5", "CONTINUE", null, 0)).getContentAsString();
        assertThat(stale).contains("Someone else recorded a review");
        assertThat(jdbc.queryForObject("select count(*) from ai_monitoring_review where system_id = ?", Integer.class, system))
                .isEqualTo(1);
        String stalePlan = send("pmo", plan(system, first, 0, "MONTHLY", systems.person("sro").toString(), "3"))
                .getContentAsString();
        assertThat(stalePlan).contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select threshold from ai_monitoring_metric where system_id = ?", Integer.class, system))
                .isEqualTo(2);
    }

    @Test
    void aPlanWithHostileOrMalformedInputIsRefusedWithItsInputKeptAndNothingSaved() throws Exception {
        UUID system = systems.system("LIVE", "INFORMS", "sro", null);
        String refused = send("pmo", post("/assurance/systems/" + system + "/monitoring/plan")
                .param("frequency", "'; drop table ai_monitoring_plan; --").param("ownerId", UUID.randomUUID().toString())
                .param("firstReviewDay", "31").param("firstReviewMonth", "2").param("firstReviewYear", "2024")
                .param("metricName", SCRIPT, "m".repeat(10_000)).param("metricDirection", "SIDEWAYS", "AT_MOST")
                .param("metricThreshold", "two", "1").param("metricUnit", "%", "%")
                .param("version", "not a number")).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select how often the system is reviewed")
                .contains("Select the person who owns the reviews").contains("First review date must be a real date")
                .contains("Metric 1: select whether the value must be at least or at most the threshold")
                .contains("Metric 1: threshold must be a number").contains("must be 200 characters or fewer")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(SCRIPT).contains("value=\"two\"");
        assertThat(send("pmo", post("/assurance/systems/" + system + "/monitoring/plan").param("frequency", "MONTHLY")
                .param("ownerId", systems.person("sro").toString()).param("firstReviewDay", "first")
                .param("firstReviewMonth", "May").param("firstReviewYear", "1999")).getContentAsString())
                .contains("There is a problem").contains("First review date must be a real date")
                .contains("Enter at least one metric and its threshold");
        assertThat(send("ethics", plan(system, today, null, "MONTHLY", systems.person("sro").toString(), "2")).getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from ai_monitoring_plan where system_id = ?", Integer.class, system))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ai_monitoring_metric where system_id = ?", Integer.class, system))
                .isZero();
    }

    @Test
    void aBreachedThresholdPutsTheSystemUnderReviewAndAnnouncesItForTheEthicsPanel() throws Exception {
        UUID system = systems.system("LIVE", "INFORMS", "sro", "Withdraw if misrouting stays high.");
        systems.plan(system, "sro", today);
        String refused = send("practitioner", review(system, "2.6", "CONTINUE", null, 0)).getContentAsString();
        assertThat(refused).contains("Calls misrouted is beyond its threshold");
        assertThat(systems.status(system)).isEqualTo("LIVE");

        assertThat(send("practitioner", review(system, "2.6", "CONTINUE_WITH_ACTIONS", "Retrain the intent model.", 0))
                .getStatus()).isEqualTo(302);
        assertThat(systems.status(system)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("select reason from ai_system_status_change where system_id = ? and to_status = 'UNDER_REVIEW'",
                String.class, system)).contains("Calls misrouted 2.6% against a threshold of at most 2%");
        List<MonitoringThresholdBreached> breaches = events.stream(MonitoringThresholdBreached.class)
                .filter(e -> e.systemId().equals(system)).toList();
        assertThat(breaches).singleElement().satisfies(e -> {
            assertThat(e.measure()).isEqualTo("Calls misrouted");
            assertThat(e.observed()).isEqualTo("2.6%");
            assertThat(e.threshold()).isEqualTo("at most 2%");
            assertThat(e.recordedBy()).isEqualTo("practitioner");
            assertThat(e.forceCode()).isEqualTo("WMP");
        });
        assertThat(jdbc.queryForObject("select breached from ai_monitoring_review where system_id = ?", Boolean.class, system))
                .isTrue();
        // The Ethics Panel's listener refers the system back, citing the review, in the same transaction.
        assertThat(jdbc.queryForObject("""
                select question from ethics_referral where kind = 'RE_REFERRAL'
                and monitoring_review_id = (select id from ai_monitoring_review where system_id = ?)
                """, String.class, system)).contains("Calls misrouted at 2.6%, beyond its threshold of at most 2%");
        assertThat(page("sro", "/assurance/systems/" + system + "/monitoring")).contains("Threshold breached");
    }

    @Test
    void theOwnerOfADueReviewIsToldOnceAndTheOwnerOfALaterOneNotYet() {
        // Two years back, so that no demo review or another test's is due on the days this test runs the job for.
        LocalDate day = today.minusYears(2);
        String owner = systems.newPerson();
        UUID due = systems.system("LIVE", "INFORMS", owner, null);
        systems.plan(due, owner, day.plusDays(3));
        UUID later = systems.system("LIVE", "INFORMS", owner, null);
        systems.plan(later, owner, day.plusDays(30));
        UUID retired = systems.system("DECOMMISSIONED", "INFORMS", owner, null);
        systems.plan(retired, owner, day.minusDays(3));

        assertThat(reminders.remind(day)).isEqualTo(1);
        reminders.remind(day);
        reminders.remind(day.plusDays(1));

        assertThat(notices(due)).isEqualTo(1);
        assertThat(notices(later)).isZero();
        assertThat(notices(retired)).isZero();
        assertThat(jdbc.queryForObject("select title from notification where link = ?", String.class,
                "/assurance/systems/" + due + "/monitoring")).startsWith("Monitoring review due: T-");
        assertThat(jdbc.queryForObject("select p.username from notification n join person p on p.id = n.person_id "
                + "where n.link = ?", String.class, "/assurance/systems/" + due + "/monitoring")).isEqualTo(owner);
        assertThat(reminders.remind(day.plusDays(23))).isEqualTo(1);
        assertThat(notices(later)).isEqualTo(1);
        assertThat(notices(due)).isEqualTo(1);
    }

    @Test
    void decommissioningNeedsCriteriaAndABoardDecisionToWithdrawAndKeepsWhatHappenedToTheData() throws Exception {
        UUID undefined = systems.system("LIVE", "INFORMS", "sro", null);
        systems.decision(undefined, "CB-T-1", "STOP", today.minusDays(10));
        assertThat(send("practitioner", decommission(undefined, null, systems.version(undefined))).getContentAsString())
                .contains("The decommissioning criteria were never defined");

        UUID system = systems.system("LIVE", "INFORMS", "sro", "Withdraw if misrouting stays above 2% for three months.");
        assertThat(send("practitioner", decommission(system, null, systems.version(system))).getContentAsString())
                .contains("No board has decided to withdraw the system");
        UUID approval = systems.decision(system, "CB-T-2", "APPROVE", today.minusDays(40));
        UUID stop = systems.decision(system, "CB-T-3", "STOP", today.minusDays(10));
        assertThat(send("practitioner", decommission(system, approval, systems.version(system))).getContentAsString())
                .contains("Select the board decision that withdrew the system");
        assertThat(send("practitioner", decommission(system, UUID.randomUUID(), systems.version(system))
                .param("dataDetail", SCRIPT)).getContentAsString())
                .contains("Select the board decision that withdrew the system").contains("&lt;script&gt;");
        assertThat(send("practitioner", decommission(system, stop, systems.version(system), LocalDate.of(2020, 1, 1)))
                .getContentAsString())
                .contains("must be on or after the board&#39;s decision");
        assertThat(send("practitioner", decommission(system, stop, systems.version(system) - 1)).getContentAsString())
                .contains("Someone else changed this");
        assertThat(systems.status(system)).isEqualTo("LIVE");
        assertThat(jdbc.queryForObject("select count(*) from ai_decommissioning where system_id = ?", Integer.class, system)).isZero();

        assertThat(send("practitioner", decommission(system, stop, systems.version(system))).getStatus()).isEqualTo(302);
        assertThat(systems.status(system)).isEqualTo("DECOMMISSIONED");
        Map<String, Object> record = jdbc.queryForMap("select * from ai_decommissioning where system_id = ?", system);
        assertThat(record).containsEntry("decision_reference", "CB-T-3").containsEntry("data_outcome", "ARCHIVED")
                .containsEntry("data_detail", "Call recordings archived to the force records store for 6 years.");
        assertThat(jdbc.queryForObject("select decision_reference from ai_system_status_change where system_id = ? "
                + "and to_status = 'DECOMMISSIONED'", String.class, system)).isEqualTo("CB-T-3");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'AI decommissioning' "
                + "and record_id = ?", Integer.class, system.toString())).isEqualTo(1);
        assertThat(page("auditor", "/assurance/systems/" + system + "/decommissioning")).contains("CB-T-3")
                .contains("Call recordings archived").doesNotContain("Record the decommissioning");
        assertThat(page("auditor", "/assurance/systems/" + system)).contains("Decommissioned on " + day(today)
                + " by decision CB-T-3; data: archived");
    }

    @Test
    void aDecommissioningWithHostileOrMalformedInputIsRefusedWithItsInputKeptAndNothingSaved() throws Exception {
        UUID system = systems.system("LIVE", "INFORMS", "sro", "Withdraw if misrouting stays above 2%.");
        UUID stop = systems.decision(system, "CB-T-9", "STOP", today.minusDays(10));
        int version = systems.version(system);
        String refused = send("practitioner", post("/assurance/systems/" + system + "/decommissioning")
                .param("decisionId", "'; drop table ai_decommissioning; --").param("day", "31").param("month", "2")
                .param("year", "2024").param("dataOutcome", "SHRED_EVERYTHING")
                .param("dataDetail", SCRIPT + "d".repeat(10_000)).param("version", "" + version)).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select the board decision that withdrew the system")
                .contains("Date decommissioned must be a real date").contains("Select what happened to the system&#39;s data")
                .contains("must be 4000 characters or fewer")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" + "d".repeat(10_000)).doesNotContain(SCRIPT);
        assertThat(send("practitioner", post("/assurance/systems/" + system + "/decommissioning")
                .param("decisionId", stop.toString()).param("day", "first").param("month", "May").param("year", "twenty")
                .param("dataOutcome", "ARCHIVED").param("dataDetail", "Archived.").param("version", "" + version))
                .getContentAsString()).contains("There is a problem").contains("Date decommissioned must be a real date")
                .contains("Archived.");
        assertThat(send("practitioner", post("/assurance/systems/" + system + "/decommissioning")
                .param("decisionId", stop.toString()).param("day", "" + today.getDayOfMonth())
                .param("month", "" + today.getMonthValue()).param("year", "" + today.getYear())
                .param("dataOutcome", "ARCHIVED").param("dataDetail", "Archived.").param("version", "not a number"))
                .getContentAsString()).contains("Someone else changed this");
        assertThat(send("auditor", decommission(system, stop, version)).getStatus()).isEqualTo(403);
        assertThat(systems.status(system)).isEqualTo("LIVE");
        assertThat(systems.version(system)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from ai_decommissioning where system_id = ?", Integer.class, system))
                .isZero();
    }

    private MockHttpServletRequestBuilder validation(UUID system, String olderValue) {
        return post("/assurance/systems/" + system + "/validation")
                .param("testData", "1,200 recorded calls from 2024, anonymised.")
                .param("validatedBy", systems.person("practitioner").toString())
                .param("validatedOnDay", "" + today.getDayOfMonth()).param("validatedOnMonth", "" + today.getMonthValue())
                .param("validatedOnYear", "" + today.getYear())
                .param("thresholdsSetBy", "ETHICS_PANEL").param("thresholdsReference", "Ethics Panel, 2 October")
                .param("accuracyName", "Calls categorised, first time", "").param("accuracyValue", "93.8", "")
                .param("accuracyDirection", "AT_LEAST", "AT_LEAST").param("accuracyThreshold", "90", "")
                .param("accuracyUnit", "%", "")
                .param("groupCharacteristic", "SEX", "SEX", "AGE", "")
                .param("groupGroup", "Female", "Male", "65 and over", "")
                .param("groupName", "Calls categorised", "Calls categorised", "Calls categorised", "")
                .param("groupValue", "94", "93", olderValue, "")
                .param("groupDirection", "AT_LEAST", "AT_LEAST", "AT_LEAST", "")
                .param("groupThreshold", "90", "90", "90", "")
                .param("groupUnit", "%", "%", "%", "");
    }

    private MockHttpServletRequestBuilder plan(UUID system, LocalDate first, Integer version, String frequency, String owner,
                                               String threshold) {
        MockHttpServletRequestBuilder request = post("/assurance/systems/" + system + "/monitoring/plan")
                .param("frequency", frequency).param("ownerId", owner)
                .param("firstReviewDay", "" + first.getDayOfMonth()).param("firstReviewMonth", "" + first.getMonthValue())
                .param("firstReviewYear", "" + first.getYear())
                .param("metricName", "Calls misrouted", "").param("metricDirection", "AT_MOST", "AT_LEAST")
                .param("metricThreshold", threshold, "").param("metricUnit", "%", "");
        return version == null ? request : request.param("version", "" + version);
    }

    private MockHttpServletRequestBuilder review(UUID system, String observed, String outcome, String notes, int version) {
        MockHttpServletRequestBuilder request = post("/assurance/systems/" + system + "/monitoring/reviews")
                .param("reviewedOnDay", "" + today.getDayOfMonth()).param("reviewedOnMonth", "" + today.getMonthValue())
                .param("reviewedOnYear", "" + today.getYear()).param("observed", observed).param("version", "" + version);
        if (outcome != null) {
            request = request.param("outcome", outcome);
        }
        return notes == null ? request : request.param("notes", notes);
    }

    private MockHttpServletRequestBuilder decommission(UUID system, UUID decision, int version) {
        return decommission(system, decision, version, today);
    }

    private MockHttpServletRequestBuilder decommission(UUID system, UUID decision, int version, LocalDate on) {
        MockHttpServletRequestBuilder request = post("/assurance/systems/" + system + "/decommissioning")
                .param("day", "" + on.getDayOfMonth()).param("month", "" + on.getMonthValue())
                .param("year", "" + on.getYear()).param("dataOutcome", "ARCHIVED")
                .param("dataDetail", "Call recordings archived to the force records store for 6 years.")
                .param("version", "" + version);
        return decision == null ? request : request.param("decisionId", decision.toString());
    }

    private MockHttpServletResponse send(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.as(people, username)).with(csrf())).andReturn().getResponse();
    }

    private String page(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(SignedIn.as(people, username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private LocalDate nextDue(UUID system) {
        return jdbc.queryForObject("select next_due_on from ai_monitoring_plan where system_id = ?", LocalDate.class, system);
    }

    private int notices(UUID system) {
        return jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
                "/assurance/systems/" + system + "/monitoring");
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
