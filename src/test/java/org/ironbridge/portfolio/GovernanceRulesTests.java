package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.ironbridge.access.Role;
import org.ironbridge.access.SignedInPerson;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The governance rules pages: the thresholds and routes in plain words, changed only by those who configure
 * governance, refused when malformed or stale, audited, and followed by the next proposal. The changes are
 * made to West Mercia (a force of the tests' own people), and its rules are put back after each test, so the
 * demo force's rules never move.
 */
@IronbridgeTest
class GovernanceRulesTests {

    private static final String PMO = "rules.pmo";
    private static final String OTHER_PMO = "rules.pmo2";
    private static final List<String> ROUTES = List.of("CHANGE_BOARD", "DESIGN_AND_DELIVERY_BOARD", "PROJECT_BOARD",
            "LIGHT_TOUCH");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Portfolio portfolio;

    @BeforeEach
    void westMerciaPeople() {
        for (String username : List.of(PMO, OTHER_PMO)) {
            if (jdbc.queryForObject("select count(*) from person where username = ?", Integer.class, username) == 0) {
                TestPeople.create(context, "WMERC", username, EnumSet.of(Role.PMO_ANALYST), VettingLevel.SC);
            }
        }
    }

    @AfterEach
    void westMerciaBackToNoRulesOfItsOwn() {
        jdbc.update("delete from governance_threshold where force_id = ?", westMercia());
        jdbc.update("delete from lifecycle_route where force_id = ?", westMercia());
    }

    @Test
    void theRulesPageSaysInPlainWordsWhichBoardGovernsAnInitiativeAndWhereEachRouteGoes() throws Exception {
        Document page = Jsoup.parse(page("board.member", "/portfolio/governance-rules"));
        assertThat(page.select("main").text())
                .contains("An initiative goes to the Change Board when its whole-life cost is at least £250,000 or its "
                        + "risk score is at least 16, or when it involves AI or advanced data analytics.")
                .contains("Otherwise, it goes to the Design and Delivery Board when its whole-life cost is at least "
                        + "£50,000 or its risk score is at least 9.")
                .contains("Any other initiative is governed by its own Project Board");
        assertThat(stagesOf(page, "Change Board")).containsExactly("Mandate", "Strategic Outline Case",
                "Outline Business Case", "Full Business Case", "Delivery", "Transition and readiness", "Closure",
                "Benefits review", "Closed");
        assertThat(stagesOf(page, "Light touch")).containsExactly("Mandate", "Delivery", "Closure", "Closed");
        assertThat(page.select("caption:contains(Change Board) ~ tbody tr").get(2).text())
                .isEqualTo("Outline Business Case Gate G2");
        assertThat(page.select("a[href=/portfolio/governance-rules/thresholds/edit]")).isEmpty();
        assertThat(Jsoup.parse(page("pmo", "/portfolio/governance-rules"))
                .select("a[href=/portfolio/governance-rules/thresholds/edit], a[href=/portfolio/governance-rules/lifecycle/edit]"))
                .hasSize(2);
        assertThat(Jsoup.parse(page("pmo", "/portfolio")).select("a[href=/portfolio/governance-rules]")).hasSize(1);
    }

    @Test
    void savedThresholdsChangeTheRulesPageAndTheBoardANewProposalGoesToAndAreAudited() throws Exception {
        assertThat(page(PMO, "/portfolio/governance-rules")).contains("No cost or risk threshold is set for the Change Board");
        assertThat(page(PMO, "/portfolio/governance-rules/thresholds/edit")).contains("Change the thresholds")
                .contains("name=\"changeBoardVersion\" value=\"-1\"");

        mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds", thresholds("£300,000", "18", "75000", "10")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portfolio/governance-rules"))
                .andExpect(flash().attribute("notice", Matchers.startsWith("Thresholds saved")));

        assertThat(Jsoup.parse(page(PMO, "/portfolio/governance-rules")).select("main").text())
                .contains("An initiative goes to the Change Board when its whole-life cost is at least £300,000 or its "
                        + "risk score is at least 18, or when it involves AI")
                .contains("Otherwise, it goes to the Design and Delivery Board when its whole-life cost is at least "
                        + "£75,000 or its risk score is at least 10.");
        assertThat(tierOf(propose("£80,000", ""))).isEqualTo("DESIGN_AND_DELIVERY_BOARD");
        assertThat(tierOf(propose("1000", "18"))).isEqualTo("CHANGE_BOARD");
        assertThat(tierOf(propose("74999.99", "9"))).isEqualTo("PROJECT_BOARD");

        Map<String, Object> event = jdbc.queryForMap("select actor, operation, changes from audit_event where "
                + "record_type = 'Governance thresholds' and record_id = ? order by seq desc limit 1", westMercia().toString());
        assertThat(event.get("actor")).isEqualTo(PMO);
        assertThat(event.get("operation")).isEqualTo("ALTERATION");
        assertThat(String.valueOf(event.get("changes"))).contains("Change Board minimum whole-life cost", "£300,000",
                "Design and Delivery Board minimum risk score");
    }

    @Test
    void existingInitiativesTheNewThresholdsWouldMoveAreListedButKeepTheirBoardUntilTheirDetailsAreNextSaved()
            throws Exception {
        UUID initiative = propose("£80,000", "");
        assertThat(tierOf(initiative)).isEqualTo("PROJECT_BOARD");

        mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds", thresholds("300000", "18", "75000", "10")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Matchers.allOf(Matchers.containsString("would now go to a different board"),
                        Matchers.containsString("Their board has not been changed"))));
        assertThat(tierOf(initiative)).isEqualTo("PROJECT_BOARD");
        Document page = Jsoup.parse(page(PMO, "/portfolio/governance-rules"));
        assertThat(page.select("main").text()).contains("Initiatives these thresholds would move to another board")
                .contains("Each moves to the board these thresholds give the next time its details are saved");
        assertThat(page.select("tr:has(a[href=/portfolio/initiatives/" + initiative + "])").text())
                .contains("Project Board Design and Delivery Board");

        String version = jdbc.queryForObject("select version::text from initiative where id = ?", String.class, initiative);
        Map<String, List<String>> unchanged = new LinkedHashMap<>(proposal("£80,000", ""));
        unchanged.put("title", List.of(jdbc.queryForObject("select title from initiative where id = ?", String.class, initiative)));
        unchanged.put("version", List.of(version));
        mvc.perform(form(PMO, "/portfolio/initiatives/" + initiative, unchanged)).andExpect(status().isFound());
        assertThat(tierOf(initiative)).isEqualTo("DESIGN_AND_DELIVERY_BOARD");
        assertThat(page(PMO, "/portfolio/governance-rules")).doesNotContain("/portfolio/initiatives/" + initiative);
    }

    @Test
    void savedRoutesChangeTheRulesPageAndTheRouteANewProposalTakes() throws Exception {
        Document form = Jsoup.parse(page(PMO, "/portfolio/governance-rules/lifecycle/edit"));
        assertThat(form.select("main").text()).contains("Every route always includes Mandate, Delivery, Closure and Closed");
        assertThat(form.select("input[type=checkbox]")).hasSize(20);
        assertThat(form.select("input[disabled], input[value$=.DELIVERY], input[value$=.MANDATE]")).isEmpty();
        Map<String, List<String>> routes = routes(List.of("CHANGE_BOARD.FULL_BUSINESS_CASE",
                "PROJECT_BOARD.TRANSITION", "PROJECT_BOARD.OUTLINE_BUSINESS_CASE"));
        mvc.perform(form(PMO, "/portfolio/governance-rules/lifecycle", routes))
                .andExpect(status().isFound()).andExpect(flash().attribute("notice", Matchers.startsWith("Routes saved")));

        Document page = Jsoup.parse(page(PMO, "/portfolio/governance-rules"));
        assertThat(stagesOf(page, "Project Board")).containsExactly("Mandate", "Outline Business Case", "Delivery",
                "Transition and readiness", "Closure", "Closed");
        assertThat(stagesOf(page, "Change Board")).containsExactly("Mandate", "Full Business Case", "Delivery",
                "Closure", "Closed");
        assertThat(stagesOf(page, "Light touch")).containsExactly("Mandate", "Delivery", "Closure", "Closed");

        UUID initiative = propose("", "");
        assertThat(Jsoup.parse(page(PMO, "/portfolio/initiatives/" + initiative)).select("ol.govuk-list--number li")
                .eachText()).containsExactly("Mandate – current stage", "Outline Business Case (G2)", "Delivery",
                "Transition and readiness (G4)", "Closure", "Closed");
        assertThat(portfolio.gateCheck(initiative, false).to()).isEqualTo(Stage.OUTLINE_BUSINESS_CASE);

        String changes = jdbc.queryForObject("select changes from audit_event where record_type = 'Lifecycle routes' "
                + "and record_id = ? order by seq desc limit 1", String.class, westMercia().toString());
        assertThat(changes).contains("Project Board route", "Mandate, Outline Business Case, Delivery, "
                + "Transition and readiness, Closure, Closed").doesNotContain("Light touch route");
    }

    @Test
    void anInitiativeOnAStageItsRouteNoLongerHasIsListedAndItsNextGateTakesItToTheNextStageItsRouteHas()
            throws Exception {
        UUID initiative = propose("", "");
        SignedInPerson pmo = (SignedInPerson) people.loadUserByUsername(PMO);
        portfolio.enterStage(pmo.subject(), initiative, Stage.MANDATE, Stage.FULL_BUSINESS_CASE, "DEC-TEST-1");

        mvc.perform(form(PMO, "/portfolio/governance-rules/lifecycle", routes(List.of("PROJECT_BOARD.BENEFITS_REVIEW"))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Matchers.containsString("now stand on a stage their route no longer has")));
        assertThat(Jsoup.parse(page(PMO, "/portfolio/governance-rules"))
                .select("tr:has(a[href=/portfolio/initiatives/" + initiative + "])").text())
                .endsWith("Full Business Case Delivery");
        assertThat(page(PMO, "/portfolio/initiatives/" + initiative))
                .contains("Full Business Case (G3) – current stage, no longer on its route");

        GateCheck gate = portfolio.gateCheck(initiative, false);
        assertThat(gate.from()).isEqualTo(Stage.FULL_BUSINESS_CASE);
        assertThat(gate.to()).isEqualTo(Stage.DELIVERY);
        assertThat(gate.evidence()).extracting(GateCheck.Evidence::name).doesNotContain("Business case");
        portfolio.enterStage(pmo.subject(), initiative, gate.from(), gate.to(), "DEC-TEST-2");
        assertThat(jdbc.queryForObject("select stage from initiative where id = ?", String.class, initiative))
                .isEqualTo("DELIVERY");
        assertThat(portfolio.gateCheck(initiative, false).to()).isEqualTo(Stage.CLOSURE);
    }

    @Test
    void hostileAndMalformedThresholdsAreRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        int audited = auditEvents("Governance thresholds");
        String page = mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds",
                        thresholds("£1,2,3", "<script>alert(1)</script>", "1e9", "26")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Change the thresholds").contains("There is a problem")
                .contains("Change Board minimum whole-life cost must have commas only between thousands, like £1,250,000")
                .contains("Change Board minimum risk score must be a whole number from 1 to 25")
                .contains("Design and Delivery Board minimum whole-life cost must be an amount in pounds, like 1250.50")
                .contains("Design and Delivery Board minimum risk score must be a whole number from 1 to 25")
                .contains("href=\"#changeBoardCost\"").contains("value=\"£1,2,3\"").contains("value=\"1e9\"")
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert(1)</script>");

        String blankAndNegative = mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds",
                        thresholds("-5", "-5", " ", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blankAndNegative).contains("Change Board minimum whole-life cost must be £0 or more")
                .contains("Enter the Design and Delivery Board’s minimum whole-life cost")
                .contains("Enter the Design and Delivery Board’s minimum risk score").contains("value=\"-5\"");

        String upsideDown = mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds",
                        thresholds("40000", "5", "50000", "9")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(upsideDown).contains("The Change Board’s minimum whole-life cost must not be below the Design and "
                        + "Delivery Board’s (£50,000)")
                .contains("The Change Board’s minimum risk score must not be below the Design and Delivery Board’s (9)");

        assertThat(jdbc.queryForObject("select count(*) from governance_threshold where force_id = ?", Integer.class,
                westMercia())).isZero();
        assertThat(auditEvents("Governance thresholds")).isEqualTo(audited);
    }

    @Test
    void aStageOrRouteThatDoesNotExistIsRefusedWithTheTicksKeptAndNothingSaved() throws Exception {
        int audited = auditEvents("Lifecycle routes");
        String page = mvc.perform(form(PMO, "/portfolio/governance-rules/lifecycle", routes(List.of(
                        "PROJECT_BOARD.COFFEE_BREAK", "NO_SUCH_ROUTE.TRANSITION", "<script>alert(1)</script>",
                        "CHANGE_BOARD.TRANSITION"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Change the routes").contains("There is a problem")
                .contains("Choose stages only for the four routes shown")
                .contains("Choose the Project Board route’s stages from the list")
                .contains("href=\"#PROJECT_BOARD\"").doesNotContain("<script>alert(1)</script>");
        assertThat(Jsoup.parse(page).select("input[type=checkbox][checked]").eachAttr("value"))
                .containsExactly("CHANGE_BOARD.TRANSITION");
        assertThat(jdbc.queryForObject("select count(*) from lifecycle_route where force_id = ?", Integer.class,
                westMercia())).isZero();
        assertThat(auditEvents("Lifecycle routes")).isEqualTo(audited);
    }

    @Test
    void aStaleThresholdsFormIsRefusedAndShowsWhatTheOtherPersonChanged() throws Exception {
        mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds", thresholds("300000", "18", "75000", "10")))
                .andExpect(status().isFound());
        String opened = page(PMO, "/portfolio/governance-rules/thresholds/edit");
        assertThat(opened).contains("name=\"changeBoardVersion\" value=\"0\"");

        Map<String, List<String>> theirs = thresholds("400000", "18", "75000", "10");
        theirs.putAll(Map.of("changeBoardVersion", List.of("0"), "designAndDeliveryVersion", List.of("0")));
        mvc.perform(form(OTHER_PMO, "/portfolio/governance-rules/thresholds", theirs)).andExpect(status().isFound());

        Map<String, List<String>> mine = thresholds("500000", "20", "75000", "10");
        mine.putAll(Map.of("changeBoardVersion", List.of("0"), "designAndDeliveryVersion", List.of("0")));
        String refused = mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds", mine))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Someone else changed these rules while you were editing. Nothing you entered has been saved")
                .contains(OTHER_PMO + " changed the thresholds")
                .contains("Change Board minimum whole-life cost: from £300,000 to £400,000")
                .contains("value=\"400000.00\"");
        assertThat(jdbc.queryForObject("select minimum_cost::text || '/' || minimum_risk from governance_threshold "
                + "where force_id = ? and tier = 'CHANGE_BOARD'", String.class, westMercia())).isEqualTo("400000.00/18");

        Map<String, List<String>> noVersion = thresholds("500000", "20", "75000", "10");
        noVersion.remove("changeBoardVersion");
        assertThat(mvc.perform(form(PMO, "/portfolio/governance-rules/thresholds", noVersion)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Someone else changed these rules");
    }

    @Test
    void aStaleRoutesFormIsRefusedAndShowsWhatTheOtherPersonChanged() throws Exception {
        mvc.perform(form(OTHER_PMO, "/portfolio/governance-rules/lifecycle", routes(List.of("LIGHT_TOUCH.TRANSITION"))))
                .andExpect(status().isFound());
        String refused = mvc.perform(form(PMO, "/portfolio/governance-rules/lifecycle",
                        routes(List.of("LIGHT_TOUCH.BENEFITS_REVIEW"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Someone else changed these rules while you were editing")
                .contains(OTHER_PMO + " changed the routes")
                .contains("Light touch route: from Mandate, Delivery, Closure, Closed to Mandate, Delivery, "
                        + "Transition and readiness, Closure, Closed");
        assertThat(Jsoup.parse(refused).select("input[type=checkbox][value^=LIGHT_TOUCH][checked]").eachAttr("value"))
                .containsExactly("LIGHT_TOUCH.TRANSITION");
        assertThat(jdbc.queryForObject("select array_to_string(stages, ',') from lifecycle_route where force_id = ? "
                + "and route = 'LIGHT_TOUCH'", String.class, westMercia())).isEqualTo("MANDATE,DELIVERY,TRANSITION,CLOSURE,CLOSED");
    }

    @Test
    void someoneWhoDoesNotConfigureGovernanceMayReadTheRulesButNotChangeThem() throws Exception {
        mvc.perform(get("/portfolio/governance-rules").with(SignedIn.as(people, "pm"))).andExpect(status().isOk());
        mvc.perform(get("/portfolio/governance-rules/thresholds/edit").with(SignedIn.as(people, "pm")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portfolio/governance-rules/lifecycle/edit").with(SignedIn.as(people, "pm")))
                .andExpect(status().isForbidden());
        mvc.perform(form("pm", "/portfolio/governance-rules/thresholds", thresholds("1", "1", "1", "1")))
                .andExpect(status().isForbidden());
        mvc.perform(form("pm", "/portfolio/governance-rules/lifecycle", routes(List.of())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portfolio/governance-rules").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
        assertThat(page("pmo", "/portfolio/governance-rules")).contains("£250,000");
    }

    /** The thresholds form as first opened for a force with none saved, with these values typed. */
    private static Map<String, List<String>> thresholds(String changeCost, String changeRisk, String designCost,
                                                       String designRisk) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("changeBoardCost", List.of(changeCost));
        fields.put("changeBoardRisk", List.of(changeRisk));
        fields.put("designAndDeliveryCost", List.of(designCost));
        fields.put("designAndDeliveryRisk", List.of(designRisk));
        fields.put("changeBoardVersion", List.of("-1"));
        fields.put("designAndDeliveryVersion", List.of("-1"));
        return fields;
    }

    /** The routes form as first opened for a force with none saved, with these stages ticked. */
    private static Map<String, List<String>> routes(List<String> ticked) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("stages", ticked);
        ROUTES.forEach(route -> fields.put("versions[" + route + "]", List.of("-1")));
        return fields;
    }

    /** A West Mercia project proposed by its PMO analyst, with this cost and risk score (either may be blank). */
    private UUID propose(String cost, String risk) throws Exception {
        String title = "Rules test " + UUID.randomUUID();
        Map<String, List<String>> fields = new LinkedHashMap<>(proposal(cost, risk));
        fields.put("title", List.of(title));
        mvc.perform(form(PMO, "/portfolio/initiatives", fields)).andExpect(status().isFound());
        return jdbc.queryForObject("select id from initiative where title = ?", UUID.class, title);
    }

    private Map<String, List<String>> proposal(String cost, String risk) {
        return Map.of("summary", List.of("Why it is needed"), "type", List.of("PROJECT"),
                "classification", List.of("OFFICIAL"), "wholeLifeCost", List.of(cost), "riskScore", List.of(risk),
                "businessAreas", List.of(jdbc.queryForObject("select u.id::text from organisation_unit u join force f "
                        + "on f.id = u.force_id where f.code = 'WMERC' and u.code = 'IT'", String.class)));
    }

    private MockHttpServletRequestBuilder form(String who, String path, Map<String, List<String>> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue().toArray(String[]::new));
        }
        return request;
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(people, who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The stages of a route's table on the rules page, in order. */
    private static List<String> stagesOf(Document page, String route) {
        List<String> stages = new ArrayList<>();
        page.select("table:has(caption > span:matchesOwn(^" + route + "$)) tbody tr")
                .forEach(row -> stages.add(row.child(0).text()));
        return stages;
    }

    private String tierOf(UUID initiative) {
        return jdbc.queryForObject("select tier from initiative where id = ?", String.class, initiative);
    }

    private int auditEvents(String recordType) {
        return jdbc.queryForObject("select count(*) from audit_event where record_type = ? and record_id = ?",
                Integer.class, recordType, westMercia().toString());
    }

    private UUID westMercia() {
        return jdbc.queryForObject("select id from force where code = 'WMERC'", UUID.class);
    }
}
