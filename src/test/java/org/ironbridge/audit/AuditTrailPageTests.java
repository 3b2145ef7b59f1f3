package org.ironbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's pages: filter by person, record and date; verify; export, which is itself recorded. */
@IronbridgeTest
class AuditTrailPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filteringByPersonAndRecordShowsOnlyTheirEvents() throws Exception {
        String marker = "Filtered " + UUID.randomUUID();
        trail.record(AuditEntry.of("FilterTest", "rec-1", Operation.ALTERATION, marker).by("filter.person"));
        trail.record(AuditEntry.of("FilterTest", "rec-2", Operation.ALTERATION, "Other " + marker).by("someone.else"));

        String page = mvc.perform(get("/audit").param("actor", "filter.person").param("record", "FilterTest")
                        .with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(marker).doesNotContain("Other " + marker).contains("1 events match");
    }

    @Test
    void filteringByDateExcludesEventsOutsideTheRange() throws Exception {
        String marker = "Dated " + UUID.randomUUID();
        trail.record(AuditEntry.of("DateTest", "rec", Operation.ALTERATION, marker).by("date.person"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        String inRange = mvc.perform(get("/audit").param("actor", "date.person")
                        .param("fromDay", "" + today.getDayOfMonth()).param("fromMonth", "" + today.getMonthValue())
                        .param("fromYear", "" + today.getYear()).with(SignedIn.as(people, "auditor")))
                .andReturn().getResponse().getContentAsString();
        String outOfRange = mvc.perform(get("/audit").param("actor", "date.person")
                        .param("toDay", "" + yesterday.getDayOfMonth()).param("toMonth", "" + yesterday.getMonthValue())
                        .param("toYear", "" + yesterday.getYear()).with(SignedIn.as(people, "auditor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(inRange).contains(marker);
        assertThat(outOfRange).doesNotContain(marker).contains("0 events match");
    }

    @Test
    void anImpossibleDateIsExplainedInTheErrorSummaryAndTheInputKept() throws Exception {
        String page = mvc.perform(get("/audit").param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2025")
                        .param("toDay", "x").with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Date from must be a real date")
                .contains("Date to must include a day, month and year").contains("value=\"31\"");
    }

    @Test
    void sqlAndScriptInTheFiltersAreJustText() throws Exception {
        String page = mvc.perform(get("/audit").param("actor", "' or 1=1 --").param("record", "<script>alert(1)</script>%_")
                        .with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("0 events match").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void verifyingReportsTheWholeChainIntact() throws Exception {
        var result = mvc.perform(post("/audit/verify").with(csrf()).with(SignedIn.as(people, "auditor")))
                .andExpect(status().isFound()).andReturn();
        ChainVerification verification = (ChainVerification) result.getFlashMap().get("verification");
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked())
                .isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
    }

    @Test
    void exportingIsADownloadThatIsRecordedAsDisclosure() throws Exception {
        Integer before = disclosures();
        var response = mvc.perform(get("/audit/export.csv").param("actor", "auditor").with(SignedIn.as(people, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(response.getContentAsString()).startsWith("seq,occurred_at_utc,actor");
        assertThat(disclosures()).isEqualTo(before + 1);
    }

    @Test
    void searchingTheTrailIsItselfRecordedAsConsultation() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from audit_event where record_type = 'AuditTrail' "
                + "and operation = 'CONSULTATION'", Integer.class);
        mvc.perform(get("/audit").with(SignedIn.as(people, "auditor"))).andExpect(status().isOk());
        Integer after = jdbc.queryForObject("select count(*) from audit_event where record_type = 'AuditTrail' "
                + "and operation = 'CONSULTATION'", Integer.class);
        assertThat(after).isEqualTo(before + 1);
    }

    private Integer disclosures() {
        return jdbc.queryForObject("select count(*) from audit_event where operation = 'DISCLOSURE' and actor = 'auditor'",
                Integer.class);
    }
}
