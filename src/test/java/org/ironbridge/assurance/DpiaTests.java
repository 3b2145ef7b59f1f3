package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ironbridge.assurance.DpiaTestSupport.completeDraft;
import static org.ironbridge.assurance.DpiaTestSupport.fields;
import static org.ironbridge.assurance.DpiaTestSupport.risk;
import static org.ironbridge.assurance.DpiaTestSupport.screening;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceStep;
import org.ironbridge.assurance.internal.DpiaForm;
import org.ironbridge.assurance.internal.DpiaRisk;
import org.ironbridge.assurance.internal.DpiaRisk.Likelihood;
import org.ironbridge.assurance.internal.DpiaRisk.RiskLevel;
import org.ironbridge.assurance.internal.DpiaRisk.Severity;
import org.ironbridge.assurance.internal.Dpias;
import org.ironbridge.assurance.internal.SignOffForm;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/**
 * The DPIA of a system, through its pages: the screening kept whatever it concludes, the ICO's risk matrix and
 * the s65 flag, the DPO's sign-off and nobody else's, a signed-off version final and superseded, stale saves
 * refused, every read a logged consultation and every export a logged disclosure, and hostile input answered.
 */
@IronbridgeTest
class DpiaTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dpias dpias;
    @Autowired
    AiSystems systems;
    @Autowired
    List<AssuranceStep> steps;

    DpiaTestSupport dpia;

    @BeforeEach
    void support() {
        dpia = new DpiaTestSupport(mvc, people, jdbc);
    }

    @Test
    void theIcoMatrixGivesTheOverallRisk() {
        assertThat(RiskLevel.of(Likelihood.PROBABLE, Severity.SEVERE)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(Likelihood.POSSIBLE, Severity.SEVERE)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(Likelihood.PROBABLE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(Likelihood.POSSIBLE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.of(Likelihood.REMOTE, Severity.SEVERE)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskLevel.of(Likelihood.PROBABLE, Severity.MINIMAL)).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aScreeningIsKeptWhateverItConcludesAndLawEnforcementWithAnyYesNeedsAFullDpia() throws Exception {
        UUID system = dpia.newSystem("Screening test " + UUID.randomUUID());
        String path = "/assurance/systems/" + system + "/dpia/screening";
        String noReason = dpia.post("practitioner", system, path, screening("NOT_REQUIRED", "")).getResponse()
                .getContentAsString();
        assertThat(noReason).contains("There is a problem").contains("Enter why no full DPIA is needed");
        assertThat(screenings(system)).isZero();

        dpia.post("practitioner", system, path, screening("NOT_REQUIRED", "Rules only, no new data."));
        assertThat(screenings(system)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select full_dpia_required from dpia_screening where system_id = ?", Boolean.class,
                system)).isFalse();
        assertThat(step(system).complete()).isTrue();
        assertThat(step(system).detail()).contains("no full DPIA is needed").contains("Rules only, no new data.");

        String refused = dpia.post("practitioner", system, path, screening("NOT_REQUIRED", "It is only a pilot.",
                "newTechnology")).getResponse().getContentAsString();
        assertThat(refused).contains("A full DPIA is required: It is law enforcement processing (DPA 2018 Part 3) and at "
                + "least one answer is yes").contains("It is only a pilot.");
        assertThat(screenings(system)).isEqualTo(1);

        dpia.post("practitioner", system, path, screening("REQUIRED", "", "newTechnology"));
        assertThat(jdbc.queryForList("select full_dpia_required from dpia_screening where system_id = ? order by number",
                Boolean.class, system)).containsExactly(false, true);
        assertThat(dpia.page("pmo", system, "/assurance/systems/" + system + "/dpia"))
                .contains("Full DPIA required").contains("Earlier screenings, kept as they were made")
                .contains("Rules only, no new data.");
        assertThat(step(system).complete()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'DPIA screening' and "
                + "operation = 'COLLECTION' and summary like ?", Integer.class, "%TEST-" + system.toString().substring(0, 8)
                + "%")).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("update dpia_screening set reason = 'changed' where system_id = ?", system))
                .rootCause().hasMessageContaining("kept as it was made");
    }

    @Test
    void theRiskMatrixIsComputedAndAHighResidualRiskFlagsPriorConsultationWithTheIco() throws Exception {
        UUID system = dpia.screenedWithDraft("Matrix test " + UUID.randomUUID());
        dpia.post("practitioner", system, "/assurance/systems/" + system + "/dpia", completeDraft(dpia.version(system), "HIGH"));
        assertThat(jdbc.queryForMap("select r.overall, r.residual, r.effect from dpia_risk r join dpia d on d.id = r.dpia_id "
                + "where d.system_id = ?", system)).containsEntry("overall", "HIGH").containsEntry("residual", "HIGH")
                .containsEntry("effect", "ACCEPTED");
        String page = dpia.page("board.member", system, "/assurance/systems/" + system + "/dpia");
        assertThat(page).contains("Prior consultation with the ICO required before processing (DPA 2018 s65 / UK GDPR Art 36)");
        assertThat(step(system).detail()).contains("Prior consultation with the ICO required before processing")
                .contains("highest residual risk so far high");

        MultiValueMap<String, String> inconsistent = completeDraft(dpia.version(system), "HIGH");
        inconsistent.set("riskEffect", "ELIMINATED");
        String refused = dpia.post("practitioner", system, "/assurance/systems/" + system + "/dpia", inconsistent)
                .getResponse().getContentAsString();
        assertThat(refused).contains("Risk 1 is eliminated, so its residual risk is low");

        dpia.post("practitioner", system, "/assurance/systems/" + system + "/dpia", completeDraft(dpia.version(system), "MEDIUM"));
        assertThat(dpia.page("board.member", system, "/assurance/systems/" + system + "/dpia"))
                .doesNotContain("Prior consultation with the ICO required");
    }

    @Test
    void onlyTheDpoSignsOffAndASignedOffVersionIsFinalUntilANewVersionSupersedesIt() throws Exception {
        UUID system = dpia.screenedWithDraft("Sign-off test " + UUID.randomUUID());
        String base = "/assurance/systems/" + system + "/dpia";
        dpia.post("practitioner", system, base, completeDraft(dpia.version(system), "MEDIUM"));
        MultiValueMap<String, String> signOff = fields("version", String.valueOf(dpia.version(system)),
                "measuresApprovedBy", "Supt Test, Head of Investigations", "residualRisksApprovedBy", "DCC Test, SIRO",
                "dpoAdvice", "Proceed with the measures.", "advice", "FOLLOWED", "reviewDay", "31", "reviewMonth", "1",
                "reviewYear", "2030");
        for (String who : List.of("practitioner", "pmo", "board.chair")) {
            assertThat(dpia.post(who, system, base + "/sign-off", signOff).getResponse().getStatus()).isEqualTo(403);
        }
        SignOffForm form = new SignOffForm();
        form.setVersion(dpia.version(system));
        form.setMeasuresApprovedBy("Someone");
        assertThatThrownBy(() -> dpias.signOff(dpia.subject("practitioner"), system, form))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only the Data Protection Officer");
        assertThat(status(system, 1)).isEqualTo("DRAFT");

        assertThat(dpia.post("dpo", system, base + "/sign-off", signOff).getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(status(system, 1)).isEqualTo("SIGNED_OFF");
        assertThat(jdbc.queryForMap("select signed_off_by, signed_off_name, advice_followed from dpia where system_id = ?",
                system)).containsEntry("signed_off_by", "dpo").containsEntry("signed_off_name",
                "Jamie Mensah, Data Protection Officer").containsEntry("advice_followed", true);
        assertThat(step(system).complete()).isTrue();
        assertThat(step(system).detail()).contains("Version 1 signed off on").contains("by Jamie Mensah")
                .contains("DPO advice followed").contains("review due by 31 January 2030");

        // Edits of a signed-off version are refused by the page, the service and the database.
        MultiValueMap<String, String> edit = completeDraft(dpia.version(system), "LOW");
        edit.set("need", "Changed after sign-off");
        var refused = dpia.post("practitioner", system, base, edit);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat((String) refused.getFlashMap().get("problem")).contains("Version 1 is signed off and cannot be changed");
        assertThat(jdbc.queryForObject("select need from dpia where system_id = ?", String.class, system))
                .isEqualTo("Generative AI over statements.");
        assertThatThrownBy(() -> dpias.save(dpia.subject("practitioner"), system, new DpiaForm()))
                .isInstanceOf(Dpias.NotADraft.class);
        assertThatThrownBy(() -> jdbc.update("update dpia set need = 'x' where system_id = ?", system))
                .rootCause().hasMessageContaining("is signed off");
        assertThatThrownBy(() -> jdbc.update("delete from dpia_risk where dpia_id in (select id from dpia where system_id = ?)",
                system)).rootCause().hasMessageContaining("signed-off DPIA cannot change");

        // A stale "start a new version" starts nothing; the right one copies version 1 into draft version 2.
        dpia.post("practitioner", system, base + "/new-version", fields("from", "0"));
        assertThat(versions(system)).isEqualTo(1);
        assertThat(dpia.post("practitioner", system, base + "/new-version", fields("from", "1")).getResponse()
                .getRedirectedUrl()).isEqualTo(base + "/edit");
        assertThat(versions(system)).isEqualTo(2);
        assertThat(status(system, 2)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select need from dpia where system_id = ? and number = 2", String.class, system))
                .isEqualTo("Generative AI over statements.");
        assertThat(dpia.page("auditor", system, base + "?version=1")).contains("Signed off")
                .contains("This version has been superseded by version");
        assertThat(dpia.page("practitioner", system, base + "/edit")).contains("Change DPIA version 2")
                .contains("A summary leaves out a disclosure that matters.");
    }

    @Test
    void aStaleDraftIsRefusedWithTheOtherPersonsChangeShownAndNothingOverwritten() throws Exception {
        UUID system = dpia.screenedWithDraft("Conflict test " + UUID.randomUUID());
        String base = "/assurance/systems/" + system + "/dpia";
        int opened = dpia.version(system);
        MultiValueMap<String, String> theirs = completeDraft(opened, "MEDIUM");
        theirs.set("purposes", "Their purposes");
        dpia.post("pmo", system, base, theirs);
        MultiValueMap<String, String> mine = completeDraft(opened, "MEDIUM");
        mine.set("purposes", "My purposes");
        String page = dpia.post("practitioner", system, base, mine).getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this while you were editing").contains("pmo changed this draft")
                .contains("Their purposes");
        assertThat(jdbc.queryForObject("select purposes from dpia where system_id = ?", String.class, system))
                .isEqualTo("Their purposes");
    }

    @Test
    void everyReadIsAConsultationWithItsJustificationAndAnExportIsADisclosure() throws Exception {
        UUID system = dpia.screenedWithDraft("Reading test " + UUID.randomUUID());
        String base = "/assurance/systems/" + system + "/dpia";
        String dpiaId = jdbc.queryForObject("select id::text from dpia where system_id = ?", String.class, system);

        assertThat(dpia.unjustifiedPage("auditor", base)).isEqualTo("HTTP 302");
        assertThat(dpia.unjustifiedPage("auditor", "/assurance/systems/" + system + "/justification?returnTo=" + base))
                .contains("Why are you reading this material?");
        assertThat(consultations(dpiaId, "auditor")).isEmpty();

        for (String path : List.of(base, base + "?version=1", base + "/edit", base + "/screening", base + "/sign-off")) {
            String who = path.endsWith("sign-off") ? "dpo" : path.contains("edit") || path.contains("screening")
                    ? "practitioner" : "auditor";
            int before = consultationsOf(who);
            assertThat(dpia.get(who, system, path).getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(consultationsOf(who)).as(path).isGreaterThan(before);
        }
        assertThat(consultations(dpiaId, "auditor")).isNotEmpty()
                .allSatisfy(row -> assertThat(row).containsEntry("justification", DpiaTestSupport.JUSTIFICATION));

        var export = dpia.get("board.member", system, base + "/export.docx").getResponse();
        assertThat(export.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        assertThat(export.getHeader("Content-Disposition")).contains("DPIA-v1.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export.getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Data protection impact assessment: Reading test")
                    .contains("Step 5: Identify and assess risks").contains("OFFICIAL-SENSITIVE");
        }
        assertThat(jdbc.queryForList("select justification from audit_event where record_id = ? and operation = 'DISCLOSURE' "
                + "and actor = 'board.member'", String.class, dpiaId)).containsExactly(DpiaTestSupport.JUSTIFICATION);
    }

    @Test
    void hostileAndMalformedInputOnEveryFormIsAnsweredWithTheInputKeptAndNothingSaved() throws Exception {
        UUID system = dpia.screenedWithDraft("Hostile test " + UUID.randomUUID());
        String base = "/assurance/systems/" + system + "/dpia";
        String script = "<script>alert('x')</script>";
        String sql = "'); drop table dpia; --";

        String screeningPage = dpia.post("practitioner", system, base + "/screening", fields("lawEnforcement", "maybe",
                "newTechnology", "DROP", "conclusion", "PERHAPS", "reason", "x".repeat(4001))).getResponse().getContentAsString();
        assertThat(screeningPage).contains("Select yes if the processing is for law enforcement purposes")
                .contains("Answer yes or no: Does it use new or innovative technology")
                .contains("Select whether a full DPIA is required").doesNotContain("<script>");
        MultiValueMap<String, String> hostileScreening = screening("NOT_REQUIRED", script + "x".repeat(10_000));
        hostileScreening.set("biometricGenetic", sql);
        String hostileScreeningPage = dpia.post("practitioner", system, base + "/screening", hostileScreening).getResponse()
                .getContentAsString();
        assertThat(hostileScreeningPage).contains("There is a problem").contains("Reason must be 4000 characters or fewer")
                .contains("Answer yes or no: Does it")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" + "x".repeat(10_000)).doesNotContain("<script>alert");
        assertThat(screenings(system)).isEqualTo(1);

        int version = dpia.version(system);
        MultiValueMap<String, String> draft = fields("version", String.valueOf(version), "need", script, "nature",
                "n".repeat(10001), "scope", sql, "lawfulBases", "ART99_MADE_UP", "lawfulBases[300]", "PART3_NECESSARY");
        risk(draft, script, "CERTAIN", "SEVERE", sql, "VANISHED", "NONE", "perhaps");
        String draftPage = dpia.post("practitioner", system, base, draft).getResponse().getContentAsString();
        assertThat(draftPage).contains("There is a problem").contains("Nature of the processing must be 10000 characters or fewer")
                .contains("Select lawful bases from the list").contains("Select the likelihood of harm for risk 1")
                .contains("Select the effect of the measure on risk 1 from the list")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&#39;); drop table dpia; --")
                .doesNotContain("<script>alert");
        assertThat(dpia.version(system)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from dpia_risk r join dpia d on d.id = r.dpia_id where d.system_id = ?",
                Integer.class, system)).isZero();

        MultiValueMap<String, String> signOff = fields("version", String.valueOf(version), "measuresApprovedBy", script,
                "residualRisksApprovedBy", "r".repeat(301), "dpoAdvice", sql, "advice", "OVERRULED", "reviewDay", "31",
                "reviewMonth", "2", "reviewYear", "2030");
        String signOffPage = dpia.post("dpo", system, base + "/sign-off", signOff).getResponse().getContentAsString();
        assertThat(signOffPage).contains("There is a problem").contains("cannot be signed off until it has").contains("Residual risks approved by must be 300 "
                + "characters or fewer").contains("Enter the reasons the DPO&#39;s advice was overruled")
                .contains("Review date must be a real date").contains("&lt;script&gt;").doesNotContain("<script>alert");
        signOff.set("reviewDay", "1");
        signOff.set("reviewMonth", "1");
        signOff.set("reviewYear", "2020");
        assertThat(dpia.post("dpo", system, base + "/sign-off", signOff).getResponse().getContentAsString())
                .contains("Review date must be in the future");
        assertThat(status(system, 1)).isEqualTo("DRAFT");

        // Saved as typed, shown escaped.
        MultiValueMap<String, String> hostileButValid = completeDraft(version, "MEDIUM");
        hostileButValid.set("need", script + "\n" + sql);
        dpia.post("practitioner", system, base, hostileButValid);
        assertThat(jdbc.queryForObject("select need from dpia where system_id = ?", String.class, system))
                .isEqualTo(script + "\n" + sql);
        assertThat(dpia.page("auditor", system, base)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void aNewVersionFromAForgedOrMalformedVersionIsRefusedWithNothingStarted() throws Exception {
        UUID system = dpia.newSystem("New version test " + UUID.randomUUID());
        String base = "/assurance/systems/" + system + "/dpia";
        String unscreened = dpia.post("practitioner", system, base + "/new-version", fields("from", "0")).getResponse()
                .getContentAsString();
        assertThat(unscreened).contains("There is a problem").contains("Screen the system first");
        dpia.post("practitioner", system, base + "/screening", screening("REQUIRED", "", "newTechnology"));
        for (String from : List.of("not a number", "<script>alert('x')</script>", "'; drop table dpia; --", "-1", "7",
                "99999999999999999999", "")) {
            String page = dpia.post("practitioner", system, base + "/new-version", fields("from", from)).getResponse()
                    .getContentAsString();
            assertThat(page).as(from).contains("There is a problem")
                    .contains("The DPIA has changed since you opened the page").doesNotContain("<script>alert");
        }
        assertThat(dpia.post("practitioner", system, base + "/new-version", fields()).getResponse().getContentAsString())
                .contains("The DPIA has changed since you opened the page");
        assertThat(dpia.post("board.member", system, base + "/new-version", fields("from", "0")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(dpia.post("practitioner", system, "/assurance/systems/" + UUID.randomUUID() + "/dpia/new-version",
                fields("from", "0")).getResponse().getStatus()).isIn(302, 404);
        assertThat(versions(system)).isZero();

        dpia.post("practitioner", system, base + "/new-version", fields("from", "0"));
        assertThat(versions(system)).isEqualTo(1);
        assertThat(dpia.post("practitioner", system, base + "/new-version", fields("from", "1")).getResponse()
                .getContentAsString()).contains("Version 1 is still a draft");
        assertThat(versions(system)).isEqualTo(1);
    }

    @Test
    void theDemoShowsAndiEsraSignedOffBeforeGoLiveAndCopilotAsADraft() throws Exception {
        UUID andiEsra = UUID.fromString(jdbc.queryForObject("select id::text from ai_system where name = 'Andi-Esra'",
                String.class));
        String page = dpia.page("dpo", andiEsra, "/assurance/systems/" + andiEsra + "/dpia");
        assertThat(page).contains("Jamie Mensah, Data Protection Officer on 18 November 2024").contains("31 January 2027")
                .contains("Followed").doesNotContain("Prior consultation with the ICO required before processing (DPA");
        AssuranceStep.Progress andi = step(andiEsra);
        assertThat(andi.complete()).isTrue();
        assertThat(andi.detail()).contains("highest residual risk medium");
        UUID copilot = UUID.fromString(jdbc.queryForObject("select id::text from ai_system where name = 'Microsoft Copilot'",
                String.class));
        assertThat(step(copilot).label()).isEqualTo("Draft version 1");
        UUID rpa = UUID.fromString(jdbc.queryForObject("select id::text from ai_system where name = "
                + "'Connect investigation allocation bot'", String.class));
        assertThat(step(rpa).label()).isEqualTo("Not required");
        assertThat(dpia.page("practitioner", andiEsra, "/assurance/systems/" + andiEsra)).contains("DPIA outcome")
                .contains("Signed off");
    }

    private AssuranceStep.Progress step(UUID system) {
        AssuranceStep dpiaStep = steps.stream().filter(s -> s.name().equals("DPIA outcome")).findFirst().orElseThrow();
        assertThat(dpiaStep.order()).isEqualTo(20);
        return dpiaStep.progress(systems.find(system).orElseThrow());
    }

    private int screenings(UUID system) {
        return jdbc.queryForObject("select count(*) from dpia_screening where system_id = ?", Integer.class, system);
    }

    private int versions(UUID system) {
        return jdbc.queryForObject("select count(*) from dpia where system_id = ?", Integer.class, system);
    }

    private String status(UUID system, int number) {
        return jdbc.queryForObject("select status from dpia where system_id = ? and number = ?", String.class, system, number);
    }

    private List<Map<String, Object>> consultations(String recordId, String actor) {
        return jdbc.queryForList("select justification from audit_event where record_id = ? and operation = 'CONSULTATION' "
                + "and actor = ?", recordId, actor);
    }

    private int consultationsOf(String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where operation = 'CONSULTATION' and actor = ? "
                + "and justification = ?", Integer.class, actor, DpiaTestSupport.JUSTIFICATION);
    }
}
