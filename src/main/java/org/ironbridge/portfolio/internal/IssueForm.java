package org.ironbridge.portfolio.internal;

import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;

/** An issue as typed into its form, and its validation. */
public class IssueForm extends ItemForm {

    static final int TEXT_LIMIT = 2000;

    private String description;
    private String impact;
    private String ownerId;
    private String priority;
    private String status = Raid.IssueStatus.OPEN.name();
    private String resolution;

    /** Validates against the force's active people; null when there are errors. */
    Issue.Details validate(Set<UUID> people, FormErrors errors) {
        String cleanDescription = FormChecks.text(description, "description", "Enter what has happened",
                "Description", TEXT_LIMIT, errors);
        String cleanImpact = FormChecks.text(impact, "impact", "Enter the impact on the initiative", "Impact",
                TEXT_LIMIT, errors);
        UUID owner = FormChecks.oneOf(ownerId, people, "ownerId", "Select the issue owner from the list", errors);
        Raid.Level chosenPriority = FormChecks.choice(Raid.Level.class, priority, "priority",
                "Select the priority of the issue", errors);
        Raid.IssueStatus chosenStatus = FormChecks.choice(Raid.IssueStatus.class, status, "status",
                "Select the status of the issue", errors);
        String cleanResolution = chosenStatus == Raid.IssueStatus.RESOLVED
                ? FormChecks.text(resolution, "resolution", "Enter how the issue was resolved", "Resolution",
                        TEXT_LIMIT, errors)
                : FormChecks.optional(resolution, "resolution", "Resolution", TEXT_LIMIT, errors);
        if (errors.any()) {
            return null;
        }
        return new Issue.Details(cleanDescription, cleanImpact, owner, chosenPriority, chosenStatus, cleanResolution);
    }

    public static IssueForm of(Issue issue) {
        IssueForm form = new IssueForm();
        form.description = issue.description();
        form.impact = issue.impact();
        form.ownerId = issue.ownerId().toString();
        form.priority = issue.priority().name();
        form.status = issue.status().name();
        form.resolution = issue.resolution();
        form.setVersion(issue.version());
        return form;
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getImpact() { return impact; }
    public void setImpact(String impact) { this.impact = impact; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
}
