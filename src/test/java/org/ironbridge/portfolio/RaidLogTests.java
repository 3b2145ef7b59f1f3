package org.ironbridge.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.audit.AuditEvent;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.portfolio.RaidForms.Kind;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of item kept against an initiative (risks, issues, assumptions, dependencies, change
 * impacts) is added and changed the same way: audited field by field, never saved over a newer edit,
 * refused with the input kept, and out of reach of other forces and of those who may not edit.
 */
@IronbridgeTest
class RaidLogTests {

    /** A change to each kind: the fields sent, the column it lands in and its value, and the audit's words. */
    record Change(Map<String, List<String>> fields, String column, String stored, String auditField, String auditAfter) {
    }

    private static final Map<String, Change> CHANGES = Map.of(
            "risks", new Change(Map.of("status", List.of("CLOSED")), "status", "CLOSED", "Status", "Closed"),
            "issues", new Change(Map.of("status", List.of("RESOLVED"), "resolution", List.of("Environment rebuilt")),
                    "status", "RESOLVED", "Resolution", "Environment rebuilt"),
            "assumptions", new Change(Map.of("validated", List.of("yes"),
                    "validation", List.of("Rota checked with the contact centre")), "validated", "true", "Validation",
                    "Rota checked with the contact centre"),
            "dependencies", new Change(Map.of("status", List.of("MET")), "status", "MET", "Status", "Met"),
            "change impact", new Change(Map.of("severity", List.of("HIGH")), "severity", "HIGH", "Severity", "High"));

    /** What a second, stale editor sends of each kind: a value that must never be saved. */
    private static final Map<String, Change> STALE = Map.of(
            "risks", new Change(Map.of("cause", List.of("a second editor's cause")), "cause", "a second editor's cause",
                    null, null),
            "issues", new Change(Map.of("description", List.of("A second editor's description")), "description",
                    "A second editor's description", null, null),
            "assumptions", new Change(Map.of("statement", List.of("A second editor's statement")), "statement",
                    "A second editor's statement", null, null),
            "dependencies", new Change(Map.of("needed", List.of("A second editor's need")), "needed",
                    "A second editor's need", null, null),
            "change impact", new Change(Map.of("severity", List.of("LOW")), "severity", "LOW", null, null));

    /** Hostile and malformed input for each kind, and the messages each field must show. */
    private static final Map<String, Map<String, List<String>>> HOSTILE = Map.of(
            "risks", Map.of("cause", List.of("x".repeat(10_000)), "event", List.of("<script>alert(1)</script>"),
                    "inherentProbability", List.of("9"), "inherentImpact", List.of("high"),
                    "ownerId", List.of(UUID.randomUUID().toString()), "response", List.of("PRAY"),
                    "proximity", List.of("'; drop table raid_risk; --"), "escalated", List.of("maybe"),
                    "status", List.of("")),
            "issues", Map.of("description", List.of("<script>alert(1)</script>"), "impact", List.of("y".repeat(10_000)),
                    "ownerId", List.of("not-an-id"), "priority", List.of("URGENT"), "status", List.of("RESOLVED"),
                    "resolution", List.of("  ")),
            "assumptions", Map.of("statement", List.of("<script>alert(1)</script>" + "z".repeat(10_000)),
                    "ownerId", List.of(""), "validated", List.of("yes"), "validation", List.of("")),
            "dependencies", Map.of("dependsOnInitiativeId", List.of(UUID.randomUUID().toString()),
                    "externalProgramme", List.of("<script>alert(1)</script>"), "needed", List.of(""),
                    "neededByDay", List.of("31"), "neededByMonth", List.of("2"), "neededByYear", List.of("2031"),
                    "status", List.of("LOST")),
            "change impact", Map.of("organisationUnitId", List.of(UUID.randomUUID().toString()),
                    "ways", List.of("PROCESS", "<script>alert(1)</script>"), "severity", List.of("APOCALYPTIC"),
                    "fromMonth", List.of("13"), "fromYear", List.of("2030"), "toMonth", List.of("x"),
                    "toYear", List.of("99999")));

    private static final Map<String, List<String>> MESSAGES = Map.of(
            "risks", List.of("Cause must be 1000 characters or fewer", "Select the inherent probability, from 1 to 5",
                    "Select the inherent impact, from 1 to 5", "Select the risk owner from the list",
                    "Select the response to the risk", "Select when the risk would strike if it happened",
                    "Select whether the risk is escalated to the board above", "Select whether the risk is open or closed"),
            "issues", List.of("Impact must be 2000 characters or fewer", "Select the issue owner from the list",
                    "Select the priority of the issue", "Enter how the issue was resolved"),
            "assumptions", List.of("The assumption must be 2000 characters or fewer",
                    "Select the owner of the assumption from the list", "Enter how the assumption was validated"),
            "dependencies", List.of("Select an initiative of the force from the list, other than this one",
                    "Enter what is needed", "The date it is needed by must be a real date, like 27 3 2025",
                    "Select the status of the dependency"),
            "change impact", List.of("Select the business area affected from the list",
                    "Select how the area is affected from the list", "Select how severe the impact is",
                    "The first month of impact must be a real month and year, like 4 2025",
                    "The last month of impact must be a real month and year, like 4 2025"));

    /** What the refused form must show again of what was typed. */
    private static final Map<String, List<String>> KEPT = Map.of(
            "risks", List.of("&lt;script&gt;alert(1)&lt;/script&gt;", "x".repeat(10_000)),
            "issues", List.of("&lt;script&gt;alert(1)&lt;/script&gt;", "y".repeat(10_000)),
            "assumptions", List.of("&lt;script&gt;alert(1)&lt;/script&gt;" + "z".repeat(10_000)),
            "dependencies", List.of("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", "value=\"31\""),
            "change impact", List.of("value=\"13\"", "value=\"99999\"", "value=\"x\""));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Portfolio portfolio;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationContext context;

    RaidForms forms;

    @BeforeEach
    void forms() {
        forms = new RaidForms(jdbc, people, portfolio);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void anItemIsAddedThenChangedAndTheAuditTrailHasEveryFieldOfBoth(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID initiative = forms.initiative("Audited " + name);
        String list = mvc.perform(forms.add("pmo", initiative, kind, Map.of())).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(list).startsWith("/portfolio/initiatives/" + initiative + "/");
        Map<String, Object> item = forms.item(initiative, kind);
        UUID id = (UUID) item.get("id");

        Change change = CHANGES.get(name);
        mvc.perform(forms.edit("practitioner", initiative, kind, id, (Integer) item.get("version"), change.fields()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(list));

        assertThat(jdbc.queryForObject("select " + change.column() + "::text from " + kind.table() + " where id = ?",
                String.class, id)).isEqualTo(change.stored());
        List<AuditEvent> history = audit.historyOf(kind.recordType(), id.toString());
        assertThat(history).extracting(AuditEvent::operation, AuditEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Operation.COLLECTION, "pmo"),
                        org.assertj.core.groups.Tuple.tuple(Operation.ALTERATION, "practitioner"));
        assertThat(history.getFirst().changes()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(field -> assertThat(field.before()).isNull());
        assertThat(history.getLast().changes()).extracting(FieldChange::field, FieldChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple(change.auditField(), change.auditAfter()));
        assertThat(history.getLast().summary()).contains(kind.noun());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void aSecondEditorWithAStaleFormSeesWhatChangedAndSavesNothing(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID initiative = forms.initiative("Stale " + name);
        mvc.perform(forms.add("pmo", initiative, kind, Map.of())).andExpect(status().isFound());
        Map<String, Object> item = forms.item(initiative, kind);
        UUID id = (UUID) item.get("id");
        int opened = (Integer) item.get("version");

        mvc.perform(forms.edit("practitioner", initiative, kind, id, opened, CHANGES.get(name).fields()))
                .andExpect(status().isFound());
        Change stale = STALE.get(name);
        String page = mvc.perform(forms.edit("pmo", initiative, kind, id, opened, stale.fields()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem")
                .contains("Someone else changed this " + kind.noun() + " while you were editing. Nothing you entered "
                        + "has been saved")
                .contains("practitioner changed this " + kind.noun())
                .contains(CHANGES.get(name).auditField() + ": from ");
        assertThat(jdbc.queryForObject("select count(*) from " + kind.table() + " where id = ? and "
                + stale.column() + "::text = ?", Integer.class, id, stale.stored())).isZero();
        assertThat(jdbc.queryForObject("select " + CHANGES.get(name).column() + "::text from " + kind.table()
                + " where id = ?", String.class, id)).isEqualTo(CHANGES.get(name).stored());
        assertThat(audit.historyOf(kind.recordType(), id.toString())).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void hostileAndMalformedInputIsRefusedFieldByFieldWithTheInputKeptAndNothingSaved(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID initiative = forms.initiative("Hostile " + name);
        String page = mvc.perform(forms.add("pmo", initiative, kind, HOSTILE.get(name)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").startsWith("<!DOCTYPE html>");
        MESSAGES.get(name).forEach(message -> assertThat(page).contains(message));
        KEPT.get(name).forEach(kept -> assertThat(page).contains(kept));
        assertThat(page).doesNotContain("<script>alert(1)</script>");
        assertThat(forms.count(initiative, kind)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where summary like '%' || "
                + "(select reference from initiative where id = ?)", Integer.class, initiative)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void anotherForcesInitiativeIsNotFoundAndNothingIsSaved(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID initiative = forms.initiative("Not for West Mercia " + name);
        String outsider = "wmerc.pmo." + UUID.randomUUID().toString().substring(0, 8);
        TestPeople.create(context, "WMERC", outsider, EnumSet.of(Role.PMO_ANALYST), VettingLevel.SC);

        String base = "/portfolio/initiatives/" + initiative + "/" + kind.path();
        mvc.perform(get(base + "/new").with(SignedIn.as(people, outsider))).andExpect(status().isNotFound());
        mvc.perform(forms.add(outsider, initiative, kind, Map.of())).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/initiatives/" + initiative + (name.equals("change impact") ? "/change-impact" : "/raid"))
                .with(SignedIn.as(people, outsider))).andExpect(status().isNotFound());
        assertThat(forms.count(initiative, kind)).isZero();

        mvc.perform(forms.add("pmo", initiative, kind, Map.of())).andExpect(status().isFound());
        UUID id = (UUID) forms.item(initiative, kind).get("id");
        mvc.perform(get(base + "/" + id + "/edit").with(SignedIn.as(people, outsider))).andExpect(status().isNotFound());
        mvc.perform(forms.edit(outsider, initiative, kind, id, 0, CHANGES.get(name).fields()))
                .andExpect(status().isNotFound());
        assertThat(audit.historyOf(kind.recordType(), id.toString())).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void aProjectManagerOfAnotherInitiativeMayReadButNotChangeIt(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID initiative = forms.initiative("Not theirs " + name);
        String base = "/portfolio/initiatives/" + initiative + "/" + kind.path();
        mvc.perform(get("/portfolio/initiatives/" + initiative + (name.equals("change impact") ? "/change-impact" : "/raid"))
                .with(SignedIn.as(people, "pm"))).andExpect(status().isOk());
        mvc.perform(get(base + "/new").with(SignedIn.as(people, "pm"))).andExpect(status().isForbidden());
        mvc.perform(forms.add("pm", initiative, kind, Map.of())).andExpect(status().isForbidden());
        assertThat(forms.count(initiative, kind)).isZero();

        mvc.perform(forms.add("pmo", initiative, kind, Map.of())).andExpect(status().isFound());
        Map<String, Object> item = forms.item(initiative, kind);
        UUID id = (UUID) item.get("id");
        mvc.perform(forms.edit("pm", initiative, kind, id, (Integer) item.get("version"), CHANGES.get(name).fields()))
                .andExpect(status().isForbidden());
        assertThat(audit.historyOf(kind.recordType(), id.toString())).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"risks", "issues", "assumptions", "dependencies", "change impact"})
    void anItemOpenedUnderAnotherInitiativeIsNotFound(String name) throws Exception {
        Kind kind = forms.kind(name);
        UUID owner = forms.initiative("Owner of the item " + name);
        UUID other = forms.initiative("Another initiative " + name);
        mvc.perform(forms.add("pmo", owner, kind, Map.of())).andExpect(status().isFound());
        Map<String, Object> item = forms.item(owner, kind);
        mvc.perform(get("/portfolio/initiatives/" + other + "/" + kind.path() + "/" + item.get("id") + "/edit")
                .with(SignedIn.as(people, "pmo"))).andExpect(status().isNotFound());
        mvc.perform(forms.edit("pmo", other, kind, (UUID) item.get("id"), (Integer) item.get("version"),
                CHANGES.get(name).fields())).andExpect(status().isNotFound());
        assertThat(audit.historyOf(kind.recordType(), item.get("id").toString())).hasSize(1);
    }
}
