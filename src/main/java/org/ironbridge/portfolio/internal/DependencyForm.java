package org.ironbridge.portfolio.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** A dependency as typed into its form, and its validation. */
public class DependencyForm extends ItemForm {

    static final int PROGRAMME_LIMIT = 200;
    static final int TEXT_LIMIT = 1000;

    private String dependsOnInitiativeId;
    private String externalProgramme;
    private String needed;
    private String neededByDay;
    private String neededByMonth;
    private String neededByYear;
    private String status = Raid.DependencyStatus.AWAITED.name();

    /**
     * Validates against the initiatives it may depend on (the force's others); null when there are
     * errors.
     */
    Dependency.Details validate(Set<UUID> initiatives, FormErrors errors) {
        String programme = FormChecks.optional(externalProgramme, "externalProgramme", "The programme's name",
                PROGRAMME_LIMIT, errors);
        UUID provider = null;
        boolean initiativeChosen = FormText.clean(dependsOnInitiativeId) != null;
        if (initiativeChosen) {
            provider = FormChecks.oneOf(dependsOnInitiativeId, initiatives, "dependsOnInitiativeId",
                    "Select an initiative of the force from the list, other than this one", errors);
        }
        if (initiativeChosen && programme != null) {
            errors.reject("dependsOnInitiativeId", "Select an initiative or name an external programme, not both");
        } else if (!initiativeChosen && programme == null && !errors.has("externalProgramme")) {
            errors.reject("dependsOnInitiativeId", "Select the initiative this depends on, or name the external programme");
        }
        String cleanNeeded = FormChecks.text(needed, "needed", "Enter what is needed", "What is needed", TEXT_LIMIT, errors);
        LocalDate neededBy = FormChecks.date(neededByDay, neededByMonth, neededByYear, "neededBy", "the date it is needed by",
                errors);
        Raid.DependencyStatus chosenStatus = FormChecks.choice(Raid.DependencyStatus.class, status, "status",
                "Select the status of the dependency", errors);
        if (errors.any()) {
            return null;
        }
        return new Dependency.Details(provider, programme, cleanNeeded, neededBy, chosenStatus);
    }

    public static DependencyForm of(Dependency dependency) {
        DependencyForm form = new DependencyForm();
        form.dependsOnInitiativeId = dependency.dependsOnInitiativeId() == null ? ""
                : dependency.dependsOnInitiativeId().toString();
        form.externalProgramme = dependency.externalProgramme();
        form.needed = dependency.needed();
        form.neededByDay = String.valueOf(dependency.neededBy().getDayOfMonth());
        form.neededByMonth = String.valueOf(dependency.neededBy().getMonthValue());
        form.neededByYear = String.valueOf(dependency.neededBy().getYear());
        form.status = dependency.status().name();
        form.setVersion(dependency.version());
        return form;
    }

    public String getDependsOnInitiativeId() { return dependsOnInitiativeId; }
    public void setDependsOnInitiativeId(String dependsOnInitiativeId) { this.dependsOnInitiativeId = dependsOnInitiativeId; }
    public String getExternalProgramme() { return externalProgramme; }
    public void setExternalProgramme(String externalProgramme) { this.externalProgramme = externalProgramme; }
    public String getNeeded() { return needed; }
    public void setNeeded(String needed) { this.needed = needed; }
    public String getNeededByDay() { return neededByDay; }
    public void setNeededByDay(String neededByDay) { this.neededByDay = neededByDay; }
    public String getNeededByMonth() { return neededByMonth; }
    public void setNeededByMonth(String neededByMonth) { this.neededByMonth = neededByMonth; }
    public String getNeededByYear() { return neededByYear; }
    public void setNeededByYear(String neededByYear) { this.neededByYear = neededByYear; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
