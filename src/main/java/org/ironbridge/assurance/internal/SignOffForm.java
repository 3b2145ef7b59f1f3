package org.ironbridge.assurance.internal;

/** The DPO's sign-off of a draft as it is typed. */
public class SignOffForm {

    private String measuresApprovedBy;
    private String residualRisksApprovedBy;
    private String dpoAdvice;
    private String advice;
    private String overruledReasons;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private Integer version;

    public String getMeasuresApprovedBy() { return measuresApprovedBy; }
    public void setMeasuresApprovedBy(String measuresApprovedBy) { this.measuresApprovedBy = measuresApprovedBy; }
    public String getResidualRisksApprovedBy() { return residualRisksApprovedBy; }
    public void setResidualRisksApprovedBy(String residualRisksApprovedBy) { this.residualRisksApprovedBy = residualRisksApprovedBy; }
    public String getDpoAdvice() { return dpoAdvice; }
    public void setDpoAdvice(String dpoAdvice) { this.dpoAdvice = dpoAdvice; }
    /** FOLLOWED or OVERRULED. */
    public String getAdvice() { return advice; }
    public void setAdvice(String advice) { this.advice = advice; }
    public String getOverruledReasons() { return overruledReasons; }
    public void setOverruledReasons(String overruledReasons) { this.overruledReasons = overruledReasons; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String reviewDay) { this.reviewDay = reviewDay; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String reviewMonth) { this.reviewMonth = reviewMonth; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String reviewYear) { this.reviewYear = reviewYear; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
