package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.access.Classification;

/** One entry of the AI register. */
public record AiSystem(UUID id, UUID forceId, String reference, String name, String purpose, UUID businessAreaId,
                       Origin origin, String supplierName, String supplierCompanyNumber, ProcurementRoute procurementRoute,
                       AiSystemType type, DecisionRole decisionRole, boolean usesBiometrics, UUID initiativeId,
                       boolean pilotSought, AiSystemStatus status, UUID ownerId, String website, String contactEmail,
                       String securityStandards, String dataSources, String outputLogging,
                       String decommissioningCriteria, LocalDate liveSince, Classification classification, int version,
                       String createdBy, Instant createdAt, Instant updatedAt) {

    /** The details a person types; the rest is kept by the register. */
    public record Details(String name, String purpose, UUID businessAreaId, Origin origin, String supplierName,
                          String supplierCompanyNumber, ProcurementRoute procurementRoute, AiSystemType type,
                          DecisionRole decisionRole, boolean usesBiometrics, UUID initiativeId, boolean pilotSought,
                          UUID ownerId, String website, String contactEmail, String securityStandards,
                          String dataSources, String outputLogging, String decommissioningCriteria,
                          Classification classification) {
    }

    public Details details() {
        return new Details(name, purpose, businessAreaId, origin, supplierName, supplierCompanyNumber, procurementRoute,
                type, decisionRole, usesBiometrics, initiativeId, pilotSought, ownerId, website, contactEmail,
                securityStandards, dataSources, outputLogging, decommissioningCriteria, classification);
    }

    /** Approved, live or in review: what the approval a board gives is called for this system. */
    public AiSystemStatus approvalStatus() {
        return pilotSought ? AiSystemStatus.APPROVED_FOR_PILOT : AiSystemStatus.APPROVED;
    }
}
