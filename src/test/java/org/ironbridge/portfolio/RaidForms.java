package org.ironbridge.portfolio;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The forms of the RAID log and change impact as tests fill them: one valid set of fields per kind, a
 * fresh initiative of WMP to log against, and requests signed in as a demo person.
 */
final class RaidForms {

    /** One kind of item: where its forms post, its table, and a valid form. */
    record Kind(String name, String noun, String path, String table, String recordType,
                Map<String, List<String>> valid) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final JdbcTemplate jdbc;
    private final UserDetailsService people;
    private final Portfolio portfolio;

    RaidForms(JdbcTemplate jdbc, UserDetailsService people, Portfolio portfolio) {
        this.jdbc = jdbc;
        this.people = people;
        this.portfolio = portfolio;
    }

    Kind kind(String name) {
        return kinds(jdbc).stream().filter(kind -> kind.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Kind> kinds(JdbcTemplate jdbc) {
        String owner = jdbc.queryForObject("select id::text from person where username = 'pmo'", String.class);
        String unit = jdbc.queryForObject("select u.id::text from organisation_unit u join force f on f.id = u.force_id "
                + "where f.code = 'WMP' and u.code = 'CORP-CHANGE'", String.class);
        return List.of(
                new Kind("risks", "risk", "raid/risks", "raid_risk", "Risk", Map.ofEntries(
                        Map.entry("cause", List.of("the supplier's only engineer is on leave in March")),
                        Map.entry("event", List.of("the interface is not built in time")),
                        Map.entry("effect", List.of("go-live slips by a month")),
                        Map.entry("inherentProbability", List.of("4")), Map.entry("inherentImpact", List.of("5")),
                        Map.entry("residualProbability", List.of("2")), Map.entry("residualImpact", List.of("5")),
                        Map.entry("ownerId", List.of(owner)), Map.entry("response", List.of("REDUCE")),
                        Map.entry("proximity", List.of("WITHIN_3_MONTHS")), Map.entry("escalated", List.of("no")),
                        Map.entry("status", List.of("OPEN")))),
                new Kind("issues", "issue", "raid/issues", "raid_issue", "Issue", Map.of(
                        "description", List.of("The test environment is down"),
                        "impact", List.of("No testing can happen this week"),
                        "ownerId", List.of(owner), "priority", List.of("HIGH"), "status", List.of("OPEN"))),
                new Kind("assumptions", "assumption", "raid/assumptions", "raid_assumption", "Assumption", Map.of(
                        "statement", List.of("Call handlers will have an hour a week for training"),
                        "ownerId", List.of(owner), "validated", List.of("no"))),
                new Kind("dependencies", "dependency", "raid/dependencies", "raid_dependency", "Dependency", Map.of(
                        "externalProgramme", List.of("National Law Enforcement Data Service"),
                        "needed", List.of("The interface specification"),
                        "neededByDay", List.of("30"), "neededByMonth", List.of("9"), "neededByYear", List.of("2031"),
                        "status", List.of("AWAITED"))),
                new Kind("change impact", "impact", "change-impact", "change_impact", "Change impact", Map.of(
                        "organisationUnitId", List.of(unit), "ways", List.of("PROCESS", "TRAINING"),
                        "severity", List.of("MEDIUM"), "fromMonth", List.of("4"), "fromYear", List.of("2030"),
                        "toMonth", List.of("6"), "toYear", List.of("2030"))));
    }

    /** A new initiative of WMP, on the Project Board, with no SRO or project manager of its own. */
    UUID initiative(String title) {
        UUID force = jdbc.queryForObject("select id from force where code = 'WMP'", UUID.class);
        return portfolio.propose(new InitiativeProposal(force, "test", UUID.randomUUID().toString(),
                title + " " + UUID.randomUUID(), "For testing the RAID log", InitiativeType.PROJECT, Set.of())).id();
    }

    MockHttpServletRequestBuilder add(String who, UUID initiative, Kind kind, Map<String, List<String>> overrides) {
        return form(post("/portfolio/initiatives/" + initiative + "/" + kind.path()), who, kind, overrides);
    }

    MockHttpServletRequestBuilder edit(String who, UUID initiative, Kind kind, UUID item, int version,
                                       Map<String, List<String>> overrides) {
        Map<String, List<String>> all = new java.util.HashMap<>(overrides);
        all.putIfAbsent("version", List.of(String.valueOf(version)));
        return form(post("/portfolio/initiatives/" + initiative + "/" + kind.path() + "/" + item), who, kind, all);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String who, Kind kind,
                                               Map<String, List<String>> overrides) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        kind.valid().forEach(fields::put);
        overrides.forEach(fields::put);
        return request.params(fields).with(csrf()).with(SignedIn.as(people, who));
    }

    /** The only item of this kind on the initiative: its id and version. */
    Map<String, Object> item(UUID initiative, Kind kind) {
        return jdbc.queryForMap("select id, version from " + kind.table() + " where initiative_id = ?", initiative);
    }

    int count(UUID initiative, Kind kind) {
        return jdbc.queryForObject("select count(*) from " + kind.table() + " where initiative_id = ?", Integer.class,
                initiative);
    }
}
