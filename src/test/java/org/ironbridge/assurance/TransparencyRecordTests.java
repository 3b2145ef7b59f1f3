package org.ironbridge.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import tools.jackson.databind.ObjectMapper;

/** The Algorithmic Transparency Recording Standard record of Andi-Esra, filled from the register and nothing else. */
@IronbridgeTest
class TransparencyRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void andiEsrasRecordCarriesTheRequiredTierOneAndTierTwoFieldsAndListsWhatTheRegisterLacks() throws Exception {
        UUID id = jdbc.queryForObject("select id from ai_system where name = 'Andi-Esra'", UUID.class);
        int disclosures = disclosures(id);
        var response = mvc.perform(get("/assurance/systems/" + id + "/transparency-record.json")
                .with(SignedIn.as(people, "board.member"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("atrs-ai-2024-001.json");
        Map<String, Object> record = json.readValue(response.getContentAsString(), Map.class);

        assertThat(record).containsEntry("schema", "Algorithmic Transparency Recording Standard");
        Map<String, Object> tier1 = (Map<String, Object>) ((Map<String, Object>) record.get("tier_1")).get("summary");
        assertThat(tier1).containsEntry("name", "Andi-Esra").containsEntry("organisation", "West Midlands Police")
                .containsEntry("website", "https://www.west-midlands.police.uk/contact-us").containsEntry("phase", "Production");
        assertThat((String) tier1.get("description")).startsWith("AI voice assistant answering 101 non-emergency calls");
        // the register holds no public contact email for Andi-Esra: missing, not made up
        assertThat(tier1.get("contact_email")).isNull();

        Map<String, Object> tier2 = (Map<String, Object>) record.get("tier_2");
        assertThat(tier2).containsOnlyKeys("owner_and_responsibility", "description_and_rationale",
                "decision_making_process", "tool_specification", "risks_mitigations_and_impact_assessments");
        Map<String, Object> owner = (Map<String, Object>) tier2.get("owner_and_responsibility");
        assertThat(owner).containsEntry("organisation", "West Midlands Police").containsEntry("team", "Force Contact")
                .containsEntry("procurement_procedure_type", "Grant funded (for example the STAR fund)");
        assertThat((String) owner.get("senior_responsible_owner")).contains("Head of Force Contact");
        assertThat(owner.get("external_supplier")).isNull();
        Map<String, Object> decisions = (Map<String, Object>) tier2.get("decision_making_process");
        assertThat((List<String>) decisions.get("required_training")).anyMatch(t -> t.contains("Andi-Esra call handling module"));
        assertThat((String) decisions.get("logging_of_outputs")).contains("contact record");
        Map<String, Object> tool = (Map<String, Object>) tier2.get("tool_specification");
        assertThat(tool).containsEntry("live_since", "2024-12-02");
        assertThat((List<Map<String, Object>>) tool.get("information_assets")).extracting(a -> a.get("name"))
                .contains("101 contact records");
        Map<String, Object> risks = (Map<String, Object>) tier2.get("risks_mitigations_and_impact_assessments");
        assertThat((List<Map<String, Object>>) risks.get("impact_assessments")).extracting(a -> a.get("name"))
                .contains("Formal assessment");

        assertThat((List<String>) record.get("missing_fields")).contains("tier_1.summary.contact_email",
                "tier_2.owner_and_responsibility.external_supplier",
                "tier_2.description_and_rationale.previous_process")
                .doesNotContain("tier_1.summary.name", "tier_1.summary.description", "tier_1.summary.website");
        assertThat(disclosures(id)).isEqualTo(disclosures + 1);

        String page = mvc.perform(get("/assurance/systems/" + id + "/transparency-record")
                .with(SignedIn.as(people, "pm"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tier 1: for the general public").contains("Missing").contains("101 contact records");
    }

    private int disclosures(UUID id) {
        return jdbc.queryForObject("select count(*) from audit_event where record_id = ? and operation = 'DISCLOSURE'",
                Integer.class, id.toString());
    }
}
