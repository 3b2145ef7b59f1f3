package org.ironbridge.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ironbridge.people.internal.TestPeople;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of the application, for every role and for nobody signed in, against the expected
 * matrix in access/route-access.txt. A new route that is not in the matrix fails here; so does one
 * the policy answers differently, or one whose real response disagrees with the policy.
 */
@IronbridgeTest
class RouteAccessTests {

    private static final String ANONYMOUS = "ANONYMOUS";
    /** One demo person per role; board.chair also sits as a board member. */
    private static final Map<String, String> DEMO_ACCOUNTS = new LinkedHashMap<>();

    static {
        DEMO_ACCOUNTS.put("STAFF", "staff");
        DEMO_ACCOUNTS.put("CHANGE_PRACTITIONER", "practitioner");
        DEMO_ACCOUNTS.put("PROJECT_MANAGER", "pm");
        DEMO_ACCOUNTS.put("SENIOR_RESPONSIBLE_OWNER", "sro");
        DEMO_ACCOUNTS.put("PMO_ANALYST", "pmo");
        DEMO_ACCOUNTS.put("BOARD_MEMBER", "board.member");
        DEMO_ACCOUNTS.put("BOARD_CHAIR", "board.chair");
        DEMO_ACCOUNTS.put("DATA_PROTECTION_OFFICER", "dpo");
        DEMO_ACCOUNTS.put("ETHICS_PANEL_MEMBER", "ethics");
        DEMO_ACCOUNTS.put("INFORMATION_ASSET_OWNER", "iao");
        DEMO_ACCOUNTS.put("AUDITOR", "auditor");
        DEMO_ACCOUNTS.put("ADMINISTRATOR", "admin");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccessPolicy policy;
    @Autowired
    UserDetailsService people;
    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;

    record Expectation(String method, String pattern, Set<String> allowed) {
    }

    @Test
    void everyRouteOfTheApplicationIsInTheExpectedMatrixAndNothingElseIs() throws IOException {
        Set<String> served = servedRoutes();
        Set<String> expected = new TreeSet<>();
        expectations().forEach(e -> expected.add(e.method() + " " + e.pattern()));
        assertThat(served).as("routes served but missing from access/route-access.txt").isSubsetOf(expected);
        assertThat(expected).as("routes in access/route-access.txt that nothing serves").isSubsetOf(served);
    }

    @Test
    void everyRoleGetsExactlyTheRoutesTheMatrixAllows() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Expectation route : expectations()) {
            for (String method : methods(route)) {
                String path = concrete(route.pattern());
                failures.addAll(checkAnonymous(route, method, path));
                for (Map.Entry<String, String> account : DEMO_ACCOUNTS.entrySet()) {
                    failures.addAll(checkSignedIn(route, method, path, account.getValue()));
                }
            }
        }
        assertThat(failures).as("route x role mismatches").isEmpty();
    }

    private List<String> checkAnonymous(Expectation route, String method, String path) throws Exception {
        boolean allowed = route.allowed().contains(ANONYMOUS);
        List<String> failures = new ArrayList<>();
        if (policy.allowsRoute(null, method, path) != allowed) {
            failures.add("policy disagrees for nobody signed in: " + method + " " + path);
        }
        MockHttpServletResponse response = mvc.perform(request(method, path)).andReturn().getResponse();
        verdict(method, path, "nobody signed in", allowed, response, true).ifPresent(failures::add);
        return failures;
    }

    private List<String> checkSignedIn(Expectation route, String method, String path, String username) throws Exception {
        Subject subject = ((SignedInPerson) people.loadUserByUsername(username)).subject();
        boolean allowed = route.allowed().contains(ANONYMOUS) || route.allowed().contains("SIGNED_IN")
                || subject.roles().stream().anyMatch(role -> route.allowed().contains(role.name()));
        List<String> failures = new ArrayList<>();
        if (policy.allowsRoute(subject, method, path) != allowed) {
            failures.add("policy disagrees for " + username + ": " + method + " " + path);
        }
        MockHttpServletResponse response = mvc.perform(request(method, path).with(SignedIn.as(people, username)))
                .andReturn().getResponse();
        verdict(method, path, username, allowed, response, false).ifPresent(failures::add);
        return failures;
    }

    private static java.util.Optional<String> verdict(String method, String path, String who, boolean allowed,
                                                      MockHttpServletResponse response, boolean anonymous) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toSignIn = status == 302 && location != null && location.contains("/sign-in");
        String what = method + " " + path + " as " + who + " answered " + status + (location == null ? "" : " -> " + location);
        if (allowed) {
            boolean ok = status < 500 && status != 401 && status != 403 && !(toSignIn && !path.startsWith("/sign-")
                    && !path.startsWith("/oauth2") && !path.startsWith("/login"));
            // /error asked for directly has no error to show, and says so with 404 rather than refusing.
            if ("GET".equals(method) && !path.equals("/error") && !(status >= 200 && status < 400)) {
                ok = false;
            }
            return ok ? java.util.Optional.empty() : java.util.Optional.of("should be allowed: " + what);
        }
        boolean refused = anonymous ? (toSignIn || status == 401) : status == 403;
        return refused ? java.util.Optional.empty() : java.util.Optional.of("should be refused: " + what);
    }

    private MockHttpServletRequestBuilder request(String method, String path) {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path);
        if (!"GET".equals(method)) {
            builder = builder.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        }
        return builder;
    }

    private static List<String> methods(Expectation route) {
        return "ANY".equals(route.method()) ? List.of("GET", "POST") : List.of(route.method());
    }

    /** A real address for a route pattern, using demo records for its variables. */
    private String concrete(String pattern) {
        return pattern
                .replace("{id}", TestPeople.idOf(context, "staff").toString())
                .replace("{seq}", "1")
                .replace("{initiativeId}", sampleInitiative())
                .replace("{itemId}", pattern.contains("{itemId}") ? sampleItem(pattern) : "")
                .replace("{boardId}", context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                        "select id::text from board where name = 'Change Board'", String.class))
                .replace("{milestoneId}", ofAndiEsra("select id::text from milestone where initiative_id = ? "
                        + "order by baseline_date limit 1"))
                .replace("{exceptionReportId}", ofAndiEsra("select id::text from exception_report where initiative_id = ? "
                        + "order by raised_at limit 1"))
                .replace("{reportId}", ofAndiEsra("select id::text from status_report where initiative_id = ? "
                        + "order by period desc, version_number desc limit 1"))
                .replace("{registrationId}", "force")
                .replace("{forceCode}", "WMP")
                .replace("{decisionId}", sample("decisionId"))
                .replace("{meetingId}", sample("meetingId"))
                .replace("{paperId}", sample("paperId"))
                .replace("{actionId}", sample("actionId"))
                .replace("{attachmentId}", pattern.contains("{attachmentId}") ? sampleAttachment() : "")
                .replace("{ideaId}", pattern.contains("{ideaId}") ? sample("ideaId") : "")
                .replace("{systemId}", pattern.contains("{systemId}") ? sample("systemId") : "")
                .replace("{ruleId}", pattern.contains("{ruleId}") ? sample("ruleId") : "")
                .replace("/**", "/liveness")
                .replace("{*path}", "liveness")
                .replaceAll("\\{[^}]+}", "sample");
    }

    private String sample(String variable) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject(org.ironbridge.browser.GovernanceSamples.query(variable), String.class);
    }

    /** An attachment of the sample idea, added here when the demo has none (its submitter cannot change a published idea). */
    private String sampleAttachment() {
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        String idea = sample("ideaId");
        java.util.List<String> existing = jdbc.queryForList("select id::text from idea_attachment where idea_id = ?::uuid "
                + "order by uploaded_at limit 1", String.class, idea);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        String id = java.util.UUID.randomUUID().toString();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        jdbc.update("insert into idea_attachment (id, idea_id, filename, content_type, size_bytes, sha256, content, "
                + "uploaded_by, uploaded_at) select ?::uuid, i.id, 'map.png', 'image/png', ?, ?, ?, i.submitter_id, now() "
                + "from idea i where i.id = ?::uuid", id, png.length, "0".repeat(64), png, idea);
        return id;
    }

    /** Andi-Esra: its SRO and project manager are the demo sro and pm, so they may edit it. */
    private String sampleInitiative() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select id::text from initiative where title like 'Andi-Esra%'", String.class);
    }

    /** A demo RAID item or change impact of Andi-Esra, of the kind the route is about. */
    private String sampleItem(String pattern) {
        String table = pattern.contains("/raid/risks/") ? "raid_risk" : pattern.contains("/raid/issues/") ? "raid_issue"
                : pattern.contains("/raid/assumptions/") ? "raid_assumption"
                : pattern.contains("/raid/dependencies/") ? "raid_dependency" : "change_impact";
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("select x.id::text from "
                + table + " x join initiative i on i.id = x.initiative_id where i.title like 'Andi-Esra%' "
                + "order by x.created_at, x.id limit 1", String.class);
    }

    /** One of Andi-Esra's delivery records (its demo data has milestones, status reports and an exception report). */
    private String ofAndiEsra(String sql) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(sql, String.class,
                java.util.UUID.fromString(sampleInitiative()));
    }

    private Set<String> servedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("ANY " + pattern);
                    }
                    methods.forEach(method -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        try (InputStream in = RouteAccessTests.class.getResourceAsStream("/access/route-access.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+=\\s+");
                String[] route = parts[0].split("\\s+");
                Set<String> allowed = new TreeSet<>(List.of(parts[1].split("\\s*,\\s*")));
                if (allowed.contains("EVERYONE")) {
                    allowed = Set.of(ANONYMOUS);
                } else if (allowed.contains("NOBODY")) {
                    allowed = Set.of();
                }
                expectations.add(new Expectation(route[0], route[1], allowed));
            }
        }
        return expectations;
    }

}
