package org.ironbridge.ideas.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.govuk.Pounds;

/** An idea as its submitter types it. A draft needs only a title; submitting needs the whole story. */
public class IdeaForm {

    static final int TITLE_LIMIT = 150;

    private String title;
    private String problem;
    private String proposedChange;
    private String expectedBenefit;
    private String hoursSavedPerMonth;
    private String moneySavedPerYear;
    private String businessAreaId;
    private String anonymous;
    private String formToken;
    private Integer version;

    public static IdeaForm blank() {
        IdeaForm form = new IdeaForm();
        form.formToken = UUID.randomUUID().toString();
        return form;
    }

    static IdeaForm of(Idea idea) {
        IdeaForm form = new IdeaForm();
        form.title = idea.title();
        form.problem = idea.problem();
        form.proposedChange = idea.proposedChange();
        form.expectedBenefit = idea.expectedBenefit();
        form.hoursSavedPerMonth = idea.hoursSavedPerMonth() == null ? null : idea.hoursSavedPerMonth().toString();
        form.moneySavedPerYear = idea.moneySavedPerYear() == null ? null : Pounds.typed(idea.moneySavedPerYear());
        form.businessAreaId = idea.businessAreaId() == null ? null : idea.businessAreaId().toString();
        form.anonymous = idea.anonymous() ? "yes" : null;
        form.formToken = idea.formToken().toString();
        form.version = idea.version();
        return form;
    }

    /** The checked text, or null with the errors in the order of the form. */
    Idea.Text validate(boolean submitting, Set<UUID> businessAreas, FormErrors errors) {
        String cleanTitle = FormText.clean(title);
        if (cleanTitle == null) {
            errors.reject("title", "Enter a title for your idea");
        } else if (FormText.tooLong(cleanTitle, TITLE_LIMIT)) {
            errors.reject("title", "Title must be " + TITLE_LIMIT + " characters or fewer");
        }
        String cleanProblem = text("problem", problem, 4000, submitting,
                "Describe the problem it solves: who is affected, how often and where", "Problem", errors);
        String cleanChange = text("proposedChange", proposedChange, 4000, submitting,
                "Describe the change you propose", "Proposed change", errors);
        String cleanBenefit = text("expectedBenefit", expectedBenefit, 2000, submitting,
                "Describe the benefit you expect", "Expected benefit", errors);
        Integer hours = null;
        String typedHours = FormText.clean(hoursSavedPerMonth);
        if (typedHours != null) {
            String digits = typedHours.replace(",", "");
            if (!digits.matches("\\d{1,7}") || Integer.parseInt(digits) > 1_000_000) {
                errors.reject("hoursSavedPerMonth", "Hours saved a month must be a whole number, such as 40");
            } else {
                hours = Integer.parseInt(digits);
            }
        }
        BigDecimal money = Pounds.read(moneySavedPerYear, "moneySavedPerYear", "Money saved a year", errors);
        UUID area = FormText.uuid(businessAreaId);
        if (FormText.clean(businessAreaId) != null && (area == null || !businessAreas.contains(area))) {
            errors.reject("businessAreaId", "Select the business area from the list");
            area = null;
        } else if (area == null && submitting) {
            errors.reject("businessAreaId", "Select the business area the idea affects");
        }
        if (errors.any()) {
            return null;
        }
        return new Idea.Text(cleanTitle, cleanProblem, cleanChange, cleanBenefit, hours, money, area, "yes".equals(anonymous));
    }

    private static String text(String field, String value, int limit, boolean required, String missing, String name,
                               FormErrors errors) {
        String clean = FormText.clean(value);
        if (clean == null && required) {
            errors.reject(field, missing);
        } else if (FormText.tooLong(clean, limit)) {
            errors.reject(field, name + " must be " + String.format("%,d", limit) + " characters or fewer");
        }
        return clean;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getProposedChange() { return proposedChange; }
    public void setProposedChange(String proposedChange) { this.proposedChange = proposedChange; }
    public String getExpectedBenefit() { return expectedBenefit; }
    public void setExpectedBenefit(String expectedBenefit) { this.expectedBenefit = expectedBenefit; }
    public String getHoursSavedPerMonth() { return hoursSavedPerMonth; }
    public void setHoursSavedPerMonth(String hoursSavedPerMonth) { this.hoursSavedPerMonth = hoursSavedPerMonth; }
    public String getMoneySavedPerYear() { return moneySavedPerYear; }
    public void setMoneySavedPerYear(String moneySavedPerYear) { this.moneySavedPerYear = moneySavedPerYear; }
    public String getBusinessAreaId() { return businessAreaId; }
    public void setBusinessAreaId(String businessAreaId) { this.businessAreaId = businessAreaId; }
    public String getAnonymous() { return anonymous; }
    public void setAnonymous(String anonymous) { this.anonymous = anonymous; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String formToken) { this.formToken = formToken; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
