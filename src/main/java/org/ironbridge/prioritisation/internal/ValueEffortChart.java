package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The value-versus-effort matrix drawn as an SVG: effort across (person-months, or job-size points where no
 * assessor gave RICE), value up (mean weighted-matrix score), the midpoints as lines and each idea labelled with
 * its reference. Coordinates are worked out here so the template only draws.
 */
public record ValueEffortChart(int width, int height, int left, int top, int plotWidth, int plotHeight,
                               BigDecimal maxEffort, List<Point> points, List<Tick> effortTicks, List<Tick> valueTicks,
                               int midX, int midY) {

    public record Point(String reference, String title, int x, int y, int labelX, String quadrant) {
    }

    public record Tick(int at, String label) {
    }

    public static ValueEffortChart of(List<Shortlist.Entry> entries) {
        int width = 720;
        int height = 480;
        int left = 70;
        int top = 20;
        int plotWidth = 610;
        int plotHeight = 390;
        BigDecimal largest = entries.stream().map(Shortlist.Entry::effort).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal maxEffort = largest.compareTo(BigDecimal.valueOf(12)) <= 0 ? BigDecimal.valueOf(12)
                : largest.setScale(0, RoundingMode.CEILING).add(BigDecimal.ONE);
        List<Point> points = entries.stream().filter(e -> e.quadrant() != null).map(e -> {
            int x = left + scale(e.effort(), maxEffort, plotWidth);
            int y = top + plotHeight - scale(e.matrix().mean(), BigDecimal.valueOf(100), plotHeight);
            boolean labelLeft = x > left + plotWidth - 90;
            return new Point(e.idea().reference(), e.idea().title(), x, y, labelLeft ? x - 8 : x + 8,
                    e.quadrant().label());
        }).toList();
        List<Tick> effortTicks = java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(i -> {
            BigDecimal at = maxEffort.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 1, RoundingMode.HALF_UP);
            return new Tick(left + scale(at, maxEffort, plotWidth), Figures.of(at));
        }).toList();
        List<Tick> valueTicks = java.util.stream.IntStream.rangeClosed(0, 5).mapToObj(i -> new Tick(
                top + plotHeight - plotHeight * i / 5, (i * 20) + "%")).toList();
        return new ValueEffortChart(width, height, left, top, plotWidth, plotHeight, maxEffort, points, effortTicks,
                valueTicks, left + scale(Quadrant.EFFORT_MIDPOINT, maxEffort, plotWidth),
                top + plotHeight - scale(Quadrant.VALUE_MIDPOINT, BigDecimal.valueOf(100), plotHeight));
    }

    private static int scale(BigDecimal value, BigDecimal max, int length) {
        BigDecimal bounded = value.max(BigDecimal.ZERO).min(max);
        return bounded.multiply(BigDecimal.valueOf(length)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    public int right() {
        return left + plotWidth;
    }

    public int bottom() {
        return top + plotHeight;
    }
}
