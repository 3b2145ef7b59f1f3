package org.ironbridge.portfolio.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.portfolio.internal.ToleranceRules.Breach;
import org.ironbridge.portfolio.internal.ToleranceRules.Slip;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers an initiative's milestones, tolerances, money and latest status report, and judges them by {@link ToleranceRules}. */
@Component
public class DeliveryPosition {

    private final MilestoneRepository milestones;
    private final ToleranceRepository tolerances;
    private final FinanceRepository finances;
    private final StatusReportRepository reports;

    DeliveryPosition(MilestoneRepository milestones, ToleranceRepository tolerances, FinanceRepository finances,
                     StatusReportRepository reports) {
        this.milestones = milestones;
        this.tolerances = tolerances;
        this.finances = finances;
        this.reports = reports;
    }

    /** Where an initiative stands against its tolerances; {@code latestReport} is null before the first report. */
    public record Assessment(List<Milestone> milestones, Tolerances tolerances, InitiativeFinance finance,
                             StatusReport latestReport, List<Breach> breaches) {

        public Optional<Breach> breach(Tolerance tolerance) {
            return breaches.stream().filter(breach -> breach.tolerance() == tolerance).findFirst();
        }

        public Set<Tolerance> breached() {
            return breaches.stream().map(Breach::tolerance)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Tolerance.class)));
        }
    }

    @Transactional(readOnly = true)
    public Assessment of(Initiative initiative) {
        UUID id = initiative.id();
        List<Milestone> planned = milestones.findByInitiativeIdOrderByBaselineDateAscTitleAsc(id);
        Tolerances limits = tolerances.findById(id).orElse(Tolerances.none(id));
        InitiativeFinance finance = finances.findById(id).orElse(InitiativeFinance.none(id));
        StatusReport latest = latestReport(id).orElse(null);
        ToleranceRules.Position position = new ToleranceRules.Position(slips(initiative, planned), finance.approved(),
                finance.spent(), finance.forecastOutturn(), initiative.riskScore(),
                latest == null ? null : latest.riskScoreForecast(), latest == null ? Map.of() : latest.declared(),
                latest == null ? null : latest.name());
        return new Assessment(planned, limits, finance, latest, ToleranceRules.breaches(limits.limits(), position));
    }

    /** The latest version of the latest period's report. */
    Optional<StatusReport> latestReport(UUID initiativeId) {
        return reports.findByInitiativeIdOrderByPeriodDescVersionNumberDesc(initiativeId).stream().findFirst();
    }

    /** The tolerances breached after a change that were not breached before it. */
    static Set<Tolerance> newlyBreached(Assessment before, Assessment after) {
        Set<Tolerance> now = after.breached();
        now.removeAll(before.breached());
        return now;
    }

    /** " – now beyond its time and cost tolerances", for audit summaries; empty when nothing is newly breached. */
    public static String nowBeyond(Set<Tolerance> breached) {
        if (breached.isEmpty()) {
            return "";
        }
        List<String> names = breached.stream().map(t -> t.label().toLowerCase(Locale.UK)).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return " – now beyond its " + joined + (names.size() == 1 ? " tolerance" : " tolerances");
    }

    private static List<Slip> slips(Initiative initiative, List<Milestone> planned) {
        List<Slip> slips = new ArrayList<>(planned.stream().map(Milestone::slip).toList());
        Initiative.Schedule schedule = initiative.schedule();
        boolean ended = schedule.actualEnd() != null;
        if (schedule.baselineEnd() != null && (ended || schedule.forecastEnd() != null)) {
            slips.add(new Slip("The initiative's end", schedule.baselineEnd(),
                    ended ? schedule.actualEnd() : schedule.forecastEnd(), ended));
        }
        return slips;
    }
}
