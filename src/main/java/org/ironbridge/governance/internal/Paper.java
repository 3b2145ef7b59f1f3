package org.ironbridge.governance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A Change Paper: drafted by an initiative's team from its data, checked, then submitted to a meeting. */
@Table("paper")
public record Paper(@Id UUID id, UUID forceId, String reference, UUID initiativeId, PaperKind kind, String title,
                    String purpose, String recommendation, String benefits, String legalConsiderations,
                    String ethicalConsiderations, String evaluationPlan, boolean processesPersonalData,
                    BigDecimal amountRequested, UUID exceptionReportId, PaperStatus status, UUID meetingId, String author,
                    Instant createdAt, Instant updatedAt, @Version Integer version) {

    /** The parts of a paper its author writes. */
    record Content(PaperKind kind, String title, String purpose, String recommendation, String benefits,
                   String legalConsiderations, String ethicalConsiderations, String evaluationPlan,
                   boolean processesPersonalData, BigDecimal amountRequested, UUID exceptionReportId) {
    }

    static Paper draft(UUID forceId, String reference, UUID initiativeId, Content c, String author, Instant now) {
        return new Paper(UUID.randomUUID(), forceId, reference, initiativeId, c.kind(), c.title(), c.purpose(),
                c.recommendation(), c.benefits(), c.legalConsiderations(), c.ethicalConsiderations(), c.evaluationPlan(),
                c.processesPersonalData(), c.amountRequested(), c.exceptionReportId(), PaperStatus.DRAFT, null, author,
                now, now, null);
    }

    Content content() {
        return new Content(kind, title, purpose, recommendation, benefits, legalConsiderations, ethicalConsiderations,
                evaluationPlan, processesPersonalData, amountRequested, exceptionReportId);
    }

    /** Any change to the text sends the paper back to draft: it must pass the checks again. */
    Paper rewritten(Content c, Instant now) {
        return new Paper(id, forceId, reference, initiativeId, c.kind(), c.title(), c.purpose(), c.recommendation(),
                c.benefits(), c.legalConsiderations(), c.ethicalConsiderations(), c.evaluationPlan(),
                c.processesPersonalData(), c.amountRequested(), c.exceptionReportId(), PaperStatus.DRAFT, meetingId,
                author, createdAt, now, version);
    }

    Paper inStatus(PaperStatus next, UUID meeting, Instant now) {
        return new Paper(id, forceId, reference, initiativeId, kind, title, purpose, recommendation, benefits,
                legalConsiderations, ethicalConsiderations, evaluationPlan, processesPersonalData, amountRequested,
                exceptionReportId, next, meeting, author, createdAt, now, version);
    }
}
