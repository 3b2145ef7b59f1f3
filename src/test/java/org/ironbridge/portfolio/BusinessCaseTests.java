package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
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

/** Business cases: every save a new version, earlier versions kept and viewable, totals worked out, nothing overwritten. */
@IronbridgeTest
class BusinessCaseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;

    @Test
    void eachSaveIsANewVersionAndAnEarlierVersionCanStillBeRead() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pmo", id, Map.of("strategicCase", "First thoughts on the case for change")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portfolio/initiatives/" + id + "/business-case"));
        mvc.perform(save("pm", id, Map.of("basedOn", "1", "strategicCase", "The case for change, revised after the board")))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForList("select version from business_case where initiative_id = ? order by version",
                Integer.class, id)).containsExactly(1, 2);
        String latest = page("board.member", "/portfolio/initiatives/" + id + "/business-case");
        assertThat(latest).contains("The case for change, revised after the board").contains("Version 2, saved by Sam Lindqvist")
                .contains("?version=1").doesNotContain("First thoughts on the case for change");
        String earlier = page("board.member", "/portfolio/initiatives/" + id + "/business-case?version=1");
        assertThat(earlier).contains("First thoughts on the case for change")
                .contains("You are looking at version 1, an earlier version. The latest is version 2.")
                .contains("Version 1, saved by Priya Bennett");
        assertThat(portfolio.businessCase(id)).get().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.preferredOption()).isEqualTo("Digital by default");
            assertThat(summary.fundingSource()).isEqualTo("Home Office or national fund (for example STAR): STAR 2025");
        });
    }

    @Test
    void theWholeLifeCostIsTheOneOffCostsPlusTheRecurringCostsForEveryYear() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pmo", id, Map.of("capitalOneOff", "£100,000", "capitalRecurring", "5000", "revenueOneOff",
                "20000.50", "revenueRecurring", "10,000", "years", "3"))).andExpect(status().isFound());

        assertThat(jdbc.queryForObject("select whole_life_cost from business_case where initiative_id = ?",
                BigDecimal.class, id)).isEqualByComparingTo("165000.50");
        assertThat(portfolio.businessCase(id)).get().extracting(BusinessCaseSummary::wholeLifeCost)
                .satisfies(total -> assertThat(total).isEqualByComparingTo("165000.50"));
        assertThat(page("pmo", "/portfolio/initiatives/" + id + "/business-case"))
                .contains("£165,000.50 over 3 years").contains("£115,000.00").contains("£50,000.50");
        assertThat(page("pmo", "/portfolio/initiatives/" + id)).contains("Version 1: whole-life cost £165,000.50");
    }

    @Test
    void hostileAndMalformedInputIsRefusedWithTheInputKeptAndNothingSaved() throws Exception {
        UUID id = initiative();
        Map<String, String> hostile = new HashMap<>(Map.of("strategicCase", "<script>alert('case')</script>",
                "economicCase", "x".repeat(10_000), "optionCost[1]", "a lot", "optionTitle[2]", "",
                "preferredOption", "7", "capitalOneOff", "-5", "years", "21", "fundingSource", "SKUNKWORKS",
                "optionTitle[999999]", "ignored"));
        hostile.put("basedOn", "'; drop table business_case; --");
        String page = mvc.perform(save("pmo", id, hostile)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem").contains("Error: Edit the business case")
                .contains("Economic case must be 8000 characters or fewer")
                .contains("Whole-life cost of option 1 must be an amount in pounds")
                .contains("Enter a title for option 2")
                .contains("The preferred option must be one of the options you have described")
                .contains("Capital one-off cost must be £0 or more").contains("Years must be a whole number from 1 to 20")
                .contains("Select where the funding comes from")
                .contains("href=\"#option-1-cost\"").contains("id=\"option-1-cost\"")
                .contains("&lt;script&gt;alert(&#39;case&#39;)&lt;/script&gt;").doesNotContain("<script>alert('case')")
                .contains("value=\"a lot\"");
        assertThat(versions(id)).isZero();
    }

    @Test
    void fewerThanTwoOptionsOrNoFundingDetailForOtherIsRefused() throws Exception {
        UUID id = initiative();
        String page = mvc.perform(save("pmo", id, Map.of("optionTitle[2]", "", "optionDescription[2]", "",
                        "optionCost[2]", "", "fundingSource", "OTHER", "fundingDetail", "  ")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Describe at least two options, including doing nothing or the minimum")
                .contains("href=\"#option-2-title\"").contains("Say where the funding comes from");
        assertThat(versions(id)).isZero();
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionIsRefusedShowingWhatTheyChangedAndSavesNothing() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pmo", id, Map.of())).andExpect(status().isFound());
        mvc.perform(save("practitioner", id, Map.of("basedOn", "1", "strategicCase", "Morgan's rewrite of the case")))
                .andExpect(status().isFound());
        String page = mvc.perform(save("pmo", id, Map.of("basedOn", "1", "strategicCase", "Priya's stale edit")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone else saved a new version of this business case while you were editing")
                .contains("practitioner changed this business case").contains("Morgan&#39;s rewrite of the case")
                .contains("The text you entered, which was not saved").contains("Priya&#39;s stale edit")
                .contains("name=\"basedOn\" value=\"2\"");
        assertThat(versions(id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select strategic_case from business_case where initiative_id = ? and version = 2",
                String.class, id)).isEqualTo("Morgan's rewrite of the case");
    }

    @Test
    void everyVersionIsAuditedWithWhatChangedAndAnUnchangedSaveMakesNoVersion() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pmo", id, Map.of())).andExpect(status().isFound());
        mvc.perform(save("pmo", id, Map.of("basedOn", "1", "years", "7"))).andExpect(status().isFound());
        mvc.perform(save("pmo", id, Map.of("basedOn", "2", "years", "7"))).andExpect(status().isFound());

        assertThat(versions(id)).isEqualTo(2);
        assertThat(jdbc.queryForList("select operation from audit_event where record_type = 'BusinessCase' and "
                + "record_id = ? and actor = 'pmo' order by seq", String.class, id.toString()))
                .containsExactly("COLLECTION", "ALTERATION");
        assertThat(jdbc.queryForObject("select changes from audit_event where record_type = 'BusinessCase' and "
                + "record_id = ? and operation = 'ALTERATION'", String.class, id.toString()))
                .contains("Years costed").contains("Whole-life cost").doesNotContain("Strategic case");
    }

    @Test
    void aSavedVersionCannotBeChangedOrRemovedEvenInTheDatabase() throws Exception {
        UUID id = initiative();
        mvc.perform(save("pmo", id, Map.of())).andExpect(status().isFound());
        assertThatThrownBy(() -> jdbc.update("update business_case set strategic_case = 'rewritten' where initiative_id = ?", id))
                .rootCause().hasMessageContaining("keeps every saved version");
        assertThatThrownBy(() -> jdbc.update("delete from business_case_option where business_case_id in "
                + "(select id from business_case where initiative_id = ?)", id))
                .rootCause().hasMessageContaining("keeps every saved version");
    }

    @Test
    void anotherForcesInitiativeIsNotFoundAndAnUnknownVersionIsNotFound() throws Exception {
        UUID theirs = TestInitiatives.ofAnotherForce(jdbc);
        mvc.perform(get("/portfolio/initiatives/" + theirs + "/business-case").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isNotFound());
        mvc.perform(save("pmo", theirs, Map.of())).andExpect(status().isNotFound());
        assertThat(versions(theirs)).isZero();
        UUID ours = initiative();
        mvc.perform(get("/portfolio/initiatives/" + ours + "/business-case?version=3").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/initiatives/" + ours + "/business-case?version=abc").with(SignedIn.as(people, "pmo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProjectManagerOfAnotherInitiativeMayReadButNotWriteItsBusinessCase() throws Exception {
        UUID notTheirs = jdbc.queryForObject("select id from initiative where title like 'Operation Vanguard%'", UUID.class);
        mvc.perform(get("/portfolio/initiatives/" + notTheirs + "/business-case").with(SignedIn.as(people, "pm")))
                .andExpect(status().isOk());
        mvc.perform(get("/portfolio/initiatives/" + notTheirs + "/business-case/edit").with(SignedIn.as(people, "pm")))
                .andExpect(status().isForbidden());
        mvc.perform(save("pm", notTheirs, Map.of())).andExpect(status().isForbidden());
        assertThat(versions(notTheirs)).isZero();
    }

    @Test
    void theDemoAndiEsraBusinessCaseHasThreeVersionsFundedBySTAR() throws Exception {
        UUID andiEsra = jdbc.queryForObject("select id from initiative where title like 'Andi-Esra%'", UUID.class);
        assertThat(portfolio.businessCase(andiEsra)).get().satisfies(summary -> {
            assertThat(summary.version()).isEqualTo(3);
            assertThat(summary.fundingSource()).contains("STAR");
        });
        assertThat(page("auditor", "/portfolio/initiatives/" + andiEsra + "/business-case?version=1"))
                .contains("an earlier version");
    }

    private UUID initiative() throws Exception {
        return TestInitiatives.propose(mvc, people, jdbc, "Business case test " + UUID.randomUUID());
    }

    private int versions(UUID id) {
        return jdbc.queryForObject("select count(*) from business_case where initiative_id = ?", Integer.class, id);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(people, who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A complete, valid business case form, with the given fields replaced. */
    private MockHttpServletRequestBuilder save(String who, UUID id, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>();
        all.put("basedOn", "0");
        all.put("strategicCase", "Why the change is needed");
        all.put("optionTitle[1]", "Do nothing");
        all.put("optionDescription[1]", "Carry on, with paper forms");
        all.put("optionCost[1]", "0");
        all.put("optionTitle[2]", "Digital by default");
        all.put("optionDescription[2]", "Replace the forms with an online service, for officers, staff and the public");
        all.put("optionCost[2]", "£250,000");
        all.put("preferredOption", "2");
        all.put("capitalOneOff", "100000");
        all.put("capitalRecurring", "0");
        all.put("revenueOneOff", "25000");
        all.put("revenueRecurring", "25000");
        all.put("years", "5");
        all.put("fundingSource", "NATIONAL_FUND");
        all.put("fundingDetail", "STAR 2025");
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/portfolio/initiatives/" + id + "/business-case").with(csrf())
                .with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }
}
