package org.ironbridge.portfolio.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** A change impact as typed into its form, and its validation. */
public class ChangeImpactForm extends ItemForm {

    /** Longer than this is almost always a mistyped year; an impact that long is several impacts. */
    static final int MOST_MONTHS = 60;

    private String organisationUnitId;
    private List<String> ways = new ArrayList<>();
    private String severity;
    private String fromMonth;
    private String fromYear;
    private String toMonth;
    private String toYear;

    /** Validates against the force's business areas; null when there are errors. */
    ChangeImpact.Details validate(Set<UUID> units, FormErrors errors) {
        UUID unit = FormChecks.oneOf(organisationUnitId, units, "organisationUnitId",
                "Select the business area affected from the list", errors);
        Set<Raid.ImpactKind> kinds = EnumSet.noneOf(Raid.ImpactKind.class);
        for (String way : ways) {
            Raid.ImpactKind kind = FormText.choice(Raid.ImpactKind.class, way);
            if (kind == null) {
                errors.reject("ways", "Select how the area is affected from the list");
            } else {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            errors.reject("ways", "Select how the area is affected: process, systems, training or culture");
        }
        Raid.Level chosenSeverity = FormChecks.choice(Raid.Level.class, severity, "severity",
                "Select how severe the impact is", errors);
        YearMonth from = FormChecks.month(fromMonth, fromYear, "from", "the first month of impact", errors);
        YearMonth to = FormChecks.month(toMonth, toYear, "to", "the last month of impact", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("to", "The last month of impact must be the same as or after the first month");
        } else if (from != null && to != null && from.plusMonths(MOST_MONTHS - 1L).isBefore(to)) {
            errors.reject("to", "An impact can last at most " + MOST_MONTHS + " months; record a longer one as several");
        }
        if (errors.any()) {
            return null;
        }
        return new ChangeImpact.Details(unit, kinds, chosenSeverity, from, to);
    }

    public static ChangeImpactForm of(ChangeImpact impact) {
        ChangeImpactForm form = new ChangeImpactForm();
        form.organisationUnitId = impact.organisationUnitId().toString();
        form.ways = impact.ways().stream().map(Enum::name).toList();
        form.severity = impact.severity().name();
        form.fromMonth = String.valueOf(impact.from().getMonthValue());
        form.fromYear = String.valueOf(impact.from().getYear());
        form.toMonth = String.valueOf(impact.to().getMonthValue());
        form.toYear = String.valueOf(impact.to().getYear());
        form.setVersion(impact.version());
        return form;
    }

    public String getOrganisationUnitId() { return organisationUnitId; }
    public void setOrganisationUnitId(String organisationUnitId) { this.organisationUnitId = organisationUnitId; }
    public List<String> getWays() { return ways; }
    public void setWays(List<String> ways) { this.ways = ways == null ? new ArrayList<>() : ways; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String fromMonth) { this.fromMonth = fromMonth; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String fromYear) { this.fromYear = fromYear; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String toMonth) { this.toMonth = toMonth; }
    public String getToYear() { return toYear; }
    public void setToYear(String toYear) { this.toYear = toYear; }
}
