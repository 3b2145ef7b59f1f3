package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceStep;
import org.ironbridge.assurance.internal.MonitoringThresholdBreached;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral to the Ethics Panel (issue #5): the pack is a snapshot, only the panel gives advice, the outcomes are
 * the force's own, the force answers each recommendation, and the public page shows only what is published.
 * Every read of the material is a consultation with its justification, and every export a disclosure.
 */
@IronbridgeTest
class EthicsPanelTests {

    private static final String SCRIPT = "<script>alert('x')</script>";

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
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    EthicsRequests ethics;

    @BeforeEach
    void requests() {
        ethics = new EthicsRequests(mvc, people, jdbc);
    }

    @Test
    void aReferralKeepsThePackAsItStoodSoLaterEditsDoNotChangeWhatThePanelSaw() throws Exception {
        UUID system = ethics.system("Call triage " + UUID.randomUUID(), "VOICE_ASSISTANT", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "Is it proportionate to triage every 101 call?");

        assertThat(jdbc.queryForObject("select kind || ' ' || referred_by from ethics_referral where id = ?", String.class,
                referral)).isEqualTo("REFERRAL pmo");
        List<String> headings = jdbc.queryForList("select heading from ethics_pack_entry where referral_id = ? "
                + "and section = 'STEP' order by position", String.class, referral);
        List<String> expected = steps.stream().sorted(Comparator.comparingInt(AssuranceStep::order))
                .map(AssuranceStep::name).filter(name -> !"Ethics Panel advice".equals(name)).toList();
        assertThat(headings).as("every assurance step but the panel's own, in order").isEqualTo(expected);
        assertThat(jdbc.queryForList("select heading from ethics_pack_entry where referral_id = ? and section = 'REGISTER'",
                String.class, referral)).contains("Purpose", "Type", "Decisions about people", "Supplier", "Data it uses",
                "Logging of outputs and decisions", "Who may use it, and on what conditions", "Decommissioning criteria");

        jdbc.update("update ai_system set purpose = 'Changed after the referral', data_sources = null where id = ?", system);
        Cookie session = ethics.justified("pmo", system, "Preparing the Change Board paper");
        String pack = ethics.page("pmo", "/assurance/systems/" + system + "/ethics/pack?referral=" + referral, session);
        assertThat(pack).contains("triage of test calls").contains("Call recordings held for 30 days.")
                .doesNotContain("Changed after the referral").contains("Is it proportionate to triage every 101 call?");
        assertThat(operations("Ethics referral", referral)).contains("COLLECTION");
        assertThat(progress(system).detail()).contains("awaiting advice");
        assertThat(progress(system).complete()).isFalse();
    }

    @Test
    void aReferralWithMistakesOrHostileInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        UUID system = ethics.system("Hostile referral " + UUID.randomUUID(), "CLASSIFIER", "OFFICIAL");
        String path = "/assurance/systems/" + system + "/ethics/referrals";
        String tooLong = ethics.post("pmo", path, Map.of("question", "x".repeat(10_000), "meetingOnDay", "31",
                "meetingOnMonth", "2", "meetingOnYear", "2026"), null).getContentAsString();
        assertThat(tooLong).contains("There is a problem").contains("4000 characters or fewer")
                .contains("Date of the panel meeting must be a real date").contains("x".repeat(10_000));
        String hostile = ethics.post("pmo", path, Map.of("question", SCRIPT + "'; drop table ethics_referral; --",
                "meetingOnDay", "1", "meetingOnMonth", "13", "meetingOnYear", "1999"), null).getContentAsString();
        assertThat(hostile).contains("There is a problem").doesNotContain(SCRIPT).contains("&lt;script&gt;")
                .contains("drop table ethics_referral");
        assertThat(ethics.post("pmo", path, Map.of("question", "Q?"), null).getContentAsString())
                .contains("Enter the date of the panel meeting the referral is for");
        assertThat(ethics.post("pmo", "/assurance/systems/" + UUID.randomUUID() + "/ethics/referrals",
                Map.of("question", "Q?", "meetingOnDay", "1", "meetingOnMonth", "1", "meetingOnYear", "2027"), null)
                .getStatus()).isEqualTo(404);
        for (String someone : List.of("board.member", "iao", "ethics")) {
            assertThat(ethics.post(someone, path, Map.of("question", "Q?", "meetingOnDay", "1", "meetingOnMonth", "1",
                    "meetingOnYear", "2027"), null).getStatus()).as(someone).isEqualTo(403);
        }
        assertThat(referrals(system)).isZero();

        ethics.refer("pmo", system, SCRIPT);
        assertThat(ethics.post("pmo", path, Map.of("question", "Another", "meetingOnDay", "1", "meetingOnMonth", "1",
                "meetingOnYear", "2027"), null).getContentAsString()).contains("The panel has not yet advised on referral");
        assertThat(referrals(system)).isEqualTo(1);
        Cookie session = ethics.justified("pmo", system, "Checking the referral");
        assertThat(ethics.page("pmo", "/assurance/systems/" + system + "/ethics", session)).doesNotContain(SCRIPT)
                .contains("&lt;script&gt;");
    }

    @Test
    void onlyTheEthicsPanelMayRecordAdviceAndOthersAreRefusedWithNothingSaved() throws Exception {
        UUID system = ethics.system("Advice rights " + UUID.randomUUID(), "DECISION_SUPPORT", "OFFICIAL");
        UUID referral = ethics.refer("practitioner", system, "Should we?");
        Map<String, String> advice = Map.of("referral", referral.toString(), "outcome", ethics.outcome("SUPPORTED"),
                "summary", "Supported.", "summaryMarking", "PUBLISH", "metOnDay", "" + EthicsRequests.TODAY.getDayOfMonth(),
                "metOnMonth", "" + EthicsRequests.TODAY.getMonthValue(), "metOnYear", "" + EthicsRequests.TODAY.getYear(),
                "action", "give");
        for (String someone : List.of("pmo", "practitioner", "dpo", "board.chair", "auditor", "admin", "staff")) {
            assertThat(ethics.post(someone, "/assurance/systems/" + system + "/ethics/advice", advice, null).getStatus())
                    .as(someone).isEqualTo(403);
            assertThat(ethics.get(someone, "/assurance/systems/" + system + "/ethics/advice?referral=" + referral, null)
                    .getStatus()).as(someone).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from ethics_advice where referral_id = ?", Integer.class, referral))
                .isZero();

        assertThat(ethics.post("ethics", "/assurance/systems/" + system + "/ethics/advice", advice, null).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select given_by from ethics_advice where referral_id = ? and given", String.class,
                referral)).isEqualTo("ethics");
        assertThat(progress(system).complete()).isTrue();
        assertThat(progress(system).detail()).startsWith("Advice: Supported on ").endsWith("with 0 recommendations, 0 answered");
        assertThat(ethics.post("ethics", "/assurance/systems/" + system + "/ethics/advice", advice, null)
                .getContentAsString()).contains("Advice once given cannot be changed");
    }

    @Test
    void theAdviceFormRefusesMistakesAndHostileInputKeepsWhatWasTypedAndSavesNothing() throws Exception {
        UUID system = ethics.system("Hostile advice " + UUID.randomUUID(), "CLASSIFIER", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "Q?");
        String path = "/assurance/systems/" + system + "/ethics/advice";
        String refused = ethics.post("ethics", path, Map.ofEntries(Map.entry("referral", referral.toString()),
                Map.entry("outcome", UUID.randomUUID().toString()), Map.entry("summary", "s".repeat(10_000)),
                Map.entry("summaryMarking", "MAYBE"), Map.entry("metOnDay", "1"), Map.entry("metOnMonth", "1"),
                Map.entry("metOnYear", "2999"), Map.entry("recommendation-0-text", SCRIPT),
                Map.entry("recommendation-0-marking", "WITHHOLD"), Map.entry("recommendation-0-reason", "BECAUSE"),
                Map.entry("recommendation-5000-text", "forged row"), Map.entry("action", "give")), null).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select the panel&#39;s outcome from the list")
                .contains("4000 characters or fewer").contains("Select whether to publish the summary")
                .contains("Date the panel met must be today or in the past").contains("Select why recommendation 1 is withheld")
                .doesNotContain(SCRIPT).contains("&lt;script&gt;").doesNotContain("forged row").contains("s".repeat(10_000));
        String supportedWithRecommendations = ethics.post("ethics", path, Map.of("referral", referral.toString(),
                "outcome", ethics.outcome("SUPPORTED_WITH_RECOMMENDATIONS"), "summary", "Yes, with changes.",
                "summaryMarking", "WITHHOLD", "metOnDay", "30", "metOnMonth", "2", "metOnYear", "2026", "action", "give"),
                null).getContentAsString();
        assertThat(supportedWithRecommendations).contains("Select why the summary of the advice is withheld")
                .contains("Date the panel met must be a real date").contains("Enter at least one recommendation");
        assertThat(ethics.post("ethics", path, Map.of("referral", UUID.randomUUID().toString(), "action", "give"), null)
                .getStatus()).isEqualTo(404);
        assertThat(ethics.post("ethics", path, Map.of("referral", "' or 1=1 --", "action", "draft"), null).getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from ethics_advice where referral_id = ?", Integer.class, referral))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ethics_recommendation where referral_id = ?", Integer.class,
                referral)).isZero();

        // "Add another recommendation" shows one more row and saves nothing; a draft is the panel's alone.
        String more = ethics.post("ethics", path, Map.of("referral", referral.toString(), "recommendation-0-text", "Keep it",
                "action", "more"), null).getContentAsString();
        assertThat(more).contains("recommendation-1-text").contains("Keep it");
        assertThat(ethics.post("ethics", path, Map.of("referral", referral.toString(), "summary", "DRAFT-" + referral,
                "action", "draft"), null).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select given from ethics_advice where referral_id = ?", Boolean.class, referral))
                .isFalse();
        assertThat(ethics.page("pmo", "/assurance/systems/" + system + "/ethics",
                ethics.justified("pmo", system, "Checking"))).doesNotContain("DRAFT-" + referral).contains("Awaiting advice");
        assertThat(ethics.page("ethics", "/assurance/systems/" + system + "/ethics",
                ethics.justified("ethics", system, "Preparing advice"))).contains("Draft advice");
        // A stale draft is refused as a conflict, with nothing overwritten.
        String stale = ethics.post("ethics", path, Map.of("referral", referral.toString(), "version", "7", "summary",
                "Overwrite", "action", "draft"), null).getContentAsString();
        assertThat(stale).contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select summary from ethics_advice where referral_id = ?", String.class, referral))
                .isEqualTo("DRAFT-" + referral);
        assertThat(progress(system).complete()).isFalse();
    }

    @Test
    void anAdministratorConfiguresTheOutcomesThePanelIsOfferedAndNobodyElseMay() throws Exception {
        String label = "Supported subject to conditions " + UUID.randomUUID().toString().substring(0, 8);
        String path = "/assurance/settings/ethics-outcomes";
        for (String someone : List.of("ethics", "pmo", "dpo", "auditor")) {
            assertThat(ethics.post(someone, path, Map.of("label", label, "meaning", "SUPPORTED_WITH_RECOMMENDATIONS"), null)
                    .getStatus()).as(someone).isEqualTo(403);
        }
        assertThat(ethics.post("admin", path, Map.of("label", SCRIPT, "meaning", "MOSTLY"), null).getContentAsString())
                .contains("Select what the outcome means").doesNotContain(SCRIPT).contains("&lt;script&gt;");
        assertThat(ethics.post("admin", path, Map.of("label", "y".repeat(121), "meaning", "RESUBMIT"), null)
                .getContentAsString()).contains("120 characters or fewer");
        assertThat(ethics.post("admin", path, Map.of("label", "resubmit", "meaning", "RESUBMIT"), null)
                .getContentAsString()).contains("The panel already has an outcome called resubmit");
        assertThat(ethics.post("admin", path, Map.of("label", label, "meaning", "SUPPORTED_WITH_RECOMMENDATIONS"), null)
                .getStatus()).isEqualTo(302);
        String id = jdbc.queryForObject("select id::text from ethics_outcome where label = ?", String.class, label);

        UUID system = ethics.system("Outcome choice " + UUID.randomUUID(), "CLASSIFIER", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "Q?");
        Cookie session = ethics.justified("ethics", system, "Preparing advice");
        assertThat(ethics.page("ethics", "/assurance/systems/" + system + "/ethics/advice?referral=" + referral, session))
                .contains(label).contains("Means: Supported with recommendations");

        assertThat(ethics.post("admin", path + "/rename", Map.of("outcome", id, "label", label + " (renamed)",
                "version", "9"), null).getContentAsString()).contains("Someone else changed this");
        assertThat(ethics.post("admin", path + "/rename", Map.of("outcome", id, "label", label + " (renamed)",
                "version", "0"), null).getStatus()).isEqualTo(302);
        assertThat(ethics.post("admin", path + "/use", Map.of("outcome", id, "active", "false"), null).getStatus())
                .isEqualTo(302);
        assertThat(ethics.page("ethics", "/assurance/systems/" + system + "/ethics/advice?referral=" + referral, session))
                .doesNotContain(label);
        assertThat(ethics.post("admin", path + "/use", Map.of("outcome", UUID.randomUUID().toString(), "active", "false"),
                null).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select label || ' ' || active from ethics_outcome where id = ?::uuid", String.class,
                id)).isEqualTo(label + " (renamed) false");
    }

    @Test
    void theOutcomeSettingsRefuseHostileOrMalformedInputWithTheInputKeptAndNothingSaved() throws Exception {
        String path = "/assurance/settings/ethics-outcomes";
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
        String snapshot = "select string_agg(o.id || ' ' || o.label || ' ' || o.active || ' ' || o.version, ',' order by o.id) "
                + "from ethics_outcome o join force f on f.id = o.force_id where f.code = 'WMP'";
        ethics.outcome("RESUBMIT");
        String before = jdbc.queryForObject(snapshot, String.class);

        String added = ethics.post("admin", path, Map.of("label", SCRIPT + "x".repeat(10_000), "meaning",
                "'; drop table ethics_outcome; --"), null).getContentAsString();
        assertThat(added).contains("There is a problem").contains("Outcome must be 120 characters or fewer")
                .contains("Select what the outcome means").contains("value=\"" + escaped + "x".repeat(10_000) + "\"")
                .doesNotContain(SCRIPT);

        String id = ethics.outcome("RESUBMIT");
        int version = jdbc.queryForObject("select version from ethics_outcome where id = ?::uuid", Integer.class, id);
        String renamed = ethics.post("admin", path + "/rename", Map.of("outcome", id, "label", SCRIPT + "y".repeat(10_000),
                "version", "" + version), null).getContentAsString();
        assertThat(renamed).contains("There is a problem").contains("Outcome must be 120 characters or fewer")
                .contains(escaped + "y".repeat(10_000)).doesNotContain(SCRIPT);
        assertThat(ethics.post("admin", path + "/rename", Map.of("outcome", id, "label", "  ", "version", "" + version),
                null).getContentAsString()).contains("Enter the outcome as the panel words it");
        for (String forged : List.of("not-an-id", "' or 1=1 --", SCRIPT, UUID.randomUUID().toString(), "")) {
            assertThat(ethics.post("admin", path + "/rename", Map.of("outcome", forged, "label", "Renamed", "version",
                    "" + version), null).getStatus()).as(forged).isEqualTo(404);
            assertThat(ethics.post("admin", path + "/use", Map.of("outcome", forged, "active", "false"), null).getStatus())
                    .as(forged).isEqualTo(404);
        }
        assertThat(ethics.post("admin", path + "/rename", Map.of("outcome", id, "label", "Renamed", "version",
                "not a number"), null).getRedirectedUrl()).isNull();
        assertThat(ethics.post("admin", path + "/use", Map.of("outcome", id, "active", "'; drop table ethics_outcome; --"),
                null).getStatus()).isEqualTo(400);
        // Another force's outcome is not this administrator's to change.
        assertThat(ethics.post("wm.admin", path + "/use", Map.of("outcome", id, "active", "false"), null).getStatus())
                .isEqualTo(404);
        assertThat(ethics.post("wm.admin", path + "/rename", Map.of("outcome", id, "label", "Renamed", "version",
                "" + version), null).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject(snapshot, String.class)).isEqualTo(before);
    }

    @Test
    void theForceAnswersEachRecommendationAndMistakesStaleFormsAndHostileInputSaveNothing() throws Exception {
        UUID system = ethics.system("Responses " + UUID.randomUUID(), "VOICE_ASSISTANT", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "Q?");
        assertThat(ethics.give(system, referral, "SUPPORTED_WITH_RECOMMENDATIONS", "Supported with two changes.", Map.of(
                "recommendation-0-text", "Offer a person on every call.", "recommendation-0-marking", "PUBLISH",
                "recommendation-1-text", "Test against spoofed numbers.", "recommendation-1-marking", "WITHHOLD",
                "recommendation-1-reason", "SECURITY")).getStatus()).isEqualTo(302);
        String path = "/assurance/systems/" + system + "/ethics/responses";

        String refused = ethics.post("pmo", path, Map.of("referral", referral.toString(), "response-1", "MAYBE",
                "responseText-1", SCRIPT, "version-1", "0", "response-2", "ACCEPTED", "responseText-2", "r".repeat(10_000),
                "version-2", "0"), ethics.justified("pmo", system, "Answering the panel")).getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Select whether the force accepts recommendation 1")
                .contains("4000 characters or fewer").doesNotContain(SCRIPT).contains("&lt;script&gt;");
        Cookie session = ethics.justified("pmo", system, "Answering the panel");
        assertThat(ethics.post("pmo", path, Map.of("referral", referral.toString(), "response-1", "ACCEPTED",
                "version-1", "0"), session).getContentAsString()).contains("Enter the force&#39;s response to recommendation 1");
        assertThat(ethics.post("pmo", path, Map.of("referral", UUID.randomUUID().toString()), null).getStatus())
                .isEqualTo(404);
        assertThat(ethics.post("iao", path, Map.of("referral", referral.toString(), "response-1", "ACCEPTED",
                "responseText-1", "Yes", "version-1", "0"), null).getStatus()).as("no reading of the material").isEqualTo(403);
        assertThat(ethics.post("sro", path, Map.of("referral", referral.toString()), null).getStatus()).isEqualTo(403);
        assertThat(answered(referral)).isZero();

        assertThat(ethics.post("pmo", path, Map.of("referral", referral.toString(), "response-1", "ACCEPTED",
                "responseText-1", "Done: the greeting offers a person.", "version-1", "0"), null).getStatus()).isEqualTo(302);
        assertThat(answered(referral)).isEqualTo(1);
        assertThat(progress(system).detail()).endsWith("with 2 recommendations, 1 answered");
        assertThat(jdbc.queryForObject("select responded_by || ' ' || response from ethics_recommendation "
                + "where referral_id = ? and position = 0", String.class, referral)).isEqualTo("pmo ACCEPTED");

        String stale = ethics.post("practitioner", path, Map.of("referral", referral.toString(), "response-1",
                "NOT_ACCEPTED", "responseText-1", "Changed my mind", "version-1", "0"),
                ethics.justified("practitioner", system, "Answering the panel")).getContentAsString();
        assertThat(stale).contains("Someone else changed this").contains("pmo");
        assertThat(jdbc.queryForObject("select response from ethics_recommendation where referral_id = ? and position = 0",
                String.class, referral)).isEqualTo("ACCEPTED");
        assertThat(operations("Ethics recommendation", jdbc.queryForObject("select id from ethics_recommendation "
                + "where referral_id = ? and position = 0", UUID.class, referral))).containsExactly("ALTERATION");
    }

    @Test
    void thePublicPageShowsOnlyWhatIsPublishedWithoutSigningInAndNotFoundForAnUnknownForce() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        UUID open = ethics.system("Public voice assistant " + mark, "VOICE_ASSISTANT", "OFFICIAL");
        UUID referral = ethics.refer("pmo", open, "SECRET-QUESTION-" + mark);
        ethics.give(open, referral, "SUPPORTED_WITH_RECOMMENDATIONS", "PUBLISHED-ADVICE-" + mark + " " + SCRIPT, Map.of(
                "recommendation-0-text", "PUBLISHED-REC-" + mark, "recommendation-0-marking", "PUBLISH",
                "recommendation-1-text", "WITHHELD-REC-" + mark, "recommendation-1-marking", "WITHHOLD",
                "recommendation-1-reason", "SECURITY"));
        ethics.post("pmo", "/assurance/systems/" + open + "/ethics/responses", Map.of("referral", referral.toString(),
                "response-1", "PARTLY_ACCEPTED", "responseText-1", "PUBLIC-RESPONSE-" + mark, "version-1", "0",
                "response-2", "ACCEPTED", "responseText-2", "WITHHELD-RESPONSE-" + mark, "version-2", "0"), null);

        UUID drafted = ethics.system("Drafted system " + mark, "CLASSIFIER", "OFFICIAL");
        UUID draftReferral = ethics.refer("pmo", drafted, "Q?");
        ethics.post("ethics", "/assurance/systems/" + drafted + "/ethics/advice", Map.of("referral",
                draftReferral.toString(), "summary", "DRAFT-ADVICE-" + mark, "action", "draft"), null);

        UUID sensitive = ethics.system("SENSITIVE-SYSTEM-" + mark, "CLASSIFIER", "OFFICIAL_SENSITIVE");
        UUID sensitiveReferral = ethics.refer("pmo", sensitive, "Q?");
        ethics.give(sensitive, sensitiveReferral, "SUPPORTED", "SENSITIVE-ADVICE-" + mark, Map.of());

        MockHttpServletResponse response = ethics.get(null, "/ethics-panel/WMP", null);
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("Public voice assistant " + mark).contains("Purpose of Public voice assistant " + mark)
                .contains("PUBLISHED-ADVICE-" + mark).contains("&lt;script&gt;").doesNotContain(SCRIPT)
                .contains("PUBLISHED-REC-" + mark).contains("PUBLIC-RESPONSE-" + mark).contains("Partly accepted")
                .contains("Withheld: OFFICIAL-SENSITIVE").contains("Security of systems, networks or premises")
                .doesNotContain("WITHHELD-REC-" + mark).doesNotContain("WITHHELD-RESPONSE-" + mark)
                .doesNotContain("SECRET-QUESTION-" + mark)
                .contains("Drafted system " + mark).doesNotContain("DRAFT-ADVICE-" + mark)
                .doesNotContain("SENSITIVE-SYSTEM-" + mark).doesNotContain("SENSITIVE-ADVICE-" + mark)
                .contains("Andi-Esra").contains("Microsoft Copilot").doesNotContain("facial recognition");
        assertThat(ethics.get(null, "/ethics-panel/wmp", null).getStatus()).isEqualTo(200);
        assertThat(ethics.get(null, "/ethics-panel/NOPE", null).getStatus()).isEqualTo(404);
        assertThat(ethics.get(null, "/ethics-panel/" + "%3Cscript%3E", null).getStatus()).isIn(400, 404);
        assertThat(ethics.get("staff", "/ethics-panel/WMP", null).getStatus()).isEqualTo(200);
    }

    @Test
    void everyReadIsAConsultationWithItsJustificationAndEveryExportADisclosure() throws Exception {
        UUID system = ethics.system("Logged reads " + UUID.randomUUID(), "PREDICTIVE_ANALYTICS", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "What safeguards?");
        assertThat(ethics.question("board.member", "/assurance/systems/" + system + "/ethics"))
                .contains("Why are you reading this material?").contains("name=\"returnTo\" value=\"/assurance/systems/"
                        + system + "/ethics\"");
        assertThat(ethics.question("board.member", "/assurance/systems/" + system + "/ethics/pack.txt?referral=" + referral))
                .contains("Why are you reading this material?").contains("/ethics/pack.txt?referral=" + referral);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Ethics referral' "
                + "and operation = 'DISCLOSURE' and record_id = ?", Integer.class, referral.toString())).isZero();
        assertThat(ethics.get("staff", "/assurance/systems/" + system + "/ethics", null).getStatus()).isEqualTo(403);
        assertThat(ethics.get("iao", "/assurance/systems/" + system + "/ethics/pack", null).getStatus()).isEqualTo(403);

        Cookie session = ethics.justified("board.member", system, "Change Board on Tuesday");
        assertThat(ethics.page("board.member", "/assurance/systems/" + system + "/ethics", session))
                .contains("What safeguards?");
        assertThat(jdbc.queryForObject("select justification from audit_event where record_type = 'Ethics referral' "
                + "and record_id = ? and operation = 'CONSULTATION' and actor = 'board.member' order by seq desc limit 1",
                String.class, system.toString())).isEqualTo("Audit or inspection: Change Board on Tuesday");

        MockHttpServletResponse export = ethics.get("board.member", "/assurance/systems/" + system
                + "/ethics/pack.txt?referral=" + referral, session);
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("text/plain");
        assertThat(export.getHeader("Content-Disposition")).contains("attachment").contains(".txt");
        assertThat(export.getContentAsString()).startsWith("OFFICIAL-SENSITIVE").contains("What safeguards?")
                .contains("Register entry").contains("Assurance, as it stood when the system was referred");
        assertThat(jdbc.queryForObject("select justification from audit_event where record_type = 'Ethics referral' "
                + "and record_id = ? and operation = 'DISCLOSURE'", String.class, referral.toString()))
                .isEqualTo("Audit or inspection: Change Board on Tuesday");
        assertThat(ethics.get("board.member", "/assurance/systems/" + system + "/ethics/pack?referral=not-an-id",
                session).getStatus()).isEqualTo(404);
        assertThat(ethics.get("board.member", "/assurance/systems/" + system + "/ethics/pack?referral="
                + UUID.randomUUID(), session).getStatus()).isEqualTo(404);
    }

    @Test
    void aBreachedMonitoringThresholdRefersTheSystemBackInTheSameTransaction() throws Exception {
        UUID system = ethics.system("Monitored " + UUID.randomUUID(), "VOICE_ASSISTANT", "OFFICIAL");
        UUID review = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new MonitoringThresholdBreached(system, review,
                "Vulnerable callers routed to a person", "91%", "at least 98%", "dpo", "WMP")));
        Map<String, Object> referral = jdbc.queryForMap("select id, kind, question, referred_by, monitoring_review_id, "
                + "meeting_on from ethics_referral where system_id = ?", system);
        assertThat(referral.get("kind")).isEqualTo("RE_REFERRAL");
        assertThat((String) referral.get("question")).contains("Vulnerable callers routed to a person").contains("91%")
                .contains("at least 98%");
        assertThat(referral.get("referred_by")).isEqualTo("dpo");
        assertThat(referral.get("monitoring_review_id")).isEqualTo(review);
        assertThat(referral.get("meeting_on")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from ethics_pack_entry where referral_id = ?", Integer.class,
                referral.get("id"))).isGreaterThan(10);
        assertThat(progress(system).detail()).contains("the meeting is to be arranged");

        transactions.executeWithoutResult(status -> events.publishEvent(new MonitoringThresholdBreached(system, review,
                "Abandoned calls", "14%", "below 10%", null, "WMP")));
        assertThat(jdbc.queryForList("select referred_by from ethics_referral where system_id = ? order by referred_at, reference",
                String.class, system)).containsExactly("dpo", "system:monitoring");

        // Rolled back with the review that breached: no referral is left behind.
        UUID other = ethics.system("Rolled back " + UUID.randomUUID(), "VOICE_ASSISTANT", "OFFICIAL");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new MonitoringThresholdBreached(other, review, "m", "1", "2", "dpo", "WMP"));
            status.setRollbackOnly();
        });
        assertThat(referrals(other)).isZero();
    }

    @Test
    void aRulesBasedRobotNeedsNoReferralAndAResubmissionLeavesTheStepOpen() throws Exception {
        UUID robot = ethics.system("Robot " + UUID.randomUUID(), "RPA_WITH_RULES", "OFFICIAL");
        assertThat(progress(robot).complete()).isTrue();
        assertThat(progress(robot).detail()).isEqualTo("Not required: rules-based automation with no inference");

        UUID system = ethics.system("Resubmitted " + UUID.randomUUID(), "CLASSIFIER", "OFFICIAL");
        assertThat(progress(system).complete()).isFalse();
        assertThat(progress(system).label()).isEqualTo("Not started");
        UUID referral = ethics.refer("dpo", system, "Q?");
        ethics.give(system, referral, "RESUBMIT", "Come back with the bias testing.", Map.of());
        assertThat(progress(system).complete()).isFalse();
        assertThat(progress(system).label()).isEqualTo("Resubmit");
        UUID again = ethics.refer("dpo", system, "With the bias testing.");
        ethics.give(system, again, "NOT_SUPPORTED", "The bias is too great.", Map.of());
        assertThat(progress(system).complete()).isTrue();
        assertThat(progress(system).colour()).isEqualTo("red");
    }

    @Test
    void theDemoShowsAndiEsrasAdviceWithAWithheldRecommendationAndCopilotAwaitingAdvice() throws Exception {
        UUID andi = jdbc.queryForObject("select s.id from ai_system s join force f on f.id = s.force_id "
                + "where f.code = 'WMP' and s.name = 'Andi-Esra'", UUID.class);
        assertThat(progress(andi).detail()).isEqualTo("Advice: Supported with recommendations on 24 September 2024 "
                + "with 5 recommendations, 5 answered");
        UUID copilot = jdbc.queryForObject("select s.id from ai_system s join force f on f.id = s.force_id "
                + "where f.code = 'WMP' and s.name = 'Microsoft Copilot'", UUID.class);
        assertThat(progress(copilot).detail()).contains("awaiting advice at its meeting on");
        String page = ethics.page(null, "/ethics-panel/WMP", null);
        assertThat(page).contains("Every caller must be able to reach a human call handler")
                .doesNotContain("spoofed caller numbers").contains("Withheld: OFFICIAL-SENSITIVE");
        Cookie session = ethics.justified("sro", andi, "Six-month review");
        assertThat(ethics.page("sro", "/assurance/systems/" + andi + "/ethics", session))
                .contains("spoofed caller numbers").contains("Withheld: OFFICIAL-SENSITIVE (Security of systems");
    }

    private AssuranceStep.Progress progress(UUID system) {
        AssuranceStep step = steps.stream().filter(s -> "Ethics Panel advice".equals(s.name())).findFirst().orElseThrow();
        assertThat(step.order()).isEqualTo(50);
        return step.progress(systems.find(system).orElseThrow());
    }

    @Test
    void aMeetingThatMovesIsMovedOnceWhileAStaleOrHostileMoveIsRefusedAndAdvisedReferralsKeepTheirDate() throws Exception {
        UUID system = ethics.system("Moving meeting " + UUID.randomUUID(), "CLASSIFIER", "OFFICIAL");
        UUID referral = ethics.refer("pmo", system, "Is it proportionate?");
        String path = "/assurance/systems/" + system + "/ethics/meeting";
        java.time.LocalDate first = EthicsRequests.TODAY.plusDays(10);
        java.time.LocalDate moved = EthicsRequests.TODAY.plusDays(24);
        String seen = first.toString();
        Cookie session = ethics.justified("pmo", system, "Rearranging the panel meeting");
        assertThat(ethics.page("pmo", "/assurance/systems/" + system + "/ethics", session)).contains("Move the panel meeting");
        assertThat(ethics.page("pmo", path + "?referral=" + referral, session)).contains("Move the panel meeting")
                .contains("value=\"" + seen + "\"").contains("value=\"" + first.getDayOfMonth() + "\"");

        String impossible = ethics.post("pmo", path, Map.of("referral", referral.toString(), "seen", seen,
                "meetingOnDay", "31", "meetingOnMonth", "2", "meetingOnYear", "2027"), session).getContentAsString();
        assertThat(impossible).contains("There is a problem").contains("Date of the panel meeting must be a real date")
                .contains("value=\"31\"");
        String hostile = ethics.post("pmo", path, Map.of("referral", referral.toString(), "seen", SCRIPT,
                "meetingOnDay", SCRIPT, "meetingOnMonth", "'; drop table ethics_referral; --", "meetingOnYear", "x".repeat(10_000)),
                session).getContentAsString();
        assertThat(hostile).contains("There is a problem").doesNotContain(SCRIPT).contains("&lt;script&gt;");
        assertThat(ethics.post("pmo", path, Map.of("referral", referral.toString(), "seen", seen), session)
                .getContentAsString()).contains("Enter the date of the panel meeting the referral is for");
        assertThat(ethics.post("pmo", path, Map.of("referral", "not-a-referral", "seen", seen, "meetingOnDay", "1",
                "meetingOnMonth", "1", "meetingOnYear", "2027"), session).getStatus()).isEqualTo(404);
        for (String someone : List.of("board.member", "iao", "ethics")) {
            assertThat(ethics.post(someone, path, Map.of("referral", referral.toString(), "seen", seen, "meetingOnDay", "1",
                    "meetingOnMonth", "1", "meetingOnYear", "2027"), null).getStatus()).as(someone).isEqualTo(403);
        }
        assertThat(meetingOf(referral)).isEqualTo(first);

        Map<String, String> move = Map.of("referral", referral.toString(), "seen", seen, "meetingOnDay",
                "" + moved.getDayOfMonth(), "meetingOnMonth", "" + moved.getMonthValue(), "meetingOnYear", "" + moved.getYear());
        assertThat(ethics.post("pmo", path, move, session).getStatus()).isEqualTo(302);
        assertThat(meetingOf(referral)).isEqualTo(moved);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ? and summary like 'Moved the Ethics Panel meeting%'",
                Integer.class, referral.toString())).isEqualTo(1);

        // A second person working from the date as it was is told what it is now, and nothing moves.
        String stale = ethics.post("practitioner", path, Map.of("referral", referral.toString(), "seen", seen,
                "meetingOnDay", "1", "meetingOnMonth", "1", "meetingOnYear", "" + (moved.getYear() + 1)),
                ethics.justified("practitioner", system, "Rearranging")).getContentAsString();
        assertThat(stale).contains("Someone else changed this").contains("Meeting: from " + first + " to " + moved)
                .contains("name=\"seen\" value=\"" + moved + "\"");
        assertThat(meetingOf(referral)).isEqualTo(moved);

        ethics.give(system, referral, "SUPPORTED", "Supported.", Map.of());
        assertThat(ethics.post("pmo", path, Map.of("referral", referral.toString(), "seen", moved.toString(),
                "meetingOnDay", "1", "meetingOnMonth", "1", "meetingOnYear", "2030"), session).getRedirectedUrl())
                .isEqualTo("/assurance/systems/" + system + "/ethics");
        assertThat(meetingOf(referral)).isEqualTo(moved);
        assertThat(ethics.page("pmo", "/assurance/systems/" + system + "/ethics", session)).doesNotContain("Move the panel meeting");
    }

    private java.time.LocalDate meetingOf(UUID referral) {
        return jdbc.queryForObject("select meeting_on from ethics_referral where id = ?", java.time.LocalDate.class, referral);
    }

    private int referrals(UUID system) {
        return jdbc.queryForObject("select count(*) from ethics_referral where system_id = ?", Integer.class, system);
    }

    private int answered(UUID referral) {
        return jdbc.queryForObject("select count(*) from ethics_recommendation where referral_id = ? and response is not null",
                Integer.class, referral);
    }

    private List<String> operations(String type, UUID id) {
        return jdbc.queryForList("select operation from audit_event where record_type = ? and record_id = ? order by seq",
                String.class, type, id.toString());
    }
}
