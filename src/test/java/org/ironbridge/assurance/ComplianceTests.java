package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceStep;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compliance test and its checklists (West Midlands Police's digital ethics checklist has its own ninth item in
 * the demo, so a new system has 39 items, or 51 with cameras or biometrics): answers recorded with their reviewer, the Surveillance Camera Code
 * not applicable without cameras or biometrics and required with them, an administrator's change making a new
 * checklist version while a test already answered keeps its own, and every read logged with its justification.
 */
@IronbridgeTest
class ComplianceTests {

    private static final String DPA = "DPA-2018-PART-3";

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
    void itemsAreAnsweredWithTheReviewerAndTheDayRecordedAndSummarisedByFramework() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        as.justify("dpo", system);
        String form = as.page("dpo", edit(system, DPA));
        assertThat(form).contains("s35 First principle: the processing is lawful and fair")
                .contains("Data (Use and Access) Act 2025 removed the requirement to log the justification")
                .contains("name=\"checklist\"");
        MockHttpServletResponse saved = as.post("dpo", path(system), answers(system, DPA, null, Map.of(
                "outcome-S35", "MET", "evidence-S35", "Law enforcement purpose; policy published.",
                "outcome-S36", "PARTLY_MET", "evidence-S36", "Purpose written, not yet published.",
                "outcome-S37", "NOT_MET", "evidence-S37", "Takes the whole record.")));
        assertThat(saved.getRedirectedUrl()).isEqualTo(path(system) + "#framework-" + DPA);

        Map<String, Object> answer = jdbc.queryForMap("select a.outcome, a.evidence, a.reviewer_id, a.reviewed_on "
                + "from compliance_answer a join compliance_test t on t.id = a.test_id where t.system_id = ? "
                + "and a.item_code = 'S36'", system);
        assertThat(answer.get("outcome")).isEqualTo("PARTLY_MET");
        assertThat(answer.get("reviewer_id")).isEqualTo(as.personId("dpo"));
        assertThat(answer.get("reviewed_on").toString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());

        String page = as.page("dpo", path(system));
        assertThat(page).contains("Purpose written, not yet published.").contains("Jamie Mensah, ")
                .contains("3 of 39 items answered: 1 met, 1 partly met, 1 not met, 0 not applicable.");
        assertThat(progress(system).detail()).isEqualTo("In progress: 3 of 39 items answered; so far 1 of 3 applicable "
                + "items met, 1 partly met, 1 not met. The Surveillance Camera Code of Practice does not apply: the system "
                + "uses no cameras or biometrics.");

        // Another reviewer changes one answer: only that answer takes their name.
        as.justify("practitioner", system);
        as.post("practitioner", path(system), answers(system, DPA, 0, Map.of(
                "outcome-S35", "MET", "evidence-S35", "Law enforcement purpose; policy published.",
                "outcome-S36", "MET", "evidence-S36", "Purpose published on the force's website.",
                "outcome-S37", "NOT_MET", "evidence-S37", "Takes the whole record.")));
        assertThat(jdbc.queryForList("select a.item_code || ':' || p.username from compliance_answer a join person p "
                + "on p.id = a.reviewer_id join compliance_test t on t.id = a.test_id where t.system_id = ? order by 1",
                String.class, system)).containsExactly("S35:dpo", "S36:practitioner", "S37:dpo");
    }

    @Test
    void theSurveillanceCameraCodeIsNotApplicableWithoutCamerasOrBiometricsAndRequiredWithThem() throws Exception {
        UUID plain = as.system("DECISION_SUPPORT", false);
        as.justify("pmo", plain);
        assertThat(as.page("pmo", path(plain))).contains("Does not apply: no cameras or biometrics")
                .contains("It applies only to systems that use cameras or biometrics, and this system uses neither.");
        assertThat(as.page("pmo", edit(plain, "SURVEILLANCE-CAMERA-CODE"))).contains("Nothing needs answering")
                .doesNotContain("name=\"outcome-P1\"");
        String refused = as.post("pmo", path(plain), answers(plain, "SURVEILLANCE-CAMERA-CODE", null,
                Map.of("outcome-P1", "MET", "evidence-P1", "Forged answer."))).getContentAsString();
        assertThat(refused).contains("Surveillance Camera Code of Practice does not apply to this system");
        assertThat(jdbc.queryForObject("select count(*) from compliance_test where system_id = ?", Integer.class, plain))
                .isZero();
        answerEverything("pmo", plain, false);
        assertThat(progress(plain).complete()).isTrue();
        assertThat(progress(plain).detail()).startsWith("Complete: 38 of 38 applicable items met; no item not met; "
                + "1 answered not applicable.");

        UUID camera = as.system("COMPUTER_VISION", true);
        as.justify("pmo", camera);
        assertThat(as.page("pmo", edit(camera, "SURVEILLANCE-CAMERA-CODE"))).contains("name=\"outcome-P12\"")
                .contains("12. Reference databases for matching are accurate and up to date");
        answerEverything("pmo", camera, false);
        assertThat(progress(camera).complete()).isFalse();
        assertThat(progress(camera).detail()).startsWith("In progress: 39 of 51 items answered");
        answerEverything("pmo", camera, true);
        assertThat(progress(camera).complete()).isTrue();
    }

    @Test
    void anAdministratorsChangeMakesANewVersionAndATestAlreadyAnsweredKeepsItsOwn() throws Exception {
        UUID before = as.system("CLASSIFIER", false);
        as.justify("dpo", before);
        String oldWording = "Fairness: the processing is what people would reasonably expect and has no unjustified "
                + "adverse effect on them";
        as.post("dpo", path(before), answers(before, "UK-GDPR", null, Map.of("outcome-FAIRNESS", "MET",
                "evidence-FAIRNESS", "Expected by staff.")));
        UUID answeredAgainst = jdbc.queryForObject("select f.checklist_version_id from compliance_test_framework f "
                + "join compliance_test t on t.id = f.test_id where t.system_id = ? and f.framework_code = 'UK-GDPR'",
                UUID.class, before);

        String settings = as.page("admin", "/assurance/settings/checklists?framework=UK-GDPR");
        assertThat(settings).contains(oldWording).contains("Version history");
        String newWording = "Fairness: people would reasonably expect it, and it has no unjustified adverse effect "
                + "(wording " + UUID.randomUUID() + ")";
        MockHttpServletResponse changed = as.post("admin", "/assurance/settings/checklists/items", Map.of(
                "framework", "UK-GDPR", "basedOn", current("UK-GDPR").toString(), "item", "FAIRNESS",
                "text", newWording, "guidance", "Article 5(1)(a).", "note", "Plain English review"));
        assertThat(changed.getRedirectedUrl()).isEqualTo("/assurance/settings/checklists?framework=UK-GDPR");
        UUID newVersion = current("UK-GDPR");
        assertThat(newVersion).isNotEqualTo(answeredAgainst);
        assertThat(jdbc.queryForObject("select text from compliance_checklist_item where version_id = ? and code = 'FAIRNESS'",
                String.class, answeredAgainst)).isEqualTo(oldWording);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Compliance checklist' "
                + "and record_id = 'WMP/UK-GDPR' and changes like ?", Integer.class, "%" + newWording + "%")).isEqualTo(1);

        String kept = as.page("dpo", path(before));
        assertThat(kept).contains(oldWording).contains("The checklist has changed since").contains("Answer against Version");
        assertThat(as.page("admin", "/assurance/settings/checklists?framework=UK-GDPR&version=" + answeredAgainst))
                .contains("Items of an earlier version").contains(oldWording);

        UUID after = as.system("CLASSIFIER", false);
        as.justify("dpo", after);
        assertThat(as.page("dpo", edit(after, "UK-GDPR"))).contains(newWording).doesNotContain(oldWording);

        // Moving the old test on to the current version: its answers to unchanged items are offered again.
        String moving = as.page("dpo", edit(before, "UK-GDPR") + "&checklist=current");
        assertThat(moving).contains(newWording).contains("Saving replaces the answers given against")
                .contains("Expected by staff.");

        // Add an item and withdraw it again: two more versions, and the stale form is refused as a conflict.
        as.post("admin", "/assurance/settings/checklists/items", Map.of("framework", "UK-GDPR",
                "basedOn", newVersion.toString(), "text", "Storage limitation", "note", "Trial"));
        UUID added = current("UK-GDPR");
        String code = jdbc.queryForObject("select code from compliance_checklist_item where version_id = ? "
                + "and text = 'Storage limitation'", String.class, added);
        String stale = as.post("admin", "/assurance/settings/checklists/items/withdrawal", Map.of("framework", "UK-GDPR",
                "basedOn", newVersion.toString(), "item", code, "withdrawNote", "Trial over")).getContentAsString();
        assertThat(stale).contains("Someone else changed this while you were editing");
        assertThat(current("UK-GDPR")).isEqualTo(added);
        as.post("admin", "/assurance/settings/checklists/items/withdrawal", Map.of("framework", "UK-GDPR",
                "basedOn", added.toString(), "item", code, "withdrawNote", "Trial over"));
        assertThat(jdbc.queryForObject("select count(*) from compliance_checklist_item where version_id = ?",
                Integer.class, current("UK-GDPR"))).isEqualTo(4);
    }

    @Test
    void onlyAdministratorsChangeTheChecklistsAndTheirMistakesSaveNothing() throws Exception {
        for (String who : List.of("practitioner", "dpo", "auditor", "staff")) {
            assertThat(as.get(who, "/assurance/settings/checklists").getStatus()).as(who).isEqualTo(403);
            assertThat(as.post(who, "/assurance/settings/checklists/items", Map.of("framework", "HRA-1998-ART-8",
                    "basedOn", current("HRA-1998-ART-8").toString(), "text", "x", "note", "y")).getStatus()).as(who)
                    .isEqualTo(403);
        }
        UUID version = current("HRA-1998-ART-8");
        String refused = as.post("admin", "/assurance/settings/checklists/items", Map.of("framework", "HRA-1998-ART-8",
                "basedOn", version.toString(), "item", "LAW", "text", "<script>alert(1)</script>" + "x".repeat(10_000),
                "note", "")).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Item must be 500 characters or fewer")
                .contains("Enter why the checklist is changing, for its version history")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(as.post("admin", "/assurance/settings/checklists/items", Map.of("framework", "HRA-1998-ART-8",
                "basedOn", version.toString(), "item", "FORGED", "text", "x", "note", "y")).getStatus()).isEqualTo(404);
        assertThat(as.post("admin", "/assurance/settings/checklists/items", Map.of("framework", "NO-SUCH-LAW",
                "basedOn", version.toString(), "text", "x", "note", "y")).getStatus()).isEqualTo(404);
        assertThat(as.post("admin", "/assurance/settings/checklists/items", Map.of("framework", "HRA-1998-ART-8",
                "basedOn", "'; drop table compliance_checklist_item; --", "text", "A new item", "note", "y"))
                .getContentAsString()).contains("Someone else changed this while you were editing");
        assertThat(current("HRA-1998-ART-8")).isEqualTo(version);
        assertThat(as.page("wm.admin", "/assurance/settings/checklists")).contains("West Mercia Police uses the national "
                + "baseline");
    }

    @Test
    void aWithdrawalOfAForgedItemOrWithHostileInputIsRefusedWithTheChecklistUnchanged() throws Exception {
        String path = "/assurance/settings/checklists/items/withdrawal";
        UUID version = current("HRA-1998-ART-8");
        String items = "select string_agg(code, ',' order by code) from compliance_checklist_item where version_id = ?";
        String before = jdbc.queryForObject(items, String.class, version);
        String script = "<script>alert('x')</script>";
        String refused = as.post("admin", path, Map.of("framework", "HRA-1998-ART-8", "basedOn", version.toString(),
                "item", "LAW", "withdrawNote", script + "w".repeat(10_000))).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("must be 1000 characters or fewer")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" + "w".repeat(10_000)).doesNotContain(script);
        assertThat(as.post("admin", path, Map.of("framework", "HRA-1998-ART-8", "basedOn", version.toString(),
                "item", "LAW", "withdrawNote", " ")).getContentAsString()).contains("There is a problem")
                .contains("Enter why the checklist is changing, for its version history");
        for (String forged : List.of("FORGED", "' or 1=1 --", script, "")) {
            assertThat(as.post("admin", path, Map.of("framework", "HRA-1998-ART-8", "basedOn", version.toString(),
                    "item", forged, "withdrawNote", "Forged")).getStatus()).as(forged).isEqualTo(404);
        }
        assertThat(as.post("admin", path, Map.of("framework", "'; drop table compliance_framework; --", "basedOn",
                version.toString(), "item", "LAW", "withdrawNote", "Forged")).getStatus()).isEqualTo(404);
        for (String basedOn : List.of("not-a-uuid", UUID.randomUUID().toString(), "")) {
            assertThat(as.post("admin", path, Map.of("framework", "HRA-1998-ART-8", "basedOn", basedOn, "item", "LAW",
                    "withdrawNote", "Stale")).getContentAsString()).as(basedOn)
                    .contains("Someone else changed this while you were editing");
        }
        assertThat(as.post("dpo", path, Map.of("framework", "HRA-1998-ART-8", "basedOn", version.toString(), "item", "LAW",
                "withdrawNote", "Not mine")).getStatus()).isEqualTo(403);
        assertThat(current("HRA-1998-ART-8")).isEqualTo(version);
        assertThat(jdbc.queryForObject(items, String.class, version)).isEqualTo(before);
    }

    @Test
    void hostileAnswersAreRefusedWithTheInputKeptAndAStaleTestIsAConflict() throws Exception {
        UUID system = as.system("CLASSIFIER", false);
        as.justify("practitioner", system);
        Map<String, String> hostile = new HashMap<>(Map.of("outcome-S35", "EVIL", "evidence-S35", "<script>x()</script>",
                "outcome-S36", "MET", "evidence-S36", "y".repeat(10_000), "outcome-S37", "NOT_MET",
                "evidence-S38", "Evidence without an outcome", "outcome-NOPE", "MET", "evidence-S39", "'; delete from person; --"));
        String page = as.post("practitioner", path(system), answers(system, DPA, null, hostile)).getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("Select whether s35 First principle: the processing is lawful and fair is met, partly met, not met or not applicable")
                .contains("Evidence for s36 Second principle").contains("must be 4000 characters or fewer")
                .contains("Enter the evidence for s37 Third principle")
                .contains("or clear its evidence").contains("&lt;script&gt;x()&lt;/script&gt;")
                .contains("&#39;; delete from person; --").contains("Evidence without an outcome");
        assertThat(jdbc.queryForObject("select count(*) from compliance_test where system_id = ?", Integer.class, system))
                .isZero();
        String forged = as.post("practitioner", path(system), Map.of("framework", DPA, "checklist",
                UUID.randomUUID().toString(), "outcome-S35", "MET", "evidence-S35", "Fine.")).getContentAsString();
        assertThat(forged).contains("a version of the checklist that this test cannot use");
        assertThat(as.post("iao", path(system), answers(system, DPA, null, Map.of())).getStatus()).isEqualTo(403);

        as.justify("pmo", system);
        as.post("practitioner", path(system), answers(system, DPA, null, Map.of("outcome-S35", "MET", "evidence-S35", "One.")));
        as.post("pmo", path(system), answers(system, DPA, 0, Map.of("outcome-S35", "PARTLY_MET", "evidence-S35", "Two.")));
        String stale = as.post("practitioner", path(system), answers(system, DPA, 0, Map.of("outcome-S35", "NOT_MET",
                "evidence-S35", "Three."))).getContentAsString();
        assertThat(stale).contains("Someone else changed this while you were editing").contains("pmo changed this compliance test");
        assertThat(jdbc.queryForObject("select a.evidence from compliance_answer a join compliance_test t on t.id = a.test_id "
                + "where t.system_id = ? and a.item_code = 'S35'", String.class, system)).isEqualTo("Two.");
    }

    @Test
    void readsAreLoggedAsConsultationsWithTheJustificationAndTheDemoTestsTellTheirStories() throws Exception {
        UUID andiEsra = demo("Andi-Esra");
        as.justify("auditor", andiEsra);
        String page = as.page("auditor", path(andiEsra));
        assertThat(page).contains("Summary by framework").contains("Does not apply: no cameras or biometrics")
                .contains("Version 1 (national baseline)").contains("The checklist has changed since")
                .doesNotContain("Start the compliance test").doesNotContain("Answer against Version");
        UUID test = jdbc.queryForObject("select id from compliance_test where system_id = ?", UUID.class, andiEsra);
        Map<String, Object> logged = jdbc.queryForMap("select actor, operation, justification from audit_event "
                + "where record_type = 'Compliance test' and record_id = ? order by seq desc limit 1", test.toString());
        assertThat(logged).containsEntry("actor", "auditor").containsEntry("operation", "CONSULTATION")
                .containsEntry("justification", "Assessing or assuring this system: Preparing the Change Paper");
        assertThat(progress(andiEsra).detail()).isEqualTo("Complete: 32 of 38 applicable items met, 6 partly met; no item "
                + "not met. The Surveillance Camera Code of Practice does not apply: the system uses no cameras or biometrics.");
        assertThat(progress(demo("Microsoft Copilot")).complete()).isTrue();
        AssuranceStep.Progress rejected = progress(demo("Retrospective facial recognition search"));
        assertThat(rejected.complete()).isFalse();
        assertThat(rejected.detail()).contains("not met");
        assertThat(progress(demo("ANPR vehicle profiling")).detail()).startsWith("No compliance test yet: 51 checklist items");
        assertThat(as.get("admin", path(andiEsra)).getStatus()).isEqualTo(403);
        assertThat(as.get("iao", path(andiEsra)).getStatus()).isEqualTo(403);
    }

    /** Answers every applicable item met (one n/a), or only the Surveillance Camera Code when asked. */
    private void answerEverything(String who, UUID system, boolean surveillanceOnly) throws Exception {
        List<Map<String, Object>> frameworks = jdbc.queryForList("select code, applies from compliance_framework order by position");
        for (Map<String, Object> framework : frameworks) {
            String code = (String) framework.get("code");
            boolean surveillance = "WHEN_BIOMETRICS".equals(framework.get("applies"));
            if (surveillance != surveillanceOnly) {
                continue;
            }
            UUID version = current(code);
            Map<String, String> fields = new HashMap<>();
            for (String item : jdbc.queryForList("select code from compliance_checklist_item where version_id = ?",
                    String.class, version)) {
                boolean na = "NPCC-DIGITAL-ETHICS".equals(code) && "REVIEW".equals(item);
                fields.put("outcome-" + item, na ? "NOT_APPLICABLE" : "MET");
                fields.put("evidence-" + item, na ? "Reviewed with its initiative instead." : "Evidence for " + item + ".");
            }
            Integer testVersion = jdbc.query("select version from compliance_test where system_id = ?",
                    rs -> rs.next() ? rs.getInt(1) : null, system);
            MockHttpServletResponse response = as.post(who, path(system), answers(system, code, testVersion, fields));
            assertThat(response.getRedirectedUrl()).as(code).isNotNull();
        }
    }

    private Map<String, String> answers(UUID system, String framework, Integer version, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("framework", framework);
        all.put("checklist", current(framework).toString());
        if (version != null) {
            all.put("version", version.toString());
        }
        return all;
    }

    private UUID current(String framework) {
        return jdbc.queryForObject("""
                select v.id from compliance_checklist_version v left join force f on f.id = v.force_id
                where v.framework_code = ? and (f.code = 'WMP' or v.force_id is null)
                order by v.force_id is null, v.number desc limit 1
                """, UUID.class, framework);
    }

    private UUID demo(String name) {
        return jdbc.queryForObject("select s.id from ai_system s join force f on f.id = s.force_id "
                + "where f.code = 'WMP' and s.name = ?", UUID.class, name);
    }

    private AssuranceStep.Progress progress(UUID system) {
        AssuranceStep step = steps.stream().filter(s -> s.order() == 40).findFirst().orElseThrow();
        assertThat(step.name()).isEqualTo("Compliance test");
        return step.progress(systems.find(system).orElseThrow());
    }

    private static String path(UUID system) {
        return "/assurance/systems/" + system + "/compliance";
    }

    private static String edit(UUID system, String framework) {
        return path(system) + "/edit?framework=" + framework;
    }
}
