package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ironbridge.portfolio.RaidForms.Kind;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rules of the RAID log and change impact as people meet them: scores, escalation, lateness, saturation. */
@IronbridgeTest
class RaidRulesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;

    RaidForms forms;
    Kind risks;
    Kind issues;
    Kind assumptions;
    Kind dependencies;
    Kind impacts;

    @BeforeEach
    void forms() {
        forms = new RaidForms(jdbc, people, portfolio);
        risks = forms.kind("risks");
        issues = forms.kind("issues");
        assumptions = forms.kind("assumptions");
        dependencies = forms.kind("dependencies");
        impacts = forms.kind("change impact");
    }

    @Test
    void risksAreNumberedInTurnAndShowTheirScoresAsBandedTags() throws Exception {
        UUID initiative = forms.initiative("Scores");
        mvc.perform(forms.add("pmo", initiative, risks, Map.of("cause", List.of("a single supplier engineer"),
                "effect", List.of("a delay of a month to go-live")))).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, risks, Map.of("inherentProbability", List.of("2"),
                "inherentImpact", List.of("2"), "residualProbability", List.of("1"), "residualImpact", List.of("1"))))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForList("select reference from raid_risk where initiative_id = ? order by reference",
                String.class, initiative)).containsExactly("R-001", "R-002");
        String page = page("board.member", "/portfolio/initiatives/" + initiative + "/raid");
        assertThat(text(page)).contains("R-001 Because of a single supplier engineer, the interface is not built in "
                        + "time may occur, leading to a delay of a month to go-live.")
                .contains("20 High 4 × 5").contains("10 Medium 2 × 5").contains("4 Low 2 × 2").contains("1 Low 1 × 1");
        assertThat(page).contains("govuk-tag govuk-tag--red").contains("govuk-tag govuk-tag--yellow")
                .contains("govuk-tag govuk-tag--green")
                .doesNotContain("Add a risk").doesNotContain("/raid/risks/");
    }

    @Test
    void aResidualScoreAboveTheInherentScoreIsRefusedAndNothingIsSaved() throws Exception {
        UUID initiative = forms.initiative("Residual above inherent");
        String page = body(forms.add("pmo", initiative, risks, Map.of("inherentProbability", List.of("2"),
                "inherentImpact", List.of("2"), "residualProbability", List.of("3"), "residualImpact", List.of("2"))));
        assertThat(page).contains("There is a problem").contains("The residual score (3 × 2 = 6) cannot be higher than "
                + "the inherent score (2 × 2 = 4)").contains("href=\"#residualProbability\"");
        assertThat(forms.count(initiative, risks)).isZero();
    }

    @Test
    void anEscalatedRiskNeedsAReasonAndGoesToTheBoardAboveTheOneGoverningTheInitiative() throws Exception {
        UUID initiative = forms.initiative("Escalation");
        String refused = body(forms.add("pmo", initiative, risks, Map.of("escalated", List.of("yes"))));
        assertThat(refused).contains("Enter why the risk is escalated to the board above")
                .contains("Escalated to the Design and Delivery Board");
        assertThat(forms.count(initiative, risks)).isZero();

        mvc.perform(forms.add("pmo", initiative, risks, Map.of("escalated", List.of("yes"),
                "escalationReason", List.of("Beyond the Project Board's tolerance")))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select escalated_to from raid_risk where initiative_id = ?", String.class,
                initiative)).isEqualTo("Design and Delivery Board");
        assertThat(page("pmo", "/portfolio/initiatives/" + initiative + "/raid"))
                .contains("Escalated to the Design and Delivery Board: Beyond the Project Board&#39;s tolerance");
        assertThat(portfolio.openRisks(initiative)).singleElement().extracting(RiskSummary::escalated).isEqualTo(true);
    }

    @Test
    void aDependencyIsOnAnotherInitiativeOrAnExternalProgrammeButNeverBothNorItself() throws Exception {
        UUID initiative = forms.initiative("Depends");
        UUID other = forms.initiative("Depended on");
        assertThat(body(forms.add("pmo", initiative, dependencies, Map.of("externalProgramme", List.of("")))))
                .contains("Select the initiative this depends on, or name the external programme");
        assertThat(body(forms.add("pmo", initiative, dependencies, Map.of("dependsOnInitiativeId",
                List.of(other.toString()))))).contains("Select an initiative or name an external programme, not both");
        assertThat(body(forms.add("pmo", initiative, dependencies, Map.of("dependsOnInitiativeId",
                List.of(initiative.toString()), "externalProgramme", List.of("")))))
                .contains("Select an initiative of the force from the list, other than this one");
        assertThat(forms.count(initiative, dependencies)).isZero();

        mvc.perform(forms.add("pmo", initiative, dependencies, Map.of("dependsOnInitiativeId",
                List.of(other.toString()), "externalProgramme", List.of("")))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select depends_on_initiative_id from raid_dependency where initiative_id = ?",
                UUID.class, initiative)).isEqualTo(other);
    }

    @Test
    void thePortfolioDependencyViewShowsRmsProcurementLateBecauseOfTheNationalInterface() throws Exception {
        String page = text(page("board.chair", "/portfolio/dependencies"));
        String rms = jdbc.queryForObject("select reference from initiative where title = 'RMS procurement'", String.class);
        assertThat(page).contains("Late because of a dependency")
                .contains(rms + " RMS procurement Late because of D-001 on National Law Enforcement Data Service "
                        + "(NLEDS): needed by 30 June 2025 and not yet met")
                .contains("101 telephony platform");
    }

    @Test
    void waitingOnAnInitiativeForecastToFinishAfterTheDateNeededMakesTheWaitingOneLate() throws Exception {
        UUID provider = forms.initiative("Provider running late");
        UUID waiting = forms.initiative("Waiting on the provider");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate neededBy = today.plusMonths(3);
        LocalDate forecastEnd = today.plusMonths(6);
        jdbc.update("update initiative set forecast_end = ? where id = ?", forecastEnd, provider);
        mvc.perform(forms.add("pmo", waiting, dependencies, Map.of("dependsOnInitiativeId", List.of(provider.toString()),
                "externalProgramme", List.of(""), "neededByDay", List.of(String.valueOf(neededBy.getDayOfMonth())),
                "neededByMonth", List.of(String.valueOf(neededBy.getMonthValue())),
                "neededByYear", List.of(String.valueOf(neededBy.getYear()))))).andExpect(status().isFound());

        String providerReference = jdbc.queryForObject("select reference from initiative where id = ?", String.class,
                provider);
        String view = text(page("pmo", "/portfolio/dependencies"));
        assertThat(view).contains("Late because of D-001 on " + providerReference + " Provider running late")
                .contains(providerReference + " is forecast to finish on " + DAY.format(forecastEnd) + ", after the "
                        + DAY.format(neededBy) + " it is needed by");
        assertThat(text(page("pmo", "/portfolio/initiatives/" + waiting + "/raid"))).contains("Late "
                + providerReference + " is forecast to finish on");
        assertThat(portfolio.raidCounts(waiting).lateDependencies()).isEqualTo(1);

        jdbc.update("update initiative set forecast_end = ? where id = ?", neededBy, provider);
        assertThat(portfolio.raidCounts(waiting).lateDependencies()).isZero();
    }

    @Test
    void aDependencyOnAnInitiativeAboveThePersonsVettingIsNeitherShownNorOffered() throws Exception {
        UUID secret = forms.initiative("Covert provider");
        jdbc.update("update initiative set classification = 'OFFICIAL_SENSITIVE' where id = ?", secret);
        UUID waiting = forms.initiative("Open waiting");
        mvc.perform(forms.add("pmo", waiting, dependencies, Map.of("dependsOnInitiativeId", List.of(secret.toString()),
                "externalProgramme", List.of("")))).andExpect(status().isFound());
        assertThat(page("pmo", "/portfolio/dependencies")).contains("Covert provider");

        jdbc.update("update person set vetting_level = 'RV' where username = 'practitioner'");
        try {
            assertThat(page("practitioner", "/portfolio/dependencies")).doesNotContain("Covert provider");
            assertThat(page("practitioner", "/portfolio/initiatives/" + waiting + "/raid"))
                    .doesNotContain("Covert provider").contains("No dependencies recorded.");
            assertThat(page("practitioner", "/portfolio/initiatives/" + waiting + "/raid/dependencies/new"))
                    .doesNotContain("Covert provider");
            assertThat(body(forms.add("practitioner", waiting, dependencies, Map.of("dependsOnInitiativeId",
                    List.of(secret.toString()), "externalProgramme", List.of("")))))
                    .contains("Select an initiative of the force from the list, other than this one");
            assertThat(forms.count(waiting, dependencies)).isEqualTo(1);
        } finally {
            jdbc.update("update person set vetting_level = 'MV' where username = 'practitioner'");
        }
    }

    @Test
    void aChangeImpactEndingBeforeItStartsIsRefusedAndNothingIsSaved() throws Exception {
        UUID initiative = forms.initiative("Backwards impact");
        String page = body(forms.add("pmo", initiative, impacts, Map.of("fromMonth", List.of("6"),
                "fromYear", List.of("2025"), "toMonth", List.of("3"), "toYear", List.of("2025"))));
        assertThat(page).contains("There is a problem")
                .contains("The last month of impact must be the same as or after the first month")
                .contains("href=\"#to\"").contains("id=\"to\"");
        assertThat(body(forms.add("pmo", initiative, impacts, Map.of("fromYear", List.of("2025"),
                "toYear", List.of("2031"))))).contains("An impact can last at most 60 months");
        assertThat(forms.count(initiative, impacts)).isZero();

        mvc.perform(forms.add("pmo", initiative, impacts, Map.of("fromMonth", List.of("3"), "fromYear", List.of("2025"),
                "toMonth", List.of("3"), "toYear", List.of("2025")))).andExpect(status().isFound());
        assertThat(text(page("pmo", "/portfolio/initiatives/" + initiative + "/change-impact")))
                .contains("Corporate Change Process, Training Medium Mar 2025 Mar 2025");
    }

    @Test
    void theForceWideChangeImpactCountsInitiativesPerAreaAndMonthWithTheMostSevereImpact() throws Exception {
        UUID first = forms.initiative("Saturation one");
        UUID second = forms.initiative("Saturation two");
        mvc.perform(forms.add("pmo", first, impacts, Map.of("severity", List.of("LOW"), "fromMonth", List.of("1"),
                "fromYear", List.of("2090"), "toMonth", List.of("3"), "toYear", List.of("2090"))))
                .andExpect(status().isFound());
        mvc.perform(forms.add("pmo", second, impacts, Map.of("severity", List.of("HIGH"), "fromMonth", List.of("2"),
                "fromYear", List.of("2090"), "toMonth", List.of("2"), "toYear", List.of("2090"))))
                .andExpect(status().isFound());

        String page = page("board.member", "/portfolio/change-impact?from=2090-01");
        assertThat(text(page)).contains("Initiatives affecting each business area, Jan 2090 to Jun 2090")
                .contains("Corporate Change 1 initiative Highest severity: Low 2 initiatives Highest severity: High "
                        + "1 initiative Highest severity: Low None None None");
        assertThat(page).contains("href=\"/portfolio/change-impact?from=2089-07\"")
                .contains("href=\"/portfolio/change-impact?from=2090-07\"");
        String thisMonth = YearMonth.now(ZoneId.of("Europe/London"))
                .format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));
        assertThat(text(page("board.member", "/portfolio/change-impact?from=%3Cscript%3E"))).contains(thisMonth + " to");
    }

    @Test
    void theFacadeGivesOpenRisksHighestResidualFirstTheRaidCountsAndTheChangeImpacts() throws Exception {
        UUID initiative = forms.initiative("Facade");
        mvc.perform(forms.add("pmo", initiative, risks, Map.of("event", List.of("the medium one"),
                "inherentProbability", List.of("3"), "inherentImpact", List.of("4"), "residualProbability", List.of("2"),
                "residualImpact", List.of("4")))).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, risks, Map.of("event", List.of("the high one"),
                "inherentProbability", List.of("4"), "inherentImpact", List.of("5"), "residualProbability", List.of("3"),
                "residualImpact", List.of("5")))).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, risks, Map.of("event", List.of("the closed one"),
                "inherentProbability", List.of("5"), "inherentImpact", List.of("5"), "residualProbability", List.of("5"),
                "residualImpact", List.of("5"), "status", List.of("CLOSED")))).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, issues, Map.of())).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, issues, Map.of("status", List.of("RESOLVED"),
                "resolution", List.of("Done")))).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, assumptions, Map.of())).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, dependencies, Map.of())).andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, dependencies, Map.of("neededByYear", List.of("2020"))))
                .andExpect(status().isFound());
        mvc.perform(forms.add("pmo", initiative, impacts, Map.of())).andExpect(status().isFound());

        assertThat(portfolio.openRisks(initiative)).extracting(RiskSummary::reference, RiskSummary::event,
                        RiskSummary::inherentScore, RiskSummary::residualScore, RiskSummary::ownerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R-002", "the high one", 20, 15, "Priya Bennett"),
                        org.assertj.core.groups.Tuple.tuple("R-001", "the medium one", 12, 8, "Priya Bennett"));
        assertThat(portfolio.raidCounts(initiative)).isEqualTo(new RaidCounts(2, 1, 1, 2, 1));
        assertThat(portfolio.changeImpacts(initiative)).containsExactly(new ChangeImpactSummary("Corporate Change",
                java.util.Set.of("Process", "Training"), "Medium", YearMonth.of(2030, 4), YearMonth.of(2030, 6)));
        assertThat(text(page("pmo", "/portfolio/initiatives/" + initiative)))
                .contains("2 open risks, 1 open issue, 1 assumption and 2 dependencies, 1 of them late.");
    }

    @Test
    void andiEsrasRaidLogFromTheDemoIsReadByABoardMemberAndChangedByItsProjectManager() throws Exception {
        UUID andiEsra = jdbc.queryForObject("select id from initiative where title like 'Andi-Esra%'", UUID.class);
        String read = page("board.member", "/portfolio/initiatives/" + andiEsra + "/raid");
        assertThat(text(read)).contains("Andi-Esra will triage all 101 calls in WMP from December 2024")
                .contains("Escalated to the Force strategic risk register").contains("I-001").contains("A-002")
                .contains("101 telephony platform");
        assertThat(read).doesNotContain("Add a risk");
        assertThat(page("pm", "/portfolio/initiatives/" + andiEsra + "/raid")).contains("Add a risk")
                .contains("Change<span class=\"govuk-visually-hidden\"> risk R-001</span>");
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(people, who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's words, without tags, on one line. */
    private static String text(String html) {
        Matcher main = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL).matcher(html);
        String inside = main.find() ? main.group(1) : html;
        return inside.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
