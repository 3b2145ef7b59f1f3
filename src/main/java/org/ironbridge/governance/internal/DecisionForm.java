package org.ironbridge.governance.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A decision as the secretariat types it after the meeting. */
public class DecisionForm {

    private String initiativeId;
    private String subject;
    private String outcome;
    private String rationale;
    private String day;
    private String month;
    private String year;
    private List<String> present = new ArrayList<>();
    private String declarations;
    private String supersedesId;

    LocalDate meetingDate() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    boolean anyDatePart() {
        return !(blank(day) && blank(month) && blank(year));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getInitiativeId() { return initiativeId; }
    public void setInitiativeId(String initiativeId) { this.initiativeId = initiativeId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public List<String> getPresent() { return present; }
    public void setPresent(List<String> present) { this.present = present == null ? new ArrayList<>() : present; }
    public String getDeclarations() { return declarations; }
    public void setDeclarations(String declarations) { this.declarations = declarations; }
    public String getSupersedesId() { return supersedesId; }
    public void setSupersedesId(String supersedesId) { this.supersedesId = supersedesId; }
}
