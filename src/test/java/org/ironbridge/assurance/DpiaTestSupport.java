package org.ironbridge.assurance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.ironbridge.access.SignedInPerson;
import org.ironbridge.access.Subject;
import org.ironbridge.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A system of the test's own, and requests to its DPIA pages as the demo people, each with a justification given. */
record DpiaTestSupport(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc, Map<String, Cookie> sessions) {

    static final String JUSTIFICATION = "Assessing or assuring this system: DPIA test";

    DpiaTestSupport(MockMvc mvc, UserDetailsService people, JdbcTemplate jdbc) {
        this(mvc, people, jdbc, new HashMap<>());
    }

    /** A new register entry in West Midlands, under assessment, that no other test touches. */
    UUID newSystem(String name) {
        return TestAiSystems.insert(jdbc, "TEST-", java.util.Map.of("name", name, "purpose",
                "Summarise witness statements for investigators.", "system_type", "GENERATIVE_ASSISTANT"));
    }

    /**
     * The person's session for the system, with "why are you reading this?" answered. Sessions are Spring Session's
     * (in the database), so the session is its cookie.
     */
    Cookie session(String who, UUID system) throws Exception {
        String key = who + "/" + system;
        if (!sessions.containsKey(key)) {
            MvcResult answered = mvc.perform(MockMvcRequestBuilders.post("/assurance/systems/" + system + "/justification")
                    .with(csrf()).with(SignedIn.as(people, who)).param("reason", "ASSESSING").param("detail", "DPIA test")
                    .param("returnTo", "/assurance/systems/" + system + "/dpia")).andReturn();
            Cookie cookie = answered.getResponse().getCookie("SESSION");
            if (cookie == null) {
                throw new IllegalStateException("No session after the justification: " + answered.getResponse().getStatus());
            }
            sessions.put(key, cookie);
        }
        return sessions.get(key);
    }

    MvcResult get(String who, UUID system, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .cookie(session(who, system)).with(SignedIn.as(people, who))).andReturn();
    }

    /** The page as HTML, or "HTTP status" when it is not a page. */
    String page(String who, UUID system, String path) throws Exception {
        var response = get(who, system, path).getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "HTTP " + response.getStatus();
    }

    /** A page without any justification given. */
    String unjustifiedPage(String who, String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).with(SignedIn.as(people, who))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsString() : "HTTP " + response.getStatus();
    }

    MvcResult post(String who, UUID system, String path, MultiValueMap<String, String> fields) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .cookie(session(who, system)).with(csrf()).with(SignedIn.as(people, who)).params(fields)).andReturn();
    }

    static MultiValueMap<String, String> fields(String... pairs) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** Every screening question answered no, law enforcement yes, and the given answers on top. */
    static MultiValueMap<String, String> screening(String conclusion, String reason, String... yes) {
        MultiValueMap<String, String> fields = fields("lawEnforcement", "yes", "conclusion", conclusion, "reason", reason);
        for (String question : new String[] {"newTechnology", "systematicMonitoring", "largeScaleSensitive",
                "significantDecisions", "vulnerablePeople", "dataMatching", "invisibleProcessing", "biometricGenetic",
                "tracking", "harmOrDenial"}) {
            fields.add(question, java.util.Arrays.asList(yes).contains(question) ? "yes" : "no");
        }
        return fields;
    }

    /** A system screened as needing a full DPIA, with version 1 started. */
    UUID screenedWithDraft(String name) throws Exception {
        UUID system = newSystem(name);
        post("practitioner", system, "/assurance/systems/" + system + "/dpia/screening",
                screening("REQUIRED", "", "newTechnology", "vulnerablePeople"));
        post("practitioner", system, "/assurance/systems/" + system + "/dpia/new-version", fields("from", "0"));
        return system;
    }

    /** Every step written and one risk with its measure: a draft the DPO can sign off. */
    static MultiValueMap<String, String> completeDraft(int version, String residual) {
        MultiValueMap<String, String> f = fields("version", String.valueOf(version), "need", "Generative AI over statements.",
                "nature", "Statements are summarised.", "scope", "Investigators in one LPA.", "context", "Victims and witnesses.",
                "purposes", "Time saved for investigators.", "consultation", "DPO, Information Security, investigators.",
                "necessity", "Only statements already on the file; outputs checked by the officer.",
                "lawfulBases", "PART3_NECESSARY");
        risk(f, "A summary leaves out a disclosure that matters.", "PROBABLE", "SEVERE",
                "Officer checks every summary against the statement.", "HIGH".equals(residual) ? "ACCEPTED" : "REDUCED",
                residual, "yes");
        return f;
    }

    static void risk(MultiValueMap<String, String> f, String description, String likelihood, String severity, String measure,
                     String effect, String residual, String approved) {
        f.add("riskDescription", description);
        f.add("riskLikelihood", likelihood);
        f.add("riskSeverity", severity);
        f.add("riskMeasure", measure);
        f.add("riskEffect", effect);
        f.add("riskResidual", residual);
        f.add("riskApproved", approved);
    }

    int version(UUID system) {
        return jdbc.queryForObject("select version from dpia where system_id = ? order by number desc limit 1",
                Integer.class, system);
    }

    Subject subject(String who) {
        return ((SignedInPerson) people.loadUserByUsername(who)).subject();
    }
}
