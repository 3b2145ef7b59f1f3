package org.ironbridge.audit.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditEvent;
import org.ironbridge.audit.AuditPage;
import org.ironbridge.audit.AuditQuery;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.ChainVerification;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.Pagination;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's view of the trail: search by person, record and date, open an event, verify the
 * chain, export. Searching is itself logged as consultation and exporting as disclosure.
 */
@Controller
class AuditController {

    static final String TRAIL = "AuditTrail";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int EXPORT_LIMIT = 10_000;

    private final AuditTrail trail;
    private final TransactionTemplate transaction;

    AuditController(AuditTrail trail, TransactionTemplate transaction) {
        this.trail = trail;
        this.transaction = transaction;
    }

    @GetMapping("/audit")
    String search(@ModelAttribute("form") AuditSearchForm form, Model model) {
        FormErrors errors = new FormErrors();
        AuditQuery query = form.toQuery(errors);
        AuditPage page = transaction.execute(status -> {
            trail.record(AuditEntry.of(TRAIL, "search", Operation.CONSULTATION, "Searched the audit trail"
                    + (form.queryString().isEmpty() ? "" : " (" + form.queryString() + ")")));
            return trail.search(query);
        });
        model.addAttribute("errors", errors);
        model.addAttribute("page", page);
        model.addAttribute("rows", rows(page.events()));
        model.addAttribute("pagination", pagination(page, form.queryString()));
        model.addAttribute("actorField", FormFields.input("actor", "Person (username)", form.getActor(), errors));
        model.addAttribute("recordField", FormFields.input("record", "Record (type, identifier or words in the summary)",
                form.getRecord(), errors));
        model.addAttribute("fromField", FormFields.date("from", "from", "Date from", form.getFromDay(),
                form.getFromMonth(), form.getFromYear(), errors));
        model.addAttribute("toField", FormFields.date("to", "to", "Date to", form.getToDay(),
                form.getToMonth(), form.getToYear(), errors));
        model.addAttribute("exportHref", "/audit/export.csv" + (form.queryString().isEmpty() ? "" : "?" + form.queryString()));
        return "audit/search";
    }

    @GetMapping("/audit/events/{seq}")
    String event(@PathVariable long seq, Model model) {
        AuditEvent event = trail.event(seq).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("event", event);
        model.addAttribute("when", WHEN.format(event.occurredAt()));
        return "audit/event";
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = trail.verify();
        redirect.addFlashAttribute("verification", result);
        return "redirect:/audit";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("form") AuditSearchForm form) throws IOException {
        FormErrors errors = new FormErrors();
        AuditQuery filters = form.toQuery(errors);
        AuditQuery query = new AuditQuery(filters.actor(), filters.record(), filters.from(), filters.to(), 1, EXPORT_LIMIT);
        StringWriter csv = new StringWriter();
        AuditPage page = transaction.execute(status -> {
            trail.record(AuditEntry.of(TRAIL, "export", Operation.DISCLOSURE, "Exported the audit trail as CSV"
                    + (form.queryString().isEmpty() ? "" : " (" + form.queryString() + ")")));
            return trail.search(query);
        });
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("seq", "occurred_at_utc",
                "actor", "force", "record_type", "record_id", "operation", "summary", "changes", "justification",
                "hash").get())) {
            for (AuditEvent event : page.events()) {
                printer.printRecord(event.seq(), event.occurredAt(), safe(event.actor()), safe(event.forceCode()),
                        safe(event.recordType()), safe(event.recordId()), event.operation().name(),
                        safe(event.summary()), safe(changes(event)), safe(event.justification()), event.hash());
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ironbridge-audit-trail.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Cells starting with a formula character are prefixed so a spreadsheet shows them as text. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String changes(AuditEvent event) {
        return event.changes().stream()
                .map(change -> change.field() + ": " + change.before() + " -> " + change.after())
                .collect(Collectors.joining("; "));
    }

    private static List<List<Map<String, Object>>> rows(List<AuditEvent> events) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (AuditEvent event : events) {
            rows.add(List.of(
                    Map.of("html", "<a class=\"govuk-link\" href=\"/audit/events/" + event.seq() + "\">" + event.seq() + "</a>"),
                    Map.of("text", WHEN.format(event.occurredAt())),
                    Map.of("text", event.actor()),
                    Map.of("text", event.operation().label()),
                    Map.of("text", event.recordType() + " " + event.recordId()),
                    Map.of("text", event.summary())));
        }
        return rows;
    }

    private static Map<String, Object> pagination(AuditPage page, String filters) {
        return Pagination.of(page.page(), page.pages(), "/audit?" + (filters.isEmpty() ? "" : filters + "&") + "page=");
    }
}
