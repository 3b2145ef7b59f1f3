package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.audit.FieldChange;

/** One assessor's current scoring of one idea: the models they filled in (null when left out) and why. */
public record Scoring(UUID id, UUID forceId, UUID ideaId, UUID assessorId, Rice rice, Ice ice, Wsjf wsjf, Moscow moscow,
                      WeightedMatrix matrix, String rationale, Instant createdAt, Instant updatedAt, int version) {

    /** The models' content as the assessor gave it. */
    public record Models(Rice rice, Ice ice, Wsjf wsjf, Moscow moscow, WeightedMatrix matrix, String rationale) {
        public boolean none() {
            return rice == null && ice == null && wsjf == null && moscow == null && matrix == null;
        }
    }

    public Models models() {
        return new Models(rice, ice, wsjf, moscow, matrix, rationale);
    }

    public Scoring revised(Models models, Instant at) {
        return new Scoring(id, forceId, ideaId, assessorId, models.rice(), models.ice(), models.wsjf(), models.moscow(),
                models.matrix(), models.rationale(), createdAt, at, version + 1);
    }

    public boolean has(Model model) {
        return score(model) != null;
    }

    /** The model's score; MoSCoW as its rank (Must 4 … Won't 1), so that assessors' choices can be compared. */
    public BigDecimal score(Model model) {
        return switch (model) {
            case MATRIX -> matrix == null ? null : matrix.score();
            case RICE -> rice == null ? null : rice.score();
            case ICE -> ice == null ? null : ice.score();
            case WSJF -> wsjf == null ? null : wsjf.score();
            case MOSCOW -> moscow == null ? null : BigDecimal.valueOf(moscow.rank());
        };
    }

    /** The score as the pages show it. */
    public String shown(Model model) {
        return switch (model) {
            case MATRIX -> matrix == null ? null : Figures.of(matrix.score()) + "%";
            case MOSCOW -> moscow == null ? null : moscow.label();
            default -> score(model) == null ? null : Figures.of(score(model));
        };
    }

    /** Why this score: the arithmetic in words. */
    public String why(Model model) {
        return switch (model) {
            case MATRIX -> matrix == null ? null : matrix.why();
            case RICE -> rice == null ? null : rice.why();
            case ICE -> ice == null ? null : ice.why();
            case WSJF -> wsjf == null ? null : wsjf.why();
            case MOSCOW -> moscow == null ? null : moscow.label() + " (step " + moscow.rank() + " of 4)";
        };
    }

    /** Field by field, for the audit trail and for telling a stale form what changed. */
    public static List<FieldChange> changes(Models before, Models after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("RICE", before == null || before.rice() == null ? null : before.rice().why(),
                after.rice() == null ? null : after.rice().why()));
        changes.add(new FieldChange("ICE", before == null || before.ice() == null ? null : before.ice().why(),
                after.ice() == null ? null : after.ice().why()));
        changes.add(new FieldChange("WSJF", before == null || before.wsjf() == null ? null : before.wsjf().why(),
                after.wsjf() == null ? null : after.wsjf().why()));
        changes.add(new FieldChange("MoSCoW", before == null || before.moscow() == null ? null : before.moscow().label(),
                after.moscow() == null ? null : after.moscow().label()));
        changes.add(new FieldChange("Weighted scoring matrix", before == null || before.matrix() == null ? null
                : before.matrix().why(), after.matrix() == null ? null : after.matrix().why()));
        changes.add(new FieldChange("Why you scored it this way", before == null ? null : before.rationale(),
                after.rationale()));
        return changes.stream().filter(FieldChange::changed).collect(Collectors.toList());
    }
}
