package org.ironbridge.assurance.internal;

/** A decommissioning as it is typed; every field is text until checked. */
public class DecommissioningForm {

    private String decisionId;
    private String day;
    private String month;
    private String year;
    private String dataOutcome;
    private String dataDetail;
    private String version;

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getDataOutcome() { return dataOutcome; }
    public void setDataOutcome(String dataOutcome) { this.dataOutcome = dataOutcome; }
    public String getDataDetail() { return dataDetail; }
    public void setDataDetail(String dataDetail) { this.dataDetail = dataDetail; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }

    /** The version the form was opened at: null when absent, -1 when forged so that it never matches. */
    public Integer versionNumber() {
        return FormParams.version(java.util.Map.of("version", new String[] {version == null ? "" : version}));
    }
}
