package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.portfolio.InitiativeType;

/** An initiative's details as typed into the form, and their validation into {@link InitiativeDetails}. */
public class InitiativeForm {

    static final int TITLE_LIMIT = 200;
    static final int SUMMARY_LIMIT = 4000;

    private String title;
    private String summary;
    private String type;
    private String sroId;
    private String projectManagerId;
    private String wholeLifeCost;
    private String riskScore;
    private String involvesAi;
    private String classification = Classification.OFFICIAL.name();
    private List<String> businessAreas = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private Integer version;

    /** Validates against the force's people, units and objectives; null when there are errors. */
    InitiativeDetails validate(Set<UUID> people, Set<UUID> units, Set<UUID> planObjectives, FormErrors errors) {
        String cleanTitle = FormText.clean(title);
        if (cleanTitle == null) {
            errors.reject("title", "Enter a title");
        } else if (FormText.tooLong(cleanTitle, TITLE_LIMIT)) {
            errors.reject("title", "Title must be " + TITLE_LIMIT + " characters or fewer");
        }
        String cleanSummary = FormText.clean(summary);
        if (cleanSummary == null) {
            errors.reject("summary", "Enter a summary of the change and why it is needed");
        } else if (FormText.tooLong(cleanSummary, SUMMARY_LIMIT)) {
            errors.reject("summary", "Summary must be " + SUMMARY_LIMIT + " characters or fewer");
        }
        InitiativeType parsedType = FormText.choice(InitiativeType.class, type);
        if (parsedType == null) {
            errors.reject("type", "Select the type of initiative");
        }
        UUID sro = person(sroId, people, "sroId", "Select a Senior Responsible Owner from the list", errors);
        UUID pm = person(projectManagerId, people, "projectManagerId", "Select a project manager from the list", errors);
        BigDecimal cost = money(wholeLifeCost, errors);
        Integer risk = riskScore(errors);
        Classification marking = FormText.choice(Classification.class, classification);
        if (marking == null) {
            errors.reject("classification", "Select the classification");
        }
        Set<UUID> areas = chosen(businessAreas, units, "businessAreas", "Select business areas from the list", errors);
        if (areas.isEmpty() && !errors.has("businessAreas")) {
            errors.reject("businessAreas", "Select at least one business area the change affects");
        }
        Set<UUID> serves = chosen(objectives, planObjectives, "objectives", "Select objectives from the list", errors);
        if (errors.any()) {
            return null;
        }
        return new InitiativeDetails(cleanTitle, cleanSummary, parsedType, sro, pm, cost, risk, "yes".equals(involvesAi),
                marking, areas, serves);
    }

    /** Parses "£1,250,000.50", "1250000" and the like; pounds and pence, nothing else. */
    private static BigDecimal money(String text, FormErrors errors) {
        return Pounds.read(text, "wholeLifeCost", "Whole-life cost", errors);
    }

    private Integer riskScore(FormErrors errors) {
        String cleaned = FormText.clean(riskScore);
        if (cleaned == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(cleaned);
            if (value < 1 || value > 25) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException notAScore) {
            errors.reject("riskScore", "Risk score must be a whole number from 1 to 25 (probability × impact)");
            return null;
        }
    }

    private static UUID person(String value, Set<UUID> people, String field, String message, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            return null;
        }
        UUID id = FormText.uuid(cleaned);
        if (id == null || !people.contains(id)) {
            errors.reject(field, message);
            return null;
        }
        return id;
    }

    private static Set<UUID> chosen(List<String> values, Set<UUID> allowed, String field, String message,
                                    FormErrors errors) {
        Set<UUID> chosen = new LinkedHashSet<>();
        for (String value : values) {
            UUID id = FormText.uuid(value);
            if (id == null || !allowed.contains(id)) {
                errors.reject(field, message);
            } else {
                chosen.add(id);
            }
        }
        return chosen;
    }

    public static InitiativeForm of(Initiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.title = initiative.title();
        form.summary = initiative.summary();
        form.type = initiative.type().name();
        form.sroId = initiative.sroId() == null ? "" : initiative.sroId().toString();
        form.projectManagerId = initiative.projectManagerId() == null ? "" : initiative.projectManagerId().toString();
        form.wholeLifeCost = initiative.wholeLifeCost() == null ? "" : initiative.wholeLifeCost().toPlainString();
        form.riskScore = initiative.riskScore() == null ? "" : initiative.riskScore().toString();
        form.involvesAi = initiative.involvesAi() ? "yes" : null;
        form.classification = initiative.classification().name();
        form.businessAreas = initiative.businessAreaIds().stream().map(UUID::toString).toList();
        form.objectives = initiative.objectiveIds().stream().map(UUID::toString).toList();
        form.version = initiative.version();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSroId() { return sroId; }
    public void setSroId(String sroId) { this.sroId = sroId; }
    public String getProjectManagerId() { return projectManagerId; }
    public void setProjectManagerId(String projectManagerId) { this.projectManagerId = projectManagerId; }
    public String getWholeLifeCost() { return wholeLifeCost; }
    public void setWholeLifeCost(String wholeLifeCost) { this.wholeLifeCost = wholeLifeCost; }
    public String getRiskScore() { return riskScore; }
    public void setRiskScore(String riskScore) { this.riskScore = riskScore; }
    public String getInvolvesAi() { return involvesAi; }
    public void setInvolvesAi(String involvesAi) { this.involvesAi = involvesAi; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public List<String> getBusinessAreas() { return businessAreas; }
    public void setBusinessAreas(List<String> businessAreas) { this.businessAreas = businessAreas == null ? new ArrayList<>() : businessAreas; }
    public List<String> getObjectives() { return objectives; }
    public void setObjectives(List<String> objectives) { this.objectives = objectives == null ? new ArrayList<>() : objectives; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
