package org.ironbridge.portfolio.internal;

/** The SRO's sign-off of an equality analysis: the version they read and when it is due for review. */
public class SignOffForm {

    private String reviewDueDay;
    private String reviewDueMonth;
    private String reviewDueYear;
    private String version;

    DateParts reviewDue() {
        return new DateParts(reviewDueDay, reviewDueMonth, reviewDueYear);
    }

    int signedVersion() {
        return VersionNumbers.parse(version);
    }

    public String getReviewDueDay() { return reviewDueDay; }
    public void setReviewDueDay(String reviewDueDay) { this.reviewDueDay = reviewDueDay; }
    public String getReviewDueMonth() { return reviewDueMonth; }
    public void setReviewDueMonth(String reviewDueMonth) { this.reviewDueMonth = reviewDueMonth; }
    public String getReviewDueYear() { return reviewDueYear; }
    public void setReviewDueYear(String reviewDueYear) { this.reviewDueYear = reviewDueYear; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
