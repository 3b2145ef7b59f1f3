package org.ironbridge.portfolio.internal;

import java.time.LocalDate;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** Feedback from a staff association on the live equality analysis, as typed by the project team. */
public class FeedbackForm {

    static final int ASSOCIATION_LIMIT = 150;
    static final int FEEDBACK_LIMIT = 4000;

    private String association;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private String feedback;

    record Content(String association, LocalDate receivedOn, String feedback) {
    }

    /** The validated feedback, or null with errors; it cannot have been received after {@code today}. */
    Content validate(LocalDate today, FormErrors errors) {
        String who = FormText.clean(association);
        if (who == null) {
            errors.reject("association", "Enter the name of the staff association");
        } else if (FormText.tooLong(who, ASSOCIATION_LIMIT)) {
            errors.reject("association", "Staff association must be " + ASSOCIATION_LIMIT + " characters or fewer");
        }
        DateParts parts = new DateParts(receivedDay, receivedMonth, receivedYear);
        LocalDate received = parts.date();
        if (received == null) {
            errors.reject("received", parts.blank() ? "Enter the date the feedback was received"
                    : "Date received must be a real date, like 27 3 2025");
        } else if (received.isAfter(today)) {
            errors.reject("received", "Date received must be today or in the past");
        }
        String said = FormText.clean(feedback);
        if (said == null) {
            errors.reject("feedback", "Enter what the staff association said");
        } else if (FormText.tooLong(said, FEEDBACK_LIMIT)) {
            errors.reject("feedback", "Feedback must be " + FEEDBACK_LIMIT + " characters or fewer");
        }
        return errors.any() ? null : new Content(who, received, said);
    }

    public String getAssociation() { return association; }
    public void setAssociation(String association) { this.association = association; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String receivedDay) { this.receivedDay = receivedDay; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String receivedMonth) { this.receivedMonth = receivedMonth; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String receivedYear) { this.receivedYear = receivedYear; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
}
