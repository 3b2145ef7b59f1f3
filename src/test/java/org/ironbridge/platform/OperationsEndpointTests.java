package org.ironbridge.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What an operations team probes: liveness, readiness with the database, and Prometheus metrics. */
@IronbridgeTest
class OperationsEndpointTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;

    @Test
    void livenessAndReadinessAreUpWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheDatabasePoolForAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(SignedIn.as(people, "admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("hikaricp_connections")));
    }

    @Test
    void prometheusMetricsAreRefusedToEveryoneElse() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(SignedIn.as(people, "staff"))).andExpect(status().isForbidden());
    }
}
