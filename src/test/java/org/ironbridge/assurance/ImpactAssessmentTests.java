package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.assurance.internal.AssuranceStep;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Algorithmic Impact Assessment: saved as a draft and audited, refused completion while a section is missing,
 * a stale edit refused with the other person's change shown, hostile input refused with nothing saved, the light
 * assessment for rules-based robots only, and every read logged as a consultation with its justification.
 */
@IronbridgeTest
class ImpactAssessmentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AiSystems systems;
    @Autowired
    List<AssuranceStep> steps;

    AssuranceRequests as;

    @BeforeEach
    void requests() {
        as = new AssuranceRequests(mvc, people, jdbc);
    }

    @Test
    void anAssessmentIsSavedAsADraftAuditedAndShownAfterAJustification() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        String asked = as.get("practitioner", path(system) + "/edit").getRedirectedUrl();
        assertThat(asked).isEqualTo("/assurance/systems/" + system + "/justification?returnTo=%2Fassurance%2Fsystems%2F"
                + system + "%2Fimpact-assessment%2Fedit");
        assertThat(as.page("practitioner", asked)).contains("Why are you reading this material?")
                .contains("value=\"" + path(system) + "/edit\"");
        assertThat(count("select count(*) from impact_assessment where system_id = ?", system)).isZero();

        as.justify("practitioner", system);
        assertThat(as.page("practitioner", path(system) + "/edit")).contains("Start the impact assessment")
                .contains("Which explanations can be given?").contains("Sexual orientation: expected impact")
                .doesNotContain("Take the light assessment");
        MockHttpServletResponse saved = as.post("practitioner", path(system), Map.of(
                "affectedGroups", "Investigators & the victims whose cases are triaged <first>",
                "automationLevel", "RECOMMENDS", "impact-RACE", "UNKNOWN", "fairness-RACE", "Not yet tested by ethnicity.",
                "rating-LAWFUL", "PARTLY_MET", "algo-LAWFUL", "Policy awaited.", "how-RATIONALE", "The score's factors."),
                "explanation", "RATIONALE", "DATA");
        assertThat(saved.getRedirectedUrl()).isEqualTo(path(system));

        Map<String, Object> row = jdbc.queryForMap("select * from impact_assessment where system_id = ?", system);
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("affected_groups")).isEqualTo("Investigators & the victims whose cases are triaged <first>");
        assertThat(row.get("automation_level")).isEqualTo(2);
        assertThat(jdbc.queryForList("select explanation_type || ':' || coalesce(how, '') from impact_assessment_explanation "
                + "where assessment_id = ? order by 1", String.class, row.get("id")))
                .containsExactly("DATA:", "RATIONALE:The score's factors.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Impact assessment' "
                + "and record_id = ? and operation = 'COLLECTION'", Integer.class, row.get("id").toString())).isEqualTo(1);

        String page = as.page("practitioner", path(system));
        assertThat(page).contains("Investigators &amp; the victims whose cases are triaged &lt;first&gt;")
                .contains("2. Recommends").contains("Not yet tested by ethnicity.").contains("Partly met").contains("Draft");
        assertThat(progress(system).complete()).isFalse();
        assertThat(progress(system).detail()).startsWith("Draft: 2 of 7 sections answered");
    }

    @Test
    void completionIsRefusedWhileASectionIsMissingThenAcceptedAndAChangeReturnsItToDraft() throws Exception {
        UUID system = as.system("DECISION_SUPPORT", false);
        as.justify("dpo", system);
        Map<String, String> fields = complete();
        fields.remove("algo-EXPLAINABLE");
        fields.remove("challenge");
        as.post("dpo", path(system), fields, "explanation", "RATIONALE", "RESPONSIBILITY");

        String refused = as.post("dpo", path(system) + "/completion", Map.of("version", "0")).getContentAsString();
        assertThat(refused).contains("There is a problem")
                .contains("Answer how people oversee the system and how a person can challenge an outcome before marking")
                .contains("Rate every ALGO-CARE item and give its evidence before marking")
                .contains("href=\"#section-oversight\"").contains("id=\"section-oversight\"");
        assertThat(status(system)).isEqualTo("DRAFT");

        Map<String, String> all = complete();
        all.put("version", "0");
        as.post("dpo", path(system), all, "explanation", "RATIONALE", "RESPONSIBILITY");
        assertThat(version(system)).isEqualTo(1);
        MockHttpServletResponse done = as.post("dpo", path(system) + "/completion", Map.of("version", "1"));
        assertThat(done.getRedirectedUrl()).isEqualTo(path(system));
        assertThat(status(system)).isEqualTo("COMPLETE");
        assertThat(progress(system).complete()).isTrue();
        assertThat(progress(system).detail()).startsWith("Complete: marked complete on")
                .contains("ALGO-CARE 8 of 8 met").contains("no negative impact expected");

        Map<String, String> changed = complete();
        changed.put("accuracy", "Re-tested on the 2025 sample.");
        changed.put("version", "2");
        as.post("dpo", path(system), changed, "explanation", "RATIONALE", "RESPONSIBILITY");
        assertThat(status(system)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select changes from audit_event where record_type = 'Impact assessment' "
                + "and operation = 'ALTERATION' and summary like '%returning it to draft' order by seq desc limit 1",
                String.class)).contains("Re-tested on the 2025 sample.");
    }

    @Test
    void aStaleEditIsRefusedWithTheOtherPersonsChangeShownAndNothingOverwritten() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        as.justify("practitioner", system);
        as.justify("pmo", system);
        as.post("practitioner", path(system), Map.of("affectedGroups", "First version."));
        as.post("pmo", path(system), Map.of("affectedGroups", "The PMO's version.", "version", "0"));

        MockHttpServletResponse stale = as.post("practitioner", path(system), Map.of("affectedGroups", "My late change.",
                "version", "0"));
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("Someone else changed this while you were editing")
                .contains("pmo changed this impact assessment").contains("The PMO&#39;s version.");
        assertThat(jdbc.queryForObject("select affected_groups from impact_assessment where system_id = ?", String.class,
                system)).isEqualTo("The PMO's version.");
        String staleCompletion = as.post("practitioner", path(system) + "/completion", Map.of("version", "0"))
                .getContentAsString();
        assertThat(staleCompletion).contains("Someone else changed this while you were editing");
        assertThat(status(system)).isEqualTo("DRAFT");
    }

    @Test
    void hostileAndMalformedInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        as.justify("practitioner", system);
        String script = "<script>alert('x')</script>";
        String sql = "'; drop table impact_assessment; --";
        Map<String, String> hostile = new HashMap<>(Map.of("affectedGroups", script, "humanOversight", "x".repeat(10_000),
                "challenge", sql, "automationLevel", "SKYNET", "impact-AGE", "TERRIBLE", "rating-LAWFUL", "NOT_APPLICABLE",
                "how-IMPACT", "Given without its box ticked", "fairness-SEX", "\u0000evidence\u0007", "light", "yes"));
        String page = as.post("practitioner", path(system), hostile, "explanation", "RATIONALE", "FORGED")
                .getContentAsString();
        assertThat(page).contains("There is a problem").contains("Human oversight must be 4000 characters or fewer")
                .contains("Select how automated the system is from the scale")
                .contains("Select the expected impact on age from the list")
                .contains("Select whether Lawful is met, partly met or not met")
                .contains("Select the explanation types from the list")
                .contains("Select impact as an explanation that can be given, or clear how it is given")
                .contains("Only a rules-based robot may take the light assessment")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(script)
                .contains("&#39;; drop table impact_assessment; --");
        assertThat(count("select count(*) from impact_assessment where system_id = ?", system)).isZero();
        assertThat(as.post("staff", path(system), Map.of("affectedGroups", "x")).getStatus()).isEqualTo(403);
        assertThat(as.post("iao", path(system), Map.of("affectedGroups", "x")).getStatus()).isEqualTo(403);
        assertThat(as.get("board.member", path(system) + "/edit").getStatus()).isEqualTo(403);
        assertThat(as.get("practitioner", "/assurance/systems/" + UUID.randomUUID() + "/impact-assessment").getStatus())
                .isEqualTo(404);
        assertThat(count("select count(*) from impact_assessment where system_id = ?", system)).isZero();

        as.post("practitioner", path(system), Map.of("affectedGroups", script + " " + sql));
        assertThat(jdbc.queryForObject("select affected_groups from impact_assessment where system_id = ?", String.class,
                system)).isEqualTo(script + " " + sql);
        assertThat(as.page("practitioner", path(system))).doesNotContain(script);
    }

    @Test
    void completionWithAForgedOrMalformedVersionIsRefusedAndTheAssessmentStaysADraft() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        as.justify("practitioner", system);
        assertThat(as.post("practitioner", path(system) + "/completion", Map.of("version", "0")).getContentAsString())
                .contains("There is a problem").contains("Answer the impact assessment before marking it as complete");
        Map<String, String> all = complete();
        as.post("practitioner", path(system), all, "explanation", "RATIONALE", "RESPONSIBILITY");
        int audited = count("select count(*) from audit_event where record_type = 'Impact assessment' "
                + "and operation = 'ALTERATION' and summary like ?", "%" + system.toString().substring(0, 8) + "%");
        String script = "<script>alert('x')</script>";
        for (String forged : List.of("not a number", script, "'; update impact_assessment set status = 'COMPLETE'; --",
                "-1", "99999999999999999999", "1.0", "")) {
            MockHttpServletResponse refused = as.post("practitioner", path(system) + "/completion", Map.of("version", forged));
            assertThat(refused.getStatus()).as(forged).isEqualTo(200);
            assertThat(refused.getContentAsString()).as(forged).contains("There is a problem")
                    .contains("Someone else changed this while you were editing").doesNotContain(script);
        }
        assertThat(as.post("practitioner", "/assurance/systems/" + UUID.randomUUID() + "/impact-assessment/completion",
                Map.of("version", "0")).getStatus()).isEqualTo(404);
        assertThat(as.post("board.member", path(system) + "/completion", Map.of("version", "0")).getStatus()).isEqualTo(403);
        assertThat(status(system)).isEqualTo("DRAFT");
        assertThat(count("select count(*) from audit_event where record_type = 'Impact assessment' "
                + "and operation = 'ALTERATION' and summary like ?", "%" + system.toString().substring(0, 8) + "%"))
                .isEqualTo(audited);
    }

    @Test
    void aRulesBasedRobotMayTakeTheLightAssessmentWithFewerSections() throws Exception {
        UUID robot = as.system("RPA_WITH_RULES", false);
        as.justify("pmo", robot);
        assertThat(as.page("pmo", path(robot) + "/edit")).contains("Take the light assessment for this rules-based robot");
        as.post("pmo", path(robot), Map.of("light", "yes", "affectedGroups", "Crime Services Team.",
                "automationLevel", "AUTOMATED_WITH_REVIEW", "humanOversight", "Daily queue check.",
                "challenge", "Ask for reallocation.", "accuracy", "Written rules.", "falsePositives", "Wrong unit.",
                "falsePositiveCost", "The receiving unit.", "falseNegatives", "Left unallocated.",
                "falseNegativeCost", "The Crime Services Team."));
        assertThat(as.post("pmo", path(robot) + "/completion", Map.of("version", "0")).getRedirectedUrl())
                .isEqualTo(path(robot));
        assertThat(status(robot)).isEqualTo("COMPLETE");
        assertThat(progress(robot).detail()).startsWith("Light assessment for a rules-based robot, complete");
        assertThat(as.page("pmo", path(robot))).contains("Light assessment").contains("Not needed for the light assessment");
    }

    @Test
    void everyReadIsLoggedAsAConsultationWithItsJustificationAndOnlyPermittedRolesRead() throws Exception {
        UUID andiEsra = jdbc.queryForObject("select s.id from ai_system s join force f on f.id = s.force_id "
                + "where f.code = 'WMP' and s.name = 'Andi-Esra'", UUID.class);
        UUID assessment = jdbc.queryForObject("select id from impact_assessment where system_id = ?", UUID.class, andiEsra);
        as.justify("board.member", andiEsra);
        String page = as.page("board.member", path(andiEsra));
        assertThat(page).contains("Algorithmic Impact Assessment").contains("3. Partly automated")
                .contains("Every caller can reach a call handler").contains("Complete")
                .doesNotContain("Change the impact assessment").doesNotContain("Mark as complete");
        Map<String, Object> logged = jdbc.queryForMap("select actor, operation, justification, summary from audit_event "
                + "where record_type = 'Impact assessment' and record_id = ? order by seq desc limit 1", assessment.toString());
        assertThat(logged.get("actor")).isEqualTo("board.member");
        assertThat(logged.get("operation")).isEqualTo("CONSULTATION");
        assertThat(logged.get("justification")).isEqualTo("Assessing or assuring this system: Preparing the Change Paper");
        assertThat(as.get("staff", path(andiEsra)).getStatus()).isEqualTo(403);
        assertThat(as.get("iao", path(andiEsra)).getStatus()).isEqualTo(403);
        assertThat(as.get("admin", path(andiEsra)).getStatus()).isEqualTo(403);
    }

    private AssuranceStep.Progress progress(UUID system) {
        AssuranceStep step = steps.stream().filter(s -> s.order() == 30).findFirst().orElseThrow();
        assertThat(step.name()).isEqualTo("Algorithmic Impact Assessment");
        return step.progress(systems.find(system).orElseThrow());
    }

    private static Map<String, String> complete() {
        Map<String, String> fields = new HashMap<>(Map.of("affectedGroups", "Victims and investigators.",
                "automationLevel", "ADVISORY", "humanOversight", "An investigator decides every case.",
                "challenge", "A victim can ask for a review.", "accuracy", "Tested on last year's cases.",
                "falsePositives", "A case flagged that did not need it.", "falsePositiveCost", "The investigator's time.",
                "falseNegatives", "A case missed.", "falseNegativeCost", "The victim."));
        for (String c : List.of("AGE", "DISABILITY", "GENDER_REASSIGNMENT", "MARRIAGE_CIVIL_PARTNERSHIP",
                "PREGNANCY_MATERNITY", "RACE", "RELIGION_BELIEF", "SEX", "SEXUAL_ORIENTATION")) {
            fields.put("impact-" + c, "NONE");
            fields.put("fairness-" + c, "Not used by the model.");
        }
        fields.put("how-RATIONALE", "The factors are shown with each score.");
        fields.put("how-RESPONSIBILITY", "The owner is named on the force's website.");
        for (String i : List.of("ADVISORY", "LAWFUL", "GRANULARITY", "OWNERSHIP", "CHALLENGEABLE", "ACCURACY",
                "RESPONSIBLE", "EXPLAINABLE")) {
            fields.put("rating-" + i, "MET");
            fields.put("algo-" + i, "Evidence for " + i + ".");
        }
        return fields;
    }

    private String status(UUID system) {
        return jdbc.queryForObject("select status from impact_assessment where system_id = ?", String.class, system);
    }

    private int version(UUID system) {
        return jdbc.queryForObject("select version from impact_assessment where system_id = ?", Integer.class, system);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static String path(UUID system) {
        return "/assurance/systems/" + system + "/impact-assessment";
    }
}
