package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Equality analyses: live and versioned, signed off only by the initiative's SRO and only when complete,
 * back to full analysis after any change, with the staff associations' feedback on record.
 */
@IronbridgeTest
class EqualityAnalysisTests {

    private static final List<String> CHARACTERISTICS = List.of("AGE", "DISABILITY", "GENDER_REASSIGNMENT",
            "MARRIAGE_AND_CIVIL_PARTNERSHIP", "PREGNANCY_AND_MATERNITY", "RACE", "RELIGION_OR_BELIEF", "SEX",
            "SEXUAL_ORIENTATION");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;

    @Test
    void aScreeningThenAFullAnalysisAreVersionsOneAndTwoAndTheScreeningCanStillBeRead() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, screening())).andExpect(status().isFound());
        mvc.perform(save("pm", id, complete("1"))).andExpect(status().isFound());

        assertThat(jdbc.queryForList("select status from equality_analysis where initiative_id = ? order by version",
                String.class, id)).containsExactly("SCREENING", "FULL_ANALYSIS");
        String earlier = page("board.member", id, "?version=1");
        assertThat(earlier).contains("You are looking at version 1, an earlier version. The latest is version 2.")
                .contains("Screening").contains("Not yet answered.");
        assertThat(page("board.member", id, "")).contains("Callers with a stammer are routed to a person")
                .contains("Full analysis").contains("Only the initiative&#39;s Senior Responsible Owner, Ch Supt Alex "
                        + "Hargreaves, can sign off");
        assertThat(portfolio.equalityAnalysis(id)).get().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.status()).isEqualTo(EqualityStatus.FULL_ANALYSIS);
            assertThat(summary.negativeImpacts()).isEqualTo(1);
            assertThat(summary.unknownImpacts()).isZero();
            assertThat(summary.signedOff()).isFalse();
        });
    }

    @Test
    void aFullAnalysisNeedsTheThreeAimsEvidenceForEachRatingAndAMitigationForEachHarm() throws Exception {
        UUID id = initiative();
        Map<String, String> fields = complete("0");
        fields.put("advanceEquality", " ");
        fields.put("mitigation[DISABILITY]", "");
        fields.put("evidence[RACE]", "");
        String form = mvc.perform(save("pm", id, fields)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("There is a problem")
                .contains("Explain how the initiative has due regard to the aim to advance equality of opportunity")
                .contains("Say how the negative impact on disability will be mitigated")
                .contains("Give the evidence for the neutral impact on race").contains("href=\"#race-evidence\"")
                .contains("id=\"race-evidence\"");
        assertThat(versions(id)).isZero();
    }

    @Test
    void hostileAndMalformedInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        UUID id = initiative();
        Map<String, String> fields = complete("0");
        fields.put("status", "SIGNED_OFF");
        fields.put("eliminateDiscrimination", "x".repeat(10_000));
        fields.put("evidence[AGE]", "<script>alert('age')</script>");
        fields.put("rating[SEX]", "EVIL");
        fields.put("rating[NOT_A_CHARACTERISTIC]", "NEGATIVE");
        fields.put("mitigation[RACE]", "m".repeat(2001));
        fields.put("basedOn", "-1 or 1=1");
        String form = mvc.perform(save("practitioner", id, fields)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("There is a problem").contains("Error: Edit the equality analysis")
                .contains("Select screening or full analysis")
                .contains("must be 4000 characters or fewer").contains("Select the impact on sex")
                .contains("Mitigation for race must be 2000 characters or fewer")
                .contains("&lt;script&gt;alert(&#39;age&#39;)&lt;/script&gt;").doesNotContain("<script>alert('age')");
        assertThat(versions(id)).isZero();
    }

    @Test
    void onlyTheInitiativesSroMaySignOff() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, complete("0"))).andExpect(status().isFound());
        for (String someoneElse : List.of("pmo", "pm", "practitioner", "board.chair")) {
            String page = mvc.perform(signOff(someoneElse, id, "1", inAYear())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("There is a problem").contains("Only the initiative&#39;s Senior Responsible "
                    + "Owner, Ch Supt Alex Hargreaves, can sign off its equality analysis").contains("href=\"#sign-off\"");
        }
        assertThat(versions(id)).isEqualTo(1);
        mvc.perform(signOff("staff", id, "1", inAYear())).andExpect(status().isForbidden());
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void anSroWhoseRolesAreNotInitiativeWorkStillSignsOffTheirOwnInitiative() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, complete("0"))).andExpect(status().isFound());
        jdbc.update("update initiative set sro_id = (select id from person where username = 'iao') where id = ?", id);
        String page = mvc.perform(get("/portfolio/initiatives/" + id + "/equality-analysis").with(SignedIn.as(people, "iao")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/equality-analysis/sign-off");
        mvc.perform(signOff("iao", id, "1", inAYear())).andExpect(status().isFound());
        assertThat(versions(id)).isEqualTo(2);
    }

    @Test
    void signOffIsRefusedWhileACharacteristicIsUnknownOrTheAnalysisIsAtScreening() throws Exception {
        UUID id = initiative();
        Map<String, String> fields = complete("0");
        fields.put("rating[AGE]", "UNKNOWN");
        fields.put("rating[RELIGION_OR_BELIEF]", "UNKNOWN");
        mvc.perform(save("pm", id, fields)).andExpect(status().isFound());
        String page = mvc.perform(signOff("sro", id, "1", inAYear())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sign-off needs every protected characteristic assessed. Still unknown: age, "
                + "religion or belief").contains("href=\"#impact-age\"").contains("id=\"impact-age\"");

        UUID screened = initiative();
        mvc.perform(save("pm", screened, screening())).andExpect(status().isFound());
        assertThat(mvc.perform(signOff("sro", screened, "1", inAYear())).andReturn().getResponse().getContentAsString())
                .contains("The analysis is still at screening");
        assertThat(versions(id)).isEqualTo(1);
        assertThat(versions(screened)).isEqualTo(1);
    }

    @Test
    void signOffNeedsAReviewDateThatIsRealAndInTheFuture() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, complete("0"))).andExpect(status().isFound());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> expected = Map.of(
                "", "Enter the date the analysis is due for review",
                "31 2 2027", "Review date must be a real date",
                "x y z", "Review date must be a real date",
                date(today), "Review date must be in the future",
                date(today.minusDays(1)), "Review date must be in the future",
                date(today.plusYears(4)), "Review date must be within 3 years");
        for (Map.Entry<String, String> attempt : expected.entrySet()) {
            String page = mvc.perform(signOff("sro", id, "1", attempt.getKey())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(attempt.getKey()).contains(attempt.getValue()).contains("href=\"#reviewDue\"");
        }
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void theSroSignsOffAndAChangeAfterwardsStartsANewVersionInFullAnalysis() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, complete("0"))).andExpect(status().isFound());
        mvc.perform(signOff("sro", id, "1", inAYear())).andExpect(status().isFound());

        assertThat(portfolio.equalityAnalysis(id)).get().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.signedOff()).isTrue();
            assertThat(summary.reviewDue()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusYears(1));
        });
        assertThat(page("auditor", id, "")).contains("Signed off").contains("By Ch Supt Alex Hargreaves")
                .doesNotContain("Overdue");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'EqualityAnalysis' and "
                + "record_id = ? and actor = 'sro' and summary like 'Signed off the equality analysis%'", Integer.class,
                id.toString())).isEqualTo(1);

        mvc.perform(save("pm", id, complete("2"))).andExpect(status().isFound());
        assertThat(versions(id)).as("saved unchanged: still signed off").isEqualTo(2);

        Map<String, String> changed = complete("2");
        changed.put("evidence[SEX]", "New evidence from the pilot");
        mvc.perform(save("pm", id, changed)).andExpect(status().isFound());
        assertThat(portfolio.equalityAnalysis(id)).get().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(3);
            assertThat(summary.status()).isEqualTo(EqualityStatus.FULL_ANALYSIS);
            assertThat(summary.reviewDue()).isNull();
        });
        assertThat(jdbc.queryForObject("select summary from audit_event where record_type = 'EqualityAnalysis' and "
                + "record_id = ? order by seq desc limit 1", String.class, id.toString()))
                .contains("the sign-off of version 2 no longer applies");
    }

    @Test
    void aStaleSaveOrSignOffIsRefusedShowingWhatChangedAndNothingIsSaved() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pm", id, complete("0"))).andExpect(status().isFound());
        Map<String, String> theirs = complete("1");
        theirs.put("evidence[AGE]", "Evidence added by the practitioner");
        mvc.perform(save("practitioner", id, theirs)).andExpect(status().isFound());

        String form = mvc.perform(save("pm", id, complete("1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Someone else saved a new version of this equality analysis while you were editing")
                .contains("practitioner changed this equality analysis").contains("Evidence added by the practitioner");
        String page = mvc.perform(signOff("sro", id, "1", inAYear())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Nothing has been signed off").contains("Evidence added by the practitioner");
        assertThat(versions(id)).isEqualTo(2);
        assertThat(portfolio.equalityAnalysis(id)).get().extracting(EqualityAnalysisSummary::signedOff).isEqualTo(false);
    }

    @Test
    void staffAssociationFeedbackIsRecordedAuditedAndCountedAndBadFeedbackIsRefused() throws Exception {
        UUID id = initiative();
        String before = mvc.perform(feedback("pm", id, Map.of())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(before).contains("Save the equality analysis before recording feedback on it");
        mvc.perform(save("pm", id, screening())).andExpect(status().isFound());

        String refused = mvc.perform(feedback("pm", id, Map.of("association", "a".repeat(151), "receivedDay", "1",
                        "receivedMonth", "1", "receivedYear", String.valueOf(LocalDate.now().getYear() + 1),
                        "feedback", "<b>bold</b>")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Staff association must be 150 characters or fewer")
                .contains("Date received must be today or in the past").contains("&lt;b&gt;bold&lt;/b&gt;");
        assertThat(mvc.perform(feedback("pm", id, Map.of("association", "", "receivedDay", "", "receivedMonth", "",
                        "receivedYear", "", "feedback", ""))).andReturn().getResponse().getContentAsString())
                .contains("Enter the name of the staff association").contains("Enter the date the feedback was received")
                .contains("Enter what the staff association said");
        assertThat(feedbackCount(id)).isZero();

        mvc.perform(feedback("pm", id, Map.of("association", "Disabled Police Association", "receivedDay", "3",
                "receivedMonth", "3", "receivedYear", "2025", "feedback", "Test with members who use screen readers")))
                .andExpect(status().isFound());
        assertThat(feedbackCount(id)).isEqualTo(1);
        assertThat(portfolio.equalityAnalysis(id)).get().extracting(EqualityAnalysisSummary::staffAssociationResponses)
                .isEqualTo(1);
        assertThat(page("auditor", id, "")).contains("Disabled Police Association").contains("3 Mar 2025");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'EqualityAnalysis' and "
                + "record_id = ? and summary like 'Recorded feedback from the Disabled Police Association%'",
                Integer.class, id.toString())).isEqualTo(1);
    }

    @Test
    void anotherForcesInitiativeIsNotFound() throws Exception {
        UUID theirs = TestInitiatives.ofAnotherForce(jdbc);
        mvc.perform(get("/portfolio/initiatives/" + theirs + "/equality-analysis").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isNotFound());
        mvc.perform(save("pmo", theirs, complete("0"))).andExpect(status().isNotFound());
        mvc.perform(signOff("sro", theirs, "0", inAYear())).andExpect(status().isNotFound());
        mvc.perform(feedback("pmo", theirs, Map.of())).andExpect(status().isNotFound());
        assertThat(versions(theirs)).isZero();
    }

    @Test
    void theDemoShowsAnOverdueReviewAndACommissionedInitiativeWithoutSignOff() throws Exception {
        UUID dpn = demo("Digital Pocket Notebook");
        assertThat(page("board.member", dpn, "")).contains("Overdue").contains("Signed off");
        assertThat(portfolio.equalityAnalysis(demo("Andi-Esra%"))).get().satisfies(summary -> {
            assertThat(summary.signedOff()).isTrue();
            assertThat(summary.reviewDue()).isAfter(LocalDate.now(ZoneOffset.UTC));
            assertThat(summary.staffAssociationResponses()).isGreaterThanOrEqualTo(3);
        });
        UUID windows = demo("Windows 11%");
        assertThat(portfolio.find(windows)).get().extracting(InitiativeSummary::stage).isEqualTo(Stage.DELIVERY);
        assertThat(portfolio.equalityAnalysis(windows)).get().satisfies(summary -> {
            assertThat(summary.signedOff()).isFalse();
            assertThat(summary.unknownImpacts()).isEqualTo(1);
        });
        assertThat(mvc.perform(get("/portfolio/initiatives/" + windows).with(SignedIn.as(people, "auditor")))
                .andReturn().getResponse().getContentAsString()).contains("Full analysis (version 2)");
    }

    private UUID initiative() throws Exception {
        return TestInitiatives.propose(mvc, people, jdbc, "Equality test " + UUID.randomUUID());
    }

    private UUID demo(String title) {
        return jdbc.queryForObject("select id from initiative where title like ?", UUID.class, title);
    }

    private int versions(UUID id) {
        return jdbc.queryForObject("select count(*) from equality_analysis where initiative_id = ?", Integer.class, id);
    }

    private int feedbackCount(UUID id) {
        return jdbc.queryForObject("select count(*) from staff_association_feedback where initiative_id = ?",
                Integer.class, id);
    }

    private String page(String who, UUID id, String query) throws Exception {
        return mvc.perform(get("/portfolio/initiatives/" + id + "/equality-analysis" + query).with(SignedIn.as(people, who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String inAYear() {
        return date(LocalDate.now(ZoneOffset.UTC).plusYears(1));
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
    }

    /** A screening: every characteristic unknown, the aims left for later. */
    private static Map<String, String> screening() {
        Map<String, String> fields = new HashMap<>(Map.of("basedOn", "0", "status", "SCREENING"));
        CHARACTERISTICS.forEach(characteristic -> fields.put("rating[" + characteristic + "]", "UNKNOWN"));
        return fields;
    }

    /** A full analysis ready for sign-off: the aims answered, one harm mitigated, every rating evidenced. */
    private static Map<String, String> complete(String basedOn) {
        Map<String, String> fields = new HashMap<>(Map.of("basedOn", basedOn, "status", "FULL_ANALYSIS",
                "eliminateDiscrimination", "Every caller can reach a person",
                "advanceEquality", "Shorter waits for everyone",
                "fosterGoodRelations", "Staff associations consulted"));
        CHARACTERISTICS.forEach(characteristic -> {
            fields.put("rating[" + characteristic + "]", "NEUTRAL");
            fields.put("evidence[" + characteristic + "]", "No different effect found in testing");
        });
        fields.put("rating[DISABILITY]", "NEGATIVE");
        fields.put("mitigation[DISABILITY]", "Callers with a stammer are routed to a person");
        return fields;
    }

    private MockHttpServletRequestBuilder save(String who, UUID id, Map<String, String> fields) {
        return form(post("/portfolio/initiatives/" + id + "/equality-analysis"), who, fields);
    }

    private MockHttpServletRequestBuilder signOff(String who, UUID id, String version, String reviewDue) {
        String[] parts = (reviewDue + "  ").split(" ", -1);
        return form(post("/portfolio/initiatives/" + id + "/equality-analysis/sign-off"), who, Map.of("version", version,
                "reviewDueDay", parts[0], "reviewDueMonth", parts.length > 1 ? parts[1] : "",
                "reviewDueYear", parts.length > 2 ? parts[2] : ""));
    }

    private MockHttpServletRequestBuilder feedback(String who, UUID id, Map<String, String> fields) {
        return form(post("/portfolio/initiatives/" + id + "/equality-analysis/feedback"), who, fields);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String who,
                                               Map<String, String> fields) {
        request = request.with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }
}
