package org.ironbridge.assurance.internal;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DPIAs, impact assessments and ethics material are OFFICIAL-SENSITIVE whatever the register entry's own
 * marking: only the roles the policy allows, with the vetting for it, read them, and every read is logged as
 * a consultation with the reader's justification; every export is logged as a disclosure.
 */
@Component
public class AssuranceMaterial {

    private final AccessPolicy policy;
    private final AuditTrail audit;

    AssuranceMaterial(AccessPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    /** Whether this person may read the system's sensitive material at all (asking logs nothing). */
    public boolean mayRead(Subject subject, AiSystem system) {
        return policy.decide(subject, Permission.READ_ASSURANCE_MATERIAL, sensitive(system)).allowed();
    }

    /**
     * Refuses the read unless the policy allows it, then logs it as a consultation with its justification. Call
     * it in the transaction that reads the material; {@code what} names the material in the log.
     */
    @Transactional
    public void consult(Subject subject, AiSystem system, String recordType, Object recordId, String what,
                        String justification) {
        require(subject, system);
        if (justification == null || justification.isBlank()) {
            throw new JustificationNeeded(system);
        }
        audit.record(AuditEntry.of(recordType, recordId, Operation.CONSULTATION, "Read " + what + " of AI system "
                + system.reference() + " " + system.name()).withJustification(justification).inForce(subject.forceCode()));
    }

    /** Refuses the export unless the policy allows the read, then logs it as a disclosure. */
    @Transactional
    public void disclose(Subject subject, AiSystem system, String recordType, Object recordId, String what,
                         String justification) {
        require(subject, system);
        audit.record(AuditEntry.of(recordType, recordId, Operation.DISCLOSURE, "Exported " + what + " of AI system "
                + system.reference() + " " + system.name()).withJustification(justification).inForce(subject.forceCode()));
    }

    public void require(Subject subject, AiSystem system) {
        RecordDecision decision = policy.decide(subject, Permission.READ_ASSURANCE_MATERIAL, sensitive(system));
        if (decision.outcome() == RecordDecision.Outcome.NOT_FOUND) {
            throw new RecordNotFoundException(AiSystems.RECORD_TYPE, system.id());
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("Not allowed to read assurance material");
        }
    }

    private static ProtectedRecord sensitive(AiSystem system) {
        return ProtectedRecord.of(AiSystems.RECORD_TYPE, system.id(), system.forceId(), Classification.OFFICIAL_SENSITIVE);
    }

    /** The reader has not yet said why they are reading this system's sensitive material. */
    public static class JustificationNeeded extends RuntimeException {

        private final transient AiSystem system;

        JustificationNeeded(AiSystem system) {
            super("A justification is needed to read the assurance material of " + system.reference());
            this.system = system;
        }

        public AiSystem system() {
            return system;
        }
    }
}
