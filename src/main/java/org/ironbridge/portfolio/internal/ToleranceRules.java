package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.ironbridge.portfolio.Tier;

/**
 * When an initiative's forecast breaches the tolerances its board set. A breach is what makes an
 * exception report due; the rules are deliberately few so that a project manager can predict them:
 * <ul>
 * <li><b>Time</b>: a milestone slips by its actual date (once achieved) or else its forecast date,
 * minus its baseline date, in days; the initiative's end slips the same way against its baseline
 * end. The tolerance is breached when any slip is <em>more</em> than the days allowed: a slip of
 * exactly the tolerance is within it, and finishing early never breaches. The worst slip is reported.</li>
 * <li><b>Cost</b>: measured against the approved budget only; with nothing approved there is nothing
 * to breach. The forecast outturn is the greater of the forecast and the amount already spent (money
 * spent cannot be unspent). The overrun is that outturn minus the approved budget. With both a pound
 * and a percentage tolerance set, the smaller allowance applies. Breached when the overrun is more
 * than the allowance.</li>
 * <li><b>Risk</b>: the exposure is the higher of the initiative's current risk score and the score
 * forecast in the latest status report; breached when it is above the maximum allowed.</li>
 * <li><b>Scope, quality and benefits</b> are judged, not computed: the latest status report declares
 * each within tolerance or will breach, and a declared breach is a breach, written tolerance or not
 * (a missing tolerance is itself something for the board to settle).</li>
 * </ul>
 * A tolerance that is not set is not checked, apart from those declared breaches.
 * <p>
 * A breach goes, in an exception report, to the board that set the tolerance: the one above the
 * initiative's tier (Project Board to the Design and Delivery Board, that board to the Change Board);
 * the Change Board, having none above it, answers its own initiatives' exceptions.
 */
public final class ToleranceRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ToleranceRules() {
    }

    /** What the board allowed; any may be null (not set). */
    public record Limits(Integer timeDays, BigDecimal costAmount, Integer costPercent, Integer maximumRisk, String scope,
                         String quality, String benefits) {
        public static final Limits NONE = new Limits(null, null, null, null, null, null, null);
    }

    /** One dated commitment: a milestone or the initiative's end. {@code latest} is the actual date, else the forecast. */
    public record Slip(String what, LocalDate baseline, LocalDate latest, boolean achieved) {
        public long days() {
            return slippage(baseline, latest);
        }
    }

    /**
     * Where the initiative stands: its dated commitments, its money, its risk, and the judged
     * forecasts of its latest status report ({@code reportedIn} names that report, or is null).
     */
    public record Position(List<Slip> slips, BigDecimal approved, BigDecimal spent, BigDecimal forecast, Integer riskScore,
                           Integer riskForecast, Map<Tolerance, ToleranceForecast> declared, String reportedIn) {
    }

    /** A breached tolerance: the forecast and the limit, in words for the exception report. */
    public record Breach(Tolerance tolerance, String forecast, String limit) {
    }

    public static List<Breach> breaches(Limits limits, Position position) {
        List<Breach> breaches = new ArrayList<>();
        time(limits, position).ifPresent(breaches::add);
        cost(limits, position).ifPresent(breaches::add);
        for (Tolerance judged : List.of(Tolerance.SCOPE, Tolerance.QUALITY, Tolerance.BENEFITS)) {
            declared(judged, limits, position).ifPresent(breaches::add);
        }
        risk(limits, position).ifPresent(breaches::add);
        return breaches;
    }

    /** The board an exception report on an initiative of this tier is addressed to. */
    public static Tier escalatesTo(Tier tier) {
        return switch (tier) {
            case PROJECT_BOARD -> Tier.DESIGN_AND_DELIVERY_BOARD;
            case DESIGN_AND_DELIVERY_BOARD, CHANGE_BOARD -> Tier.CHANGE_BOARD;
        };
    }

    /** Days late (positive) or early (negative); zero when either date is missing. */
    public static long slippage(LocalDate baseline, LocalDate latest) {
        return baseline == null || latest == null ? 0 : ChronoUnit.DAYS.between(baseline, latest);
    }

    /** The forecast outturn: the forecast, but never less than what has been spent. */
    public static BigDecimal outturn(BigDecimal spent, BigDecimal forecast) {
        return Stream.of(spent, forecast).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The most the approved budget may be overrun by, or null when no cost tolerance is set or nothing is approved. */
    public static BigDecimal costAllowance(Limits limits, BigDecimal approved) {
        if (approved == null) {
            return null;
        }
        BigDecimal byPercent = limits.costPercent() == null ? null
                : approved.multiply(BigDecimal.valueOf(limits.costPercent())).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        return Stream.of(limits.costAmount(), byPercent).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    static Optional<Breach> time(Limits limits, Position position) {
        if (limits.timeDays() == null) {
            return Optional.empty();
        }
        return position.slips().stream().filter(slip -> slip.days() > limits.timeDays())
                .max(Comparator.comparingLong(Slip::days))
                .map(worst -> new Breach(Tolerance.TIME, "%s %s %s, %s after its baseline of %s".formatted(worst.what(),
                        worst.achieved() ? "achieved" : "forecast", DATE.format(worst.latest()), days(worst.days()),
                        DATE.format(worst.baseline())), "No more than " + days(limits.timeDays()) + " late"));
    }

    static Optional<Breach> cost(Limits limits, Position position) {
        BigDecimal allowance = costAllowance(limits, position.approved());
        BigDecimal outturn = outturn(position.spent(), position.forecast());
        if (allowance == null || outturn == null) {
            return Optional.empty();
        }
        BigDecimal overrun = outturn.subtract(position.approved());
        if (overrun.compareTo(allowance) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Breach(Tolerance.COST, "Forecast outturn %s: %s over the approved budget of %s".formatted(
                Pounds.format(outturn), Pounds.format(overrun), Pounds.format(position.approved())),
                costLimit(limits, position.approved(), allowance)));
    }

    static Optional<Breach> risk(Limits limits, Position position) {
        Integer exposure = Stream.of(position.riskScore(), position.riskForecast()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (limits.maximumRisk() == null || exposure == null || exposure <= limits.maximumRisk()) {
            return Optional.empty();
        }
        boolean forecast = position.riskForecast() != null && exposure.equals(position.riskForecast())
                && !exposure.equals(position.riskScore());
        return Optional.of(new Breach(Tolerance.RISK, "Risk score " + exposure
                + (forecast ? ", forecast in the status report for " + position.reportedIn() : ""),
                "A risk score of no more than " + limits.maximumRisk()));
    }

    static Optional<Breach> declared(Tolerance tolerance, Limits limits, Position position) {
        if (position.declared().get(tolerance) != ToleranceForecast.WILL_BREACH) {
            return Optional.empty();
        }
        String written = switch (tolerance) {
            case SCOPE -> limits.scope();
            case QUALITY -> limits.quality();
            case BENEFITS -> limits.benefits();
            default -> throw new IllegalArgumentException(tolerance + " is measured, not declared");
        };
        return Optional.of(new Breach(tolerance, "Declared as will breach in the status report for " + position.reportedIn(),
                written == null ? "No " + tolerance.label().toLowerCase(Locale.UK) + " tolerance has been recorded" : written));
    }

    private static String costLimit(Limits limits, BigDecimal approved, BigDecimal allowance) {
        String over = " over the approved budget of " + Pounds.format(approved);
        if (limits.costAmount() != null && limits.costPercent() != null) {
            return "No more than %s or %d%%%s, whichever is less (%s)".formatted(Pounds.format(limits.costAmount()),
                    limits.costPercent(), over, Pounds.format(allowance));
        }
        if (limits.costPercent() != null) {
            return "No more than %d%% (%s)%s".formatted(limits.costPercent(), Pounds.format(allowance), over);
        }
        return "No more than " + Pounds.format(allowance) + over;
    }

    /** "1 day", "14 days". */
    public static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
