package org.ironbridge.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.DeliveryPosition;
import org.ironbridge.portfolio.internal.ExceptionReporting;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.ironbridge.portfolio.internal.InitiativeFinance;
import org.ironbridge.portfolio.internal.Milestone;
import org.ironbridge.govuk.Pounds;
import org.ironbridge.portfolio.internal.Tolerance;
import org.ironbridge.portfolio.internal.ToleranceRules;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The words and rows the delivery pages show: dates, money and slippage as people read them. */
@Component
class DeliveryViews {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One line of a summary list. */
    record Line(String key, String value) {
    }

    /** One milestone as the table shows it. */
    record MilestoneRow(UUID id, String title, String baseline, String forecast, String achieved, String slippage,
                        boolean beyondTolerance) {
    }

    /** A breached tolerance and its latest exception report, if any; {@code awaiting} while the board has not answered. */
    record BreachRow(Tolerance tolerance, String forecast, String limit, String exception, boolean awaiting) {
    }

    private final InitiativeEditing editing;

    DeliveryViews(InitiativeEditing editing) {
        this.editing = editing;
    }

    /** The initiative the page is about, and whether this person may change its delivery records. */
    void initiative(Model model, Subject subject, Initiative initiative) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("mayEdit", editing.mayEdit(subject, initiative));
    }

    List<MilestoneRow> milestones(List<Milestone> milestones, Integer timeDays) {
        return milestones.stream().map(m -> new MilestoneRow(m.id(), m.title(), day(m.baselineDate()),
                day(m.forecastDate()), m.actualDate() == null ? "Not yet" : day(m.actualDate()), slippage(m.slippage()),
                timeDays != null && m.slippage() > timeDays)).toList();
    }

    List<Line> tolerances(ToleranceRules.Limits limits) {
        String notSet = "Not set";
        return List.of(
                new Line("Time", limits.timeDays() == null ? notSet : "No more than " + ToleranceRules.days(limits.timeDays()) + " late"),
                new Line("Cost", cost(limits)),
                new Line("Scope", limits.scope() == null ? notSet : limits.scope()),
                new Line("Quality", limits.quality() == null ? notSet : limits.quality()),
                new Line("Benefits", limits.benefits() == null ? notSet : limits.benefits()),
                new Line("Risk", limits.maximumRisk() == null ? notSet : "A risk score of no more than " + limits.maximumRisk()));
    }

    List<Line> finance(InitiativeFinance finance, DeliveryPosition.Assessment assessment) {
        BigDecimal variance = finance.variance();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Budget requested", money(finance.requested())));
        lines.add(new Line("Approved budget", finance.approved() == null
                ? "Not yet approved: a budget is approved only by a board decision"
                : Pounds.format(finance.approved()) + ", approved by decision " + finance.approvedByDecisionReference()));
        lines.add(new Line("Spent to date", money(finance.spent())));
        lines.add(new Line("Forecast outturn", money(finance.forecastOutturn())));
        lines.add(new Line("Variance (forecast outturn against approved budget)", variance == null
                ? "Not known until a budget is approved and a forecast recorded"
                : variance.signum() == 0 ? "On budget"
                : Pounds.format(variance.abs()) + (variance.signum() > 0 ? " over" : " under") + " the approved budget"));
        BigDecimal allowance = ToleranceRules.costAllowance(assessment.tolerances().limits(), finance.approved());
        lines.add(new Line("Cost tolerance", assessment.breach(Tolerance.COST)
                .map(breach -> "Breached: " + breach.forecast())
                .orElse(allowance == null ? "Not judged: it needs a cost tolerance and an approved budget"
                        : "Within tolerance (up to " + Pounds.format(allowance) + " over the approved budget)")));
        return lines;
    }

    List<BreachRow> breaches(DeliveryPosition.Assessment assessment, List<ExceptionReporting.Entry> exceptions) {
        return assessment.breaches().stream().map(breach -> {
            ExceptionReporting.Entry latest = exceptions.stream()
                    .filter(e -> e.report().tolerance() == breach.tolerance()).findFirst().orElse(null);
            String exception = latest == null ? null : "Raised " + day(latest.report().raisedOn()) + " to the "
                    + latest.report().addressedTo().label() + (latest.open() ? ", awaiting its decision"
                    : "; answered by decision " + latest.decision().decisionReference());
            return new BreachRow(breach.tolerance(), breach.forecast(), breach.limit(), exception,
                    latest != null && latest.open());
        }).toList();
    }

    /** After a save, tell the person which tolerances the change breached and where the exception report goes. */
    static void breachNotice(RedirectAttributes redirect, Set<Tolerance> breached, Initiative initiative) {
        if (!breached.isEmpty()) {
            redirect.addFlashAttribute("breachNotice", "This takes " + initiative.reference() + " beyond its "
                    + String.join(" and ", breached.stream().map(t -> t.label().toLowerCase(Locale.UK)).toList())
                    + (breached.size() == 1 ? " tolerance" : " tolerances") + ". Raise an exception report to the "
                    + ToleranceRules.escalatesTo(initiative.tier()).label() + ".");
        }
    }

    /** A pound amount input with the £ prefix. */
    static Map<String, Object> money(String name, String label, String hint, String value, FormErrors errors) {
        Map<String, Object> field = FormFields.input(name, label, value, errors);
        field.put("prefix", Map.of("text", "£"));
        field.put("classes", "govuk-input--width-10");
        field.put("spellcheck", false);
        if (hint != null) {
            field.put("hint", Map.of("text", hint));
        }
        return field;
    }

    /** A whole-number input, narrow, with a hint and an optional unit after it. */
    static Map<String, Object> number(String name, String label, String hint, String suffix, String value,
                                      FormErrors errors) {
        Map<String, Object> field = FormFields.input(name, label, value, errors);
        field.put("classes", "govuk-input--width-4");
        field.put("inputmode", "numeric");
        field.put("spellcheck", false);
        field.put("hint", Map.of("text", hint));
        if (suffix != null) {
            field.put("suffix", Map.of("text", suffix));
        }
        return field;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String slippage(long days) {
        return days == 0 ? "On time" : ToleranceRules.days(Math.abs(days)) + (days > 0 ? " late" : " early");
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "Not recorded" : Pounds.format(amount);
    }

    private static String cost(ToleranceRules.Limits limits) {
        if (limits.costAmount() == null && limits.costPercent() == null) {
            return "Not set";
        }
        if (limits.costAmount() != null && limits.costPercent() != null) {
            return "No more than " + Pounds.format(limits.costAmount()) + " or " + limits.costPercent()
                    + "% over the approved budget, whichever is less";
        }
        return "No more than " + (limits.costAmount() != null ? Pounds.format(limits.costAmount())
                : limits.costPercent() + "%") + " over the approved budget";
    }
}
