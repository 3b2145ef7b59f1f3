package org.ironbridge.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator sets the force's scoring criteria, weights and disagreement thresholds; the weights must add
 * up to exactly 100%; another force's administrator sees their own force's settings only.
 */
@IronbridgeTest
class ScoringSettingsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachForceStartsWithTheDefaultCriteriaAndAnAdministratorChangesThemWithAnAuditRecord() throws Exception {
        String wmp = page("admin", "/prioritisation/settings");
        assertThat(wmp).contains("value=\"Public benefit\"").contains("value=\"Deliverability\"")
                .contains("value=\"Strategic fit with the Police and Crime Plan\"");
        String westMercia = page("wm.admin", "/prioritisation/settings");
        assertThat(westMercia).contains("value=\"Public benefit\"");
        int version = version("WMERC");
        Map<String, String> fields = settings(version, List.of("Public benefit", "50", "Deliverability", "50"));
        fields.put("matrixPoints", "15");
        mvc.perform(save("wm.admin", fields)).andExpect(status().isFound());
        assertThat(jdbc.queryForList("select c.name from scoring_criterion c join force f on f.id = c.force_id "
                + "where f.code = 'WMERC' order by c.position", String.class)).containsExactly("Public benefit", "Deliverability");
        assertThat(page("wm.admin", "/prioritisation/settings")).contains("value=\"15\"").doesNotContain("value=\"Cost saving\"");
        assertThat(page("admin", "/prioritisation/settings")).contains("value=\"Cost saving\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'ScoringSettings' "
                + "and summary like 'Changed the scoring%' and force_code = 'WMERC'", Integer.class)).isOne();
    }

    @Test
    void weightsThatDoNotAddUpTo100AndHostileInputAreRefusedWithNothingSaved() throws Exception {
        page("admin", "/prioritisation/settings");
        int version = version("WMP");
        String before = criteria("WMP");
        String sum99 = mvc.perform(save("admin", settings(version, List.of("Public benefit", "50", "Cost saving", "49"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sum99).contains("There is a problem").contains("The weights add up to 99%. They must add up to exactly 100%")
                .contains("value=\"49\"");
        Map<String, String> hostile = settings(version, List.of("<script>alert(1)</script>", "50.5", "x".repeat(10_000), "-3",
                "", "20"));
        hostile.put("icePoints", "'; drop table scoring_criterion; --");
        hostile.put("moscowSteps", "9");
        String page = mvc.perform(save("admin", hostile)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("The weight of criterion 1 must be a whole percentage from 1 to 100")
                .contains("The name of criterion 2 must be 80 characters or fewer")
                .contains("The weight of criterion 2 must be a whole percentage from 1 to 100")
                .contains("Enter the name of criterion 3, or clear its weight")
                .contains("The ICE threshold must be a whole number of points from 1 to 9")
                .contains("The MoSCoW threshold must be 1, 2 or 3 steps")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String duplicate = mvc.perform(save("admin", settings(version, List.of("Cost saving", "50", "cost saving", "50"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("Give each criterion a different name");
        mvc.perform(save("admin", new HashMap<>(Map.of("version", "" + version, "criterionName[5000]", "Forged",
                "criterionWeight[5000]", "100", "matrixPoints", "20", "icePoints", "3", "ricePercent", "50",
                "wsjfPercent", "50", "moscowSteps", "1")))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Enter at least one criterion with its weight"));
        assertThat(criteria("WMP")).isEqualTo(before);
        assertThat(version("WMP")).isEqualTo(version);
    }

    @Test
    void aStaleSettingsFormIsRefusedAndShowsWhatChanged() throws Exception {
        page("wm.admin", "/prioritisation/settings");
        int opened = version("WMERC");
        Map<String, String> first = settings(opened, currentCriteria("WMERC"));
        first.put("ricePercent", "40");
        mvc.perform(save("wm.admin", first)).andExpect(status().isFound());
        Map<String, String> second = settings(opened, currentCriteria("WMERC"));
        second.put("ricePercent", "70");
        String stale = mvc.perform(save("wm.admin", second)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("changed by someone else").contains("RICE disagreement (% of the mean): from 50 to 40");
        assertThat(jdbc.queryForObject("select s.rice_percent from prioritisation_setting s join force f on f.id = s.force_id "
                + "where f.code = 'WMERC'", Integer.class)).isEqualTo(40);
    }

    @Test
    void onlyAdministratorsChangeTheSettings() throws Exception {
        mvc.perform(save("pmo", settings(0, List.of("A", "100")))).andExpect(status().isForbidden());
        mvc.perform(get("/prioritisation/settings").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
    }

    private List<String> currentCriteria(String force) {
        return jdbc.query("select c.name, c.weight from scoring_criterion c join force f on f.id = c.force_id "
                        + "where f.code = ? order by c.position", (rs, n) -> List.of(rs.getString(1), rs.getString(2)), force)
                .stream().flatMap(List::stream).toList();
    }

    private Map<String, String> settings(int version, List<String> namesAndWeights) {
        Map<String, String> fields = new HashMap<>(Map.of("version", "" + version, "matrixPoints", "20", "icePoints", "3",
                "ricePercent", "50", "wsjfPercent", "50", "moscowSteps", "1"));
        for (int i = 0; i < namesAndWeights.size() / 2; i++) {
            fields.put("criterionName[" + i + "]", namesAndWeights.get(2 * i));
            fields.put("criterionWeight[" + i + "]", namesAndWeights.get(2 * i + 1));
        }
        return fields;
    }

    private MockHttpServletRequestBuilder save(String who, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/prioritisation/settings").with(csrf()).with(SignedIn.as(people, who));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    private int version(String force) {
        return jdbc.queryForObject("select s.version from prioritisation_setting s join force f on f.id = s.force_id "
                + "where f.code = ?", Integer.class, force);
    }

    private String criteria(String force) {
        return String.join(",", currentCriteria(force));
    }

    private String page(String who, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "";
    }
}
