package org.ironbridge.governance.internal;

/** A Change Paper as its author types it. */
public class PaperForm {

    private String initiativeId;
    private String kind;
    private String title;
    private String purpose;
    private String recommendation;
    private String benefits;
    private String legalConsiderations;
    private String ethicalConsiderations;
    private String evaluationPlan;
    private String processesPersonalData;
    private String amountRequested;
    private String exceptionReportId;
    private Integer version;

    public static PaperForm of(Paper paper) {
        PaperForm form = new PaperForm();
        form.initiativeId = paper.initiativeId().toString();
        form.kind = paper.kind().name();
        form.title = paper.title();
        form.purpose = paper.purpose();
        form.recommendation = paper.recommendation();
        form.benefits = paper.benefits();
        form.legalConsiderations = paper.legalConsiderations();
        form.ethicalConsiderations = paper.ethicalConsiderations();
        form.evaluationPlan = paper.evaluationPlan();
        form.processesPersonalData = paper.processesPersonalData() ? "yes" : "no";
        form.amountRequested = paper.amountRequested() == null ? null : paper.amountRequested().toPlainString();
        form.exceptionReportId = paper.exceptionReportId() == null ? null : paper.exceptionReportId().toString();
        form.version = paper.version();
        return form;
    }

    public String getInitiativeId() { return initiativeId; }
    public void setInitiativeId(String initiativeId) { this.initiativeId = initiativeId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getBenefits() { return benefits; }
    public void setBenefits(String benefits) { this.benefits = benefits; }
    public String getLegalConsiderations() { return legalConsiderations; }
    public void setLegalConsiderations(String legalConsiderations) { this.legalConsiderations = legalConsiderations; }
    public String getEthicalConsiderations() { return ethicalConsiderations; }
    public void setEthicalConsiderations(String ethicalConsiderations) { this.ethicalConsiderations = ethicalConsiderations; }
    public String getEvaluationPlan() { return evaluationPlan; }
    public void setEvaluationPlan(String evaluationPlan) { this.evaluationPlan = evaluationPlan; }
    public String getProcessesPersonalData() { return processesPersonalData; }
    public void setProcessesPersonalData(String processesPersonalData) { this.processesPersonalData = processesPersonalData; }
    public String getAmountRequested() { return amountRequested; }
    public void setAmountRequested(String amountRequested) { this.amountRequested = amountRequested; }
    public String getExceptionReportId() { return exceptionReportId; }
    public void setExceptionReportId(String exceptionReportId) { this.exceptionReportId = exceptionReportId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
