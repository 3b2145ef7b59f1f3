package org.ironbridge.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ironbridge.govuk.FormText;

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
    private String paperId;
    private String optionsConsidered;
    private String assessmentsConsidered;
    private String acknowledged;
    private String amountApproved;
    private String pilotConclusion;
    private String condition1Description;
    private String condition1Owner;
    private String condition1Day;
    private String condition1Month;
    private String condition1Year;
    private String condition2Description;
    private String condition2Owner;
    private String condition2Day;
    private String condition2Month;
    private String condition2Year;
    private String condition3Description;
    private String condition3Owner;
    private String condition3Day;
    private String condition3Month;
    private String condition3Year;

    LocalDate meetingDate() {
        return FormText.date(day, month, year);
    }

    /** The three condition slots: description, owner, day, month, year. */
    public List<String[]> conditionSlots() {
        return List.of(
                new String[] {condition1Description, condition1Owner, condition1Day, condition1Month, condition1Year},
                new String[] {condition2Description, condition2Owner, condition2Day, condition2Month, condition2Year},
                new String[] {condition3Description, condition3Owner, condition3Day, condition3Month, condition3Year});
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
    public String getPaperId() { return paperId; }
    public void setPaperId(String paperId) { this.paperId = paperId; }
    public String getOptionsConsidered() { return optionsConsidered; }
    public void setOptionsConsidered(String optionsConsidered) { this.optionsConsidered = optionsConsidered; }
    public String getAssessmentsConsidered() { return assessmentsConsidered; }
    public void setAssessmentsConsidered(String assessmentsConsidered) { this.assessmentsConsidered = assessmentsConsidered; }
    public String getAcknowledged() { return acknowledged; }
    public void setAcknowledged(String acknowledged) { this.acknowledged = acknowledged; }
    public String getAmountApproved() { return amountApproved; }
    public void setAmountApproved(String amountApproved) { this.amountApproved = amountApproved; }
    public String getPilotConclusion() { return pilotConclusion; }
    public void setPilotConclusion(String pilotConclusion) { this.pilotConclusion = pilotConclusion; }
    public String getCondition1Description() { return condition1Description; }
    public void setCondition1Description(String condition1Description) { this.condition1Description = condition1Description; }
    public String getCondition1Owner() { return condition1Owner; }
    public void setCondition1Owner(String condition1Owner) { this.condition1Owner = condition1Owner; }
    public String getCondition1Day() { return condition1Day; }
    public void setCondition1Day(String condition1Day) { this.condition1Day = condition1Day; }
    public String getCondition1Month() { return condition1Month; }
    public void setCondition1Month(String condition1Month) { this.condition1Month = condition1Month; }
    public String getCondition1Year() { return condition1Year; }
    public void setCondition1Year(String condition1Year) { this.condition1Year = condition1Year; }
    public String getCondition2Description() { return condition2Description; }
    public void setCondition2Description(String condition2Description) { this.condition2Description = condition2Description; }
    public String getCondition2Owner() { return condition2Owner; }
    public void setCondition2Owner(String condition2Owner) { this.condition2Owner = condition2Owner; }
    public String getCondition2Day() { return condition2Day; }
    public void setCondition2Day(String condition2Day) { this.condition2Day = condition2Day; }
    public String getCondition2Month() { return condition2Month; }
    public void setCondition2Month(String condition2Month) { this.condition2Month = condition2Month; }
    public String getCondition2Year() { return condition2Year; }
    public void setCondition2Year(String condition2Year) { this.condition2Year = condition2Year; }
    public String getCondition3Description() { return condition3Description; }
    public void setCondition3Description(String condition3Description) { this.condition3Description = condition3Description; }
    public String getCondition3Owner() { return condition3Owner; }
    public void setCondition3Owner(String condition3Owner) { this.condition3Owner = condition3Owner; }
    public String getCondition3Day() { return condition3Day; }
    public void setCondition3Day(String condition3Day) { this.condition3Day = condition3Day; }
    public String getCondition3Month() { return condition3Month; }
    public void setCondition3Month(String condition3Month) { this.condition3Month = condition3Month; }
    public String getCondition3Year() { return condition3Year; }
    public void setCondition3Year(String condition3Year) { this.condition3Year = condition3Year; }
}
