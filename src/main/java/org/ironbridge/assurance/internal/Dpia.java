package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a system's DPIA: the ICO's seven steps. A draft is changed under optimistic locking; a signed-off
 * version never changes again and is superseded by a new version.
 */
public record Dpia(UUID id, UUID systemId, int number, boolean signedOff, UUID basedOn, Content content, SignOff signOff,
                   int version, String createdBy, Instant createdAt, Instant updatedAt) {

    public static final String RECORD_TYPE = "DPIA";
    public static final String PRIOR_CONSULTATION = "Prior consultation with the ICO required before processing "
            + "(DPA 2018 s65 / UK GDPR Art 36)";

    /** Steps 1 to 6 as written. */
    public record Content(String need, String nature, String scope, String context, String purposes, String consultation,
                          String necessity, List<LawfulBasis> lawfulBases, List<SensitiveCondition> conditions,
                          List<DpiaRisk> risks) {

        public Content {
            lawfulBases = List.copyOf(lawfulBases);
            conditions = List.copyOf(conditions);
            risks = List.copyOf(risks);
        }
    }

    /** Step 7: who approved what, the DPO's advice and whether it was followed, and when it is reviewed. */
    public record SignOff(String measuresApprovedBy, String residualRisksApprovedBy, String dpoAdvice,
                          boolean adviceFollowed, String overruledReasons, LocalDate reviewDate, String signedOffBy,
                          String signedOffName, Instant signedOffAt) {
    }

    public String statusLabel() {
        return signedOff ? "Signed off" : "Draft";
    }

    /** The highest residual risk recorded, or null when no residual risk has been assessed yet. */
    public DpiaRisk.RiskLevel highestResidual() {
        return content.risks().stream().map(DpiaRisk::residual).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** DPA 2018 s65 / UK GDPR Art 36: a high risk left after the measures means the ICO is consulted first. */
    public boolean needsPriorConsultation() {
        return highestResidual() == DpiaRisk.RiskLevel.HIGH;
    }

    /** What a sign-off still lacks: every step written, a lawful basis, and every risk measured. */
    public List<String> missingForSignOff() {
        List<String> missing = new ArrayList<>();
        Content c = content;
        missingIf(missing, c.need(), "Step 1: the need for a DPIA");
        missingIf(missing, c.nature(), "Step 2: the nature of the processing");
        missingIf(missing, c.scope(), "Step 2: the scope of the processing");
        missingIf(missing, c.context(), "Step 2: the context of the processing");
        missingIf(missing, c.purposes(), "Step 2: the purposes of the processing");
        missingIf(missing, c.consultation(), "Step 3: consultation");
        missingIf(missing, c.necessity(), "Step 4: necessity and proportionality");
        if (c.lawfulBases().isEmpty()) {
            missing.add("Step 4: the lawful basis");
        }
        if (c.risks().isEmpty()) {
            missing.add("Step 5: at least one risk");
        }
        c.risks().stream().filter(r -> !r.measured()).forEach(r -> missing.add("Step 6: the measure, its effect, the "
                + "residual risk and its approval for risk " + r.position()));
        return missing;
    }

    private static void missingIf(List<String> missing, String text, String what) {
        if (text == null || text.isBlank()) {
            missing.add(what);
        }
    }
}
