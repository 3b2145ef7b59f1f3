package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.governance.DecisionRecorded;
import org.ironbridge.governance.Outcome;
import org.ironbridge.portfolio.GateCheck;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.Tier;
import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/** The AI register: recording a system, its statuses, its formal assessment, who may use it, and board decisions. */
@IronbridgeTest
class AiRegisterTests {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Portfolio portfolio;

    AssuranceRequests requests;

    @org.junit.jupiter.api.BeforeEach
    void requests() {
        requests = new AssuranceRequests(mvc, people, jdbc);
    }

    private MockHttpServletResponse post(String who, String path, Map<String, String> fields) throws Exception {
        return requests.post(who, path, fields);
    }

    private String page(String who, String path) throws Exception {
        return requests.page(who, path);
    }

    @Test
    void theDemoRegisterHoldsTheFiveSystemsOfTheSeedsInTheirStatuses() throws Exception {
        String register = page("board.member", "/assurance");
        assertThat(register).contains("Microsoft Copilot").contains("Andi-Esra").contains("ANPR vehicle profiling")
                .contains("Retrospective facial recognition search").contains("Connect investigation allocation bot");
        assertThat(statusOf("Microsoft Copilot")).isEqualTo("UNDER_ASSESSMENT");
        assertThat(statusOf("Andi-Esra")).isEqualTo("LIVE");
        assertThat(statusOf("ANPR vehicle profiling")).isEqualTo("REQUESTED");
        assertThat(statusOf("Retrospective facial recognition search")).isEqualTo("REJECTED");
        assertThat(page("board.member", "/assurance/systems/" + idOf("Retrospective facial recognition search")))
                .contains("no accuracy or bias testing by sex, age or ethnicity");
        assertThat(page("staff", "/assurance")).isEqualTo("HTTP 403");
    }

    @Test
    void hostileInputIsRefusedWithTheInputKeptAndNothingSavedThenAValidSystemIsRequested() throws Exception {
        int before = count("select count(*) from ai_system");
        Map<String, String> hostile = new HashMap<>(valid("<script>alert(1)</script>"));
        hostile.putAll(Map.of("purpose", "x".repeat(10_000), "businessAreaId", "'; drop table ai_system; --",
                "supplierCompanyNumber", "12345", "type", "SKYNET", "initiativeId", UUID.randomUUID().toString(),
                "website", "javascript:alert(1)", "contactEmail", "not an email", "classification", "TOP_SECRET"));
        String page = post("practitioner", "/assurance/systems", hostile).getContentAsString();
        assertThat(page).contains("There is a problem").contains("Purpose must be 4000 characters or fewer")
                .contains("Select the business area that requested the system").contains("Companies House number must be")
                .contains("Select the type of system").contains("Select the initiative from the list")
                .contains("Website must be a full web address").contains("Enter a contact email address")
                .contains("Select the security classification").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("x".repeat(10_000))
                .doesNotContain("<script>alert(1)</script>");
        assertThat(count("select count(*) from ai_system")).isEqualTo(before);

        String name = "Demand forecasting " + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse created = post("practitioner", "/assurance/systems", valid(name));
        UUID id = idFrom(created);
        assertThat(jdbc.queryForObject("select status || ' ' || supplier_company_number from ai_system where id = ?",
                String.class, id)).isEqualTo("REQUESTED SC123456");
        assertThat(jdbc.queryForObject("select reference from ai_system where id = ?", String.class, id)).matches("AI-\\d{4}-\\d{3}");
        assertThat(count("select count(*) from audit_event where record_id = '" + id + "' and operation = 'COLLECTION'"))
                .isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedAndTheSecondPersonIsToldWhatChanged() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Redaction assistant " + UUID.randomUUID())));
        Map<String, String> first = new HashMap<>(valid("Redaction assistant, renamed"));
        first.put("version", "0");
        post("practitioner", "/assurance/systems/" + id, first);
        Map<String, String> second = new HashMap<>(valid("Redaction assistant, second"));
        second.put("version", "0");
        String page = post("pmo", "/assurance/systems/" + id, second).getContentAsString();
        assertThat(page).contains("Someone else changed this").contains("Redaction assistant, renamed");
        assertThat(jdbc.queryForObject("select name from ai_system where id = ?", String.class, id))
                .isEqualTo("Redaction assistant, renamed");
    }

    @Test
    void anEditWithHostileOrMalformedInputIsRefusedWithTheInputKeptAndNothingChanged() throws Exception {
        String name = "Edit target " + UUID.randomUUID();
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid(name)));
        String audited = "select count(*) from audit_event where record_id = '" + id + "'";
        int before = count(audited);
        Map<String, String> hostile = new HashMap<>(valid(SCRIPT));
        hostile.putAll(Map.of("version", "0", "purpose", "x".repeat(10_000), "businessAreaId", "'; drop table ai_system; --",
                "type", "SKYNET", "decisionRole", "OVERLORD", "initiativeId", UUID.randomUUID().toString(),
                "ownerId", "not-a-person", "contactEmail", "not an email", "classification", "TOP_SECRET"));
        String page = post("practitioner", "/assurance/systems/" + id, hostile).getContentAsString();
        assertThat(page).contains("There is a problem").contains("Purpose must be 4000 characters or fewer")
                .contains("Select the business area that requested the system").contains("Select the type of system")
                .contains("Select whether the system informs or makes decisions about people")
                .contains("Select the initiative from the list").contains("Select the system owner from the list")
                .contains("Enter a contact email address").contains("Select the security classification")
                .contains("value=\"" + ESCAPED + "\"").doesNotContain(SCRIPT);
        assertThat(jdbc.queryForObject("select name || ' ' || version from ai_system where id = ?", String.class, id))
                .isEqualTo(name + " 0");
        assertThat(count(audited)).isEqualTo(before);

        // A forged version is never a save: the form comes back, or the request is refused.
        Map<String, String> forged = new HashMap<>(valid("Renamed " + UUID.randomUUID()));
        forged.put("version", "'; update ai_system set name = 'x'; --");
        MockHttpServletResponse refused = post("practitioner", "/assurance/systems/" + id, forged);
        assertThat(refused.getRedirectedUrl()).isNull();
        assertThat(jdbc.queryForObject("select name || ' ' || version from ai_system where id = ?", String.class, id))
                .isEqualTo(name + " 0");
        assertThat(count(audited)).isEqualTo(before);
    }

    @Test
    void aStatusMoveWithHostileOrMalformedInputIsRefusedWithTheReasonKeptAndTheStatusUnchanged() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Status target " + UUID.randomUUID())));
        String path = "/assurance/systems/" + id + "/status";
        String changes = "select count(*) from ai_system_status_change where system_id = '" + id + "'";
        int before = count(changes);
        String unknown = post("practitioner", path, Map.of("version", "0", "status", "SKYNET", "reason", SCRIPT))
                .getContentAsString();
        assertThat(unknown).contains("There is a problem").contains("Select one of the moves open to a system that is requested")
                .contains(ESCAPED).doesNotContain(SCRIPT);
        String tooLong = post("practitioner", path, Map.of("version", "0", "status", "'; drop table ai_system; --",
                "reason", "r".repeat(10_000))).getContentAsString();
        assertThat(tooLong).contains("There is a problem").contains("Reason must be 4000 characters or fewer")
                .contains("r".repeat(10_000));
        assertThat(post("practitioner", path, Map.of("version", "not a number", "status", "UNDER_ASSESSMENT",
                "reason", "Forged version")).getRedirectedUrl()).isNull();

        // Going live needs a real date that has happened.
        jdbc.update("update ai_system set status = 'APPROVED_FOR_PILOT' where id = ?", id);
        String impossible = post("practitioner", path, Map.of("version", "0", "status", "LIVE", "reason", "Went live",
                "liveSinceDay", "31", "liveSinceMonth", "2", "liveSinceYear", "2024")).getContentAsString();
        assertThat(impossible).contains("There is a problem").contains("Date it went live must be a real date")
                .contains("Went live");
        String letters = post("practitioner", path, Map.of("version", "0", "status", "LIVE", "reason", "Went live",
                "liveSinceDay", "first", "liveSinceMonth", "May", "liveSinceYear", "twenty")).getContentAsString();
        assertThat(letters).contains("There is a problem").contains("Date it went live must be a real date");
        assertThat(statusOf(id)).isEqualTo("APPROVED_FOR_PILOT");
        assertThat(count(changes)).isEqualTo(before);
    }

    @Test
    void approvalIsOnlyByTheBoardWhileOtherMovesNeedAReasonAndAreKeptInTheHistory() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Case file summariser " + UUID.randomUUID())));
        assertThat(post("practitioner", "/assurance/systems/" + id + "/status", Map.of("version", "0", "status", "APPROVED",
                "reason", "Looks fine")).getContentAsString())
                .contains("Approval and decommissioning are recorded by the board");
        assertThat(post("practitioner", "/assurance/systems/" + id + "/status", Map.of("version", "0",
                "status", "UNDER_ASSESSMENT")).getContentAsString()).contains("Enter the reason");
        assertThat(statusOf(id)).isEqualTo("REQUESTED");
        post("practitioner", "/assurance/systems/" + id + "/status", Map.of("version", "0", "status", "UNDER_ASSESSMENT",
                "reason", "Assessment started <b>today</b>"));
        assertThat(statusOf(id)).isEqualTo("UNDER_ASSESSMENT");
        assertThat(page("board.member", "/assurance/systems/" + id)).contains("Requested to Under assessment")
                .contains("Assessment started &lt;b&gt;today&lt;/b&gt;");
    }

    @Test
    void theFormalAssessmentNeedsEvidenceForEachRatingAndRecordsTheAssessor() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Triage classifier " + UUID.randomUUID())));
        String page = post("practitioner", "/assurance/systems/" + id + "/assessment", Map.of("ratingSECURITY", "STRONG",
                "evidenceCREDIBILITY", "Used by three forces", "ratingUSABILITY", "EXCELLENT", "evidenceUSABILITY", "ok"))
                .getContentAsString();
        assertThat(page).contains("Enter the evidence for the security rating").contains("Select a rating for credibility")
                .contains("Select a rating for usability").contains("Used by three forces");
        assertThat(count("select count(*) from ai_assessment_rating where system_id = '" + id + "'")).isZero();

        Map<String, String> all = new HashMap<>();
        for (String c : new String[] {"SECURITY", "CREDIBILITY", "RELIABILITY", "USABILITY", "BUSINESS_BENEFIT",
                "DATA_MINIMISATION", "PURPOSE_LIMITATION", "EXPLAINABILITY", "AUDITABILITY"}) {
            all.put("rating" + c, "ADEQUATE");
            all.put("evidence" + c, "Evidence for " + c);
        }
        all.put("ratingSECURITY", "UNACCEPTABLE");
        post("practitioner", "/assurance/systems/" + id + "/assessment", all);
        assertThat(page("board.member", "/assurance/systems/" + id)).contains("5 of 5 criteria and 4 of 4 design principles rated")
                .contains("unacceptable: Security");
        assertThat(page("board.member", "/assurance/systems/" + id + "/assessment")).contains("Morgan Okafor");
        // a second assessor working from the same, now stale, form is refused
        Map<String, String> stale = new HashMap<>(Map.of("ratingSECURITY", "STRONG", "evidenceSECURITY", "Accredited", "stampSECURITY", ""));
        assertThat(post("pmo", "/assurance/systems/" + id + "/assessment", stale).getContentAsString())
                .contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select rating from ai_assessment_rating where system_id = ? and criterion = 'SECURITY'",
                String.class, id)).isEqualTo("UNACCEPTABLE");
    }

    @Test
    void usageRulesAndInformationAssetsRefuseHostileInputAndAreAudited() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Translation service " + UUID.randomUUID())));
        assertThat(post("iao", "/assurance/systems/" + id + "/use/rules", Map.of("role", "y".repeat(201),
                "minimumVetting", "GOD")).getContentAsString()).contains("Who may use it must be 200 characters")
                .contains("Select the minimum vetting level");
        assertThat(post("iao", "/assurance/systems/" + id + "/use/rules", Map.of("role", SCRIPT, "minimumVetting", "MV",
                "training", "'; drop table ai_usage_rule; --", "conditions", "c".repeat(10_000))).getContentAsString())
                .contains("There is a problem").contains("Other conditions must be 2000 characters or fewer")
                .contains("value=\"" + ESCAPED + "\"").doesNotContain(SCRIPT).contains("&#39;; drop table ai_usage_rule; --");
        assertThat(post("iao", "/assurance/systems/" + id + "/use/assets", Map.of("assetName", "<img src=x onerror=alert(1)>",
                "kind", "DATABASE")).getContentAsString()).contains("There is a problem")
                .contains("Select whether it is an information asset")
                .contains("Enter its owner").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(post("iao", "/assurance/systems/" + id + "/use/assets", Map.of("assetName", "Call records", "kind",
                "INFORMATION_ASSET", "owner", SCRIPT, "lawfulBasis", "l".repeat(10_000))).getContentAsString())
                .contains("Lawful basis must be 500 characters or fewer").contains(ESCAPED).doesNotContain(SCRIPT);
        assertThat(count("select count(*) from ai_usage_rule where system_id = '" + id + "'")).isZero();
        assertThat(count("select count(*) from ai_information_asset where system_id = '" + id + "'")).isZero();
        post("iao", "/assurance/systems/" + id + "/use/rules", Map.of("role", "Interpreters' unit", "minimumVetting", "MV",
                "training", "Safe use"));
        post("iao", "/assurance/systems/" + id + "/use/assets", Map.of("assetName", "Custody records", "kind",
                "INFORMATION_ASSET", "owner", "Head of Custody", "lawfulBasis", "DPA 2018 s35"));
        assertThat(page("board.member", "/assurance/systems/" + id + "/use")).contains("Interpreters&#39; unit")
                .contains("Management Vetting (MV)").contains("Custody records");
        assertThat(post("board.member", "/assurance/systems/" + id + "/use/rules", Map.of("role", "Anyone",
                "minimumVetting", "RV")).getStatus()).isEqualTo(403);
    }

    @Test
    void anAssessmentWithHostileOrMalformedInputIsRefusedWithItsInputKeptAndNothingSaved() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Assessment target " + UUID.randomUUID())));
        Map<String, String> hostile = new HashMap<>(Map.of("ratingSECURITY", "'; drop table ai_assessment_rating; --",
                "evidenceSECURITY", SCRIPT, "ratingCREDIBILITY", "ADEQUATE", "evidenceCREDIBILITY", "e".repeat(10_000),
                "ratingSKYNET", "STRONG", "evidenceSKYNET", "Forged criterion", "stampRELIABILITY", "forged"));
        String page = post("practitioner", "/assurance/systems/" + id + "/assessment", hostile).getContentAsString();
        assertThat(page).contains("There is a problem").contains("Select a rating for security")
                .contains("Evidence for credibility must be 4000 characters or fewer").contains(ESCAPED)
                .doesNotContain(SCRIPT).contains("e".repeat(10_000)).doesNotContain("Forged criterion");
        assertThat(count("select count(*) from ai_assessment_rating where system_id = '" + id + "'")).isZero();
    }

    @Test
    void aForgedOrMalformedRuleOrAssetIdIsRefusedWithNothingWithdrawn() throws Exception {
        UUID id = idFrom(post("practitioner", "/assurance/systems", valid("Removal target " + UUID.randomUUID())));
        UUID other = idFrom(post("practitioner", "/assurance/systems", valid("Other system " + UUID.randomUUID())));
        post("iao", "/assurance/systems/" + id + "/use/rules", Map.of("role", "Call handlers", "minimumVetting", "MV"));
        post("iao", "/assurance/systems/" + id + "/use/assets", Map.of("assetName", "Call records", "kind",
                "INFORMATION_ASSET", "owner", "Head of Contact", "lawfulBasis", "DPA 2018 s35"));
        String rule = jdbc.queryForObject("select id::text from ai_usage_rule where system_id = ?", String.class, id);
        String asset = jdbc.queryForObject("select id::text from ai_information_asset where system_id = ?", String.class, id);
        int audited = count("select count(*) from audit_event where record_id = '" + id + "'");
        for (String forged : new String[] {"not-a-uuid", "'; delete from ai_usage_rule; --", SCRIPT, "",
                UUID.randomUUID().toString()}) {
            assertThat(post("iao", "/assurance/systems/" + id + "/use/rule-removal", Map.of("ruleId", forged)).getStatus())
                    .as(forged).isEqualTo(404);
            assertThat(post("iao", "/assurance/systems/" + id + "/use/asset-removal", Map.of("assetId", forged))
                    .getStatus()).as(forged).isEqualTo(404);
        }
        // Another system's rule or asset is not this system's to withdraw.
        assertThat(post("iao", "/assurance/systems/" + other + "/use/rule-removal", Map.of("ruleId", rule)).getStatus())
                .isEqualTo(404);
        assertThat(post("iao", "/assurance/systems/" + other + "/use/asset-removal", Map.of("assetId", asset)).getStatus())
                .isEqualTo(404);
        assertThat(post("board.member", "/assurance/systems/" + id + "/use/rule-removal", Map.of("ruleId", rule))
                .getStatus()).isEqualTo(403);
        assertThat(count("select count(*) from ai_usage_rule where system_id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) from ai_information_asset where system_id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where record_id = '" + id + "'")).isEqualTo(audited);

        assertThat(post("iao", "/assurance/systems/" + id + "/use/rule-removal", Map.of("ruleId", rule))
                .getRedirectedUrl()).isEqualTo("/assurance/systems/" + id + "/use");
        assertThat(count("select count(*) from ai_usage_rule where system_id = '" + id + "'")).isZero();
    }

    @Test
    void aChangeBoardApprovalOnAGatePaperApprovesTheSystemForThePilotItSoughtAndIsKeptAgainstIt() {
        UUID force = jdbc.queryForObject("select id from force where code = 'WMP'", UUID.class);
        UUID initiative = jdbc.queryForObject("select id from initiative where title = 'Microsoft Co-Pilot'", UUID.class);
        UUID system = jdbc.queryForObject("select id from ai_system where name = 'Microsoft Copilot'", UUID.class);
        // At commissioning, assurance not yet complete is acknowledged by the board rather than blocking it.
        GateCheck gate = portfolio.gateCheck(initiative, true);
        assertThat(gate.evidence()).extracting(GateCheck.Evidence::name).contains("Formal assessment", "Ethics Panel advice");
        assertThat(gate.evidence().stream().filter(e -> e.name().equals("Formal assessment")).findFirst().orElseThrow()
                .status()).isEqualTo(GateCheck.Status.NOT_YET_AVAILABLE);

        String before = statusOf(system);
        UUID decision = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DecisionRecorded(decision, force, "WMP", "DEC-TEST-" + decision.toString().substring(0, 6),
                    "Change Board", Tier.CHANGE_BOARD, initiative, UUID.randomUUID(), "PAP-TEST", true,
                    Outcome.APPROVE_WITH_CONDITIONS, LocalDate.now(), "board.chair"));
            tx.setRollbackOnly();
        });
        assertThat(statusOf(system)).as("rolled back with the decision").isEqualTo(before);
        transactions.executeWithoutResult(tx -> events.publishEvent(new DecisionRecorded(decision, force, "WMP",
                "DEC-TEST-" + decision.toString().substring(0, 6), "Change Board", Tier.CHANGE_BOARD, initiative,
                UUID.randomUUID(), "PAP-TEST", true, Outcome.APPROVE_WITH_CONDITIONS, LocalDate.now(), "board.chair")));
        assertThat(statusOf(system)).isEqualTo("APPROVED_FOR_PILOT");
        assertThat(jdbc.queryForObject("select status_after from ai_board_decision where decision_id = ?", String.class,
                decision)).isEqualTo("APPROVED_FOR_PILOT");
        jdbc.update("update ai_system set status = 'UNDER_ASSESSMENT' where id = ?", system);
    }

    @Test
    void anAiInitiativeWithNoSystemOnTheRegisterCannotPassItsGate() throws Exception {
        UUID initiative = org.ironbridge.portfolio.TestInitiatives.propose(mvc, people, jdbc,
                "Predictive demand model " + UUID.randomUUID());
        jdbc.update("update initiative set involves_ai = true where id = ?", initiative);
        GateCheck gate = portfolio.gateCheck(initiative, false);
        assertThat(gate.missing()).extracting(GateCheck.Evidence::name).contains("AI register entry");
        assertThat(gate.passable()).isFalse();
    }

    @Test
    void theJustificationReturnsOnlyToAPageOfTheSameSystem() throws Exception {
        UUID id = idOf("Andi-Esra");
        for (String hostile : new String[] {"https://evil.example/", "//evil.example", "/assurance/systems/" + id + "/..//evil",
                "/assurance/systems/" + id + "/../../../admin/users",
                "/admin/users"}) {
            MockHttpServletResponse result = post("dpo", "/assurance/systems/" + id + "/justification", Map.of("reason", "AUDIT",
                    "returnTo", hostile));
            assertThat(result.getRedirectedUrl()).isEqualTo("/assurance/systems/" + id);
        }
        assertThat(post("dpo", "/assurance/systems/" + id + "/justification", Map.of("reason", "BECAUSE"))
                .getContentAsString()).contains("Select why you need to read this material");
    }

    @Test
    void aJustificationWithHostileOrMalformedInputIsRefusedWithItsInputKeptAndNothingRemembered() throws Exception {
        UUID id = requests.system("CLASSIFIER", false);
        String material = "/assurance/systems/" + id + "/impact-assessment";
        String hostileReturn = material + "\"><script>alert('x')</script>";
        MockHttpServletResponse refused = post("dpo", "/assurance/systems/" + id + "/justification", Map.of(
                "reason", "'; drop table audit_event; --", "detail", SCRIPT + "d".repeat(10_000), "returnTo", hostileReturn));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem")
                .contains("Select why you need to read this material").contains("More detail must be 500 characters or fewer")
                .contains(ESCAPED + "d".repeat(10_000)).doesNotContain(SCRIPT).doesNotContain("\"><script>");
        for (String reason : new String[] {SCRIPT, "assessing", "", "ASSESSING,BOARD"}) {
            assertThat(post("dpo", "/assurance/systems/" + id + "/justification", Map.of("reason", reason, "returnTo",
                    material)).getContentAsString()).as(reason).contains("There is a problem")
                    .contains("Select why you need to read this material").doesNotContain(SCRIPT);
        }
        // Nothing remembered: the material still asks why.
        assertThat(requests.get("dpo", material).getRedirectedUrl()).contains("/justification?returnTo=");
        assertThat(post("dpo", "/assurance/systems/" + UUID.randomUUID() + "/justification", Map.of("reason", "AUDIT"))
                .getStatus()).isEqualTo(404);
        assertThat(post("staff", "/assurance/systems/" + id + "/justification", Map.of("reason", "AUDIT")).getStatus())
                .isEqualTo(403);
    }

    private Map<String, String> valid(String name) {
        Map<String, String> fields = new HashMap<>(Map.of("name", name, "purpose", "Forecasts 101 demand by hour.",
                "businessAreaId", area("FORCE-CONTACT"), "origin", "SUPPLIER_SUGGESTION", "supplierName", "Acme Analytics Ltd",
                "supplierCompanyNumber", "sc 123456", "procurementRoute", "OPEN_TENDER", "type", "PREDICTIVE_ANALYTICS"));
        fields.putAll(Map.of("decisionRole", "INFORMS", "usesBiometrics", "no", "approvalSought", "PILOT",
                "classification", "OFFICIAL"));
        return fields;
    }

    private static UUID idFrom(MockHttpServletResponse created) {
        String url = created.getRedirectedUrl();
        assertThat(url).as("redirected after saving").isNotNull();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private String area(String code) {
        return jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = ?", String.class, code);
    }

    private UUID idOf(String name) {
        return jdbc.queryForObject("select id from ai_system where name = ?", UUID.class, name);
    }

    private String statusOf(String name) {
        return statusOf(idOf(name));
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("select status from ai_system where id = ?", String.class, id);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
