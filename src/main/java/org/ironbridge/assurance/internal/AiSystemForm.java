package org.ironbridge.assurance.internal;

/** A register entry as it is typed; every field is text until checked. */
public class AiSystemForm {

    private String name;
    private String purpose;
    private String businessAreaId;
    private String origin;
    private String supplierName;
    private String supplierCompanyNumber;
    private String procurementRoute;
    private String type;
    private String decisionRole;
    private String usesBiometrics;
    private String initiativeId;
    private String approvalSought;
    private String ownerId;
    private String website;
    private String contactEmail;
    private String securityStandards;
    private String dataSources;
    private String outputLogging;
    private String decommissioningCriteria;
    private String classification;
    private Integer version;

    public static AiSystemForm blank() {
        AiSystemForm form = new AiSystemForm();
        form.classification = "OFFICIAL";
        return form;
    }

    public static AiSystemForm of(AiSystem system) {
        AiSystemForm form = new AiSystemForm();
        form.name = system.name();
        form.purpose = system.purpose();
        form.businessAreaId = text(system.businessAreaId());
        form.origin = system.origin().name();
        form.supplierName = system.supplierName();
        form.supplierCompanyNumber = system.supplierCompanyNumber();
        form.procurementRoute = system.procurementRoute() == null ? null : system.procurementRoute().name();
        form.type = system.type().name();
        form.decisionRole = system.decisionRole().name();
        form.usesBiometrics = system.usesBiometrics() ? "yes" : "no";
        form.initiativeId = text(system.initiativeId());
        form.approvalSought = system.pilotSought() ? "PILOT" : "FULL";
        form.ownerId = text(system.ownerId());
        form.website = system.website();
        form.contactEmail = system.contactEmail();
        form.securityStandards = system.securityStandards();
        form.dataSources = system.dataSources();
        form.outputLogging = system.outputLogging();
        form.decommissioningCriteria = system.decommissioningCriteria();
        form.classification = system.classification().name();
        form.version = system.version();
        return form;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getBusinessAreaId() { return businessAreaId; }
    public void setBusinessAreaId(String businessAreaId) { this.businessAreaId = businessAreaId; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public String getSupplierName() { return supplierName; }
    public void setSupplierName(String supplierName) { this.supplierName = supplierName; }
    public String getSupplierCompanyNumber() { return supplierCompanyNumber; }
    public void setSupplierCompanyNumber(String supplierCompanyNumber) { this.supplierCompanyNumber = supplierCompanyNumber; }
    public String getProcurementRoute() { return procurementRoute; }
    public void setProcurementRoute(String procurementRoute) { this.procurementRoute = procurementRoute; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDecisionRole() { return decisionRole; }
    public void setDecisionRole(String decisionRole) { this.decisionRole = decisionRole; }
    public String getUsesBiometrics() { return usesBiometrics; }
    public void setUsesBiometrics(String usesBiometrics) { this.usesBiometrics = usesBiometrics; }
    public String getInitiativeId() { return initiativeId; }
    public void setInitiativeId(String initiativeId) { this.initiativeId = initiativeId; }
    public String getApprovalSought() { return approvalSought; }
    public void setApprovalSought(String approvalSought) { this.approvalSought = approvalSought; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getSecurityStandards() { return securityStandards; }
    public void setSecurityStandards(String securityStandards) { this.securityStandards = securityStandards; }
    public String getDataSources() { return dataSources; }
    public void setDataSources(String dataSources) { this.dataSources = dataSources; }
    public String getOutputLogging() { return outputLogging; }
    public void setOutputLogging(String outputLogging) { this.outputLogging = outputLogging; }
    public String getDecommissioningCriteria() { return decommissioningCriteria; }
    public void setDecommissioningCriteria(String decommissioningCriteria) { this.decommissioningCriteria = decommissioningCriteria; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
