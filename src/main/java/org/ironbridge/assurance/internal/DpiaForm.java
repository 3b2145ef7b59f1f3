package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A DPIA draft as it is typed: steps 1 to 4 as text and choices, and the risk rows of steps 5 and 6. The rows are
 * read from repeated request parameters (see the controller), so a forged index can never grow a list.
 */
public class DpiaForm {

    /** Blank rows offered for new risks below those already written. */
    public static final int BLANK_ROWS = 2;
    public static final int MAX_RISKS = 40;

    private String need;
    private String nature;
    private String scope;
    private String context;
    private String purposes;
    private String consultation;
    private String necessity;
    private List<String> lawfulBases = new ArrayList<>();
    private List<String> sensitiveConditions = new ArrayList<>();
    private List<RiskRow> risks = new ArrayList<>();
    private Integer version;

    /** One risk row as typed; {@code remove} asks for the row to be taken out. */
    public static class RiskRow {
        private String description;
        private String likelihood;
        private String severity;
        private String measure;
        private String effect;
        private String residual;
        private String approved;
        private boolean remove;

        public static RiskRow of(DpiaRisk risk) {
            RiskRow row = new RiskRow();
            row.description = risk.description();
            row.likelihood = risk.likelihood().name();
            row.severity = risk.severity().name();
            row.measure = risk.measure();
            row.effect = risk.effect() == null ? null : risk.effect().name();
            row.residual = risk.residual() == null ? null : risk.residual().name();
            row.approved = risk.measureApproved() == null ? null : risk.measureApproved() ? "yes" : "no";
            return row;
        }

        public boolean blank() {
            return isBlank(description) && isBlank(likelihood) && isBlank(severity) && isBlank(measure) && isBlank(effect)
                    && isBlank(residual) && isBlank(approved);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getLikelihood() { return likelihood; }
        public void setLikelihood(String likelihood) { this.likelihood = likelihood; }
        public String getSeverity() { return severity; }
        public void setSeverity(String severity) { this.severity = severity; }
        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
        public String getEffect() { return effect; }
        public void setEffect(String effect) { this.effect = effect; }
        public String getResidual() { return residual; }
        public void setResidual(String residual) { this.residual = residual; }
        public String getApproved() { return approved; }
        public void setApproved(String approved) { this.approved = approved; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    public static DpiaForm of(Dpia dpia) {
        DpiaForm form = new DpiaForm();
        Dpia.Content c = dpia.content();
        form.need = c.need();
        form.nature = c.nature();
        form.scope = c.scope();
        form.context = c.context();
        form.purposes = c.purposes();
        form.consultation = c.consultation();
        form.necessity = c.necessity();
        form.lawfulBases = new ArrayList<>(c.lawfulBases().stream().map(Enum::name).toList());
        form.sensitiveConditions = new ArrayList<>(c.conditions().stream().map(Enum::name).toList());
        form.risks = new ArrayList<>(c.risks().stream().map(RiskRow::of).toList());
        form.version = dpia.version();
        return form;
    }

    /** The rows to show: those typed (or saved), then blank ones for new risks, never past the limit. */
    public List<RiskRow> rowsToShow() {
        List<RiskRow> rows = new ArrayList<>(risks);
        while (rows.size() < Math.min(risks.size() + BLANK_ROWS, MAX_RISKS)) {
            rows.add(new RiskRow());
        }
        return rows;
    }

    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getPurposes() { return purposes; }
    public void setPurposes(String purposes) { this.purposes = purposes; }
    public String getConsultation() { return consultation; }
    public void setConsultation(String consultation) { this.consultation = consultation; }
    public String getNecessity() { return necessity; }
    public void setNecessity(String necessity) { this.necessity = necessity; }
    public List<String> getLawfulBases() { return lawfulBases; }
    public void setLawfulBases(List<String> lawfulBases) { this.lawfulBases = lawfulBases == null ? new ArrayList<>() : lawfulBases; }
    public List<String> getSensitiveConditions() { return sensitiveConditions; }
    public void setSensitiveConditions(List<String> sensitiveConditions) {
        this.sensitiveConditions = sensitiveConditions == null ? new ArrayList<>() : sensitiveConditions;
    }
    public List<RiskRow> risks() { return risks; }
    public void risks(List<RiskRow> rows) { this.risks = rows == null ? new ArrayList<>() : new ArrayList<>(rows); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
