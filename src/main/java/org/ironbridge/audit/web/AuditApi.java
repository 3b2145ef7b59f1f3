package org.ironbridge.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditPage;
import org.ironbridge.audit.AuditQuery;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.ChainVerification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API, for auditors' tools; searching is logged as consultation. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Search the tamper-evident audit trail and verify its hash chain")
class AuditApi {

    private final AuditTrail trail;
    private final TransactionTemplate transaction;

    AuditApi(AuditTrail trail, TransactionTemplate transaction) {
        this.trail = trail;
        this.transaction = transaction;
    }

    @GetMapping("/events")
    @Operation(summary = "Audit events, newest first, filtered by person, record and date (UTC, inclusive)")
    AuditPage events(@RequestParam(required = false) String actor, @RequestParam(required = false) String record,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int pageSize) {
        AuditQuery query = new AuditQuery(actor, record, from, to, page, pageSize);
        return transaction.execute(status -> {
            trail.record(AuditEntry.of(AuditController.TRAIL, "search", org.ironbridge.audit.Operation.CONSULTATION,
                    "Searched the audit trail through the API"));
            return trail.search(query);
        });
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify the whole hash chain: events checked, and the first break if any")
    ChainVerification verify() {
        return trail.verify();
    }
}
