package org.ironbridge.portfolio.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ironbridge.portfolio.DeliveryConfidence;
import org.ironbridge.portfolio.Rag;

/**
 * The month-on-month trend of an initiative's status reports: for each month, the delivery
 * confidence and each RAG, with how it moved since the month before in words and an arrow, so the
 * trend never rests on colour alone.
 */
public final class StatusTrend {

    /** The RAG dimensions, in the order the trend shows them. */
    public static final List<String> DIMENSIONS = List.of("Schedule", "Cost", "Scope", "Benefits", "Risk", "Resources");
    private static final List<Function<Initiative.RagStatus, Rag>> RAGS = List.of(Initiative.RagStatus::schedule,
            Initiative.RagStatus::cost, Initiative.RagStatus::scope, Initiative.RagStatus::benefits,
            Initiative.RagStatus::risk, Initiative.RagStatus::resources);

    private StatusTrend() {
    }

    /** One value in the trend: its label, the GOV.UK tag colour, and the move since the month before ("" when none). */
    public record Cell(String label, String colour, String change) {
    }

    /** One month: the report behind it, the delivery confidence and the six RAGs in {@link #DIMENSIONS} order. */
    public record Row(StatusReport report, Cell confidence, List<Cell> rags) {
    }

    /** Rows for the latest report of each month, newest first, each compared with the month below it. */
    public static List<Row> of(List<StatusReport> newestFirst) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            StatusReport report = newestFirst.get(i);
            StatusReport before = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
            Cell confidence = confidence(report.deliveryConfidence(), before == null ? null : before.deliveryConfidence());
            List<Cell> rags = RAGS.stream().map(dimension -> rag(dimension.apply(report.rag()),
                    before == null ? null : dimension.apply(before.rag()))).toList();
            rows.add(new Row(report, confidence, rags));
        }
        return rows;
    }

    static Cell confidence(DeliveryConfidence now, DeliveryConfidence before) {
        return new Cell(now.label(), colour(rank(now)), change(rank(now), before == null ? -1 : rank(before),
                before == null ? null : before.label()));
    }

    static Cell rag(Rag now, Rag before) {
        int rank = now.ordinal() * 2;
        return new Cell(now.label(), colour(rank), change(rank, before == null ? -1 : before.ordinal() * 2,
                before == null ? null : before.label()));
    }

    /** Green 0, Amber/Green 1, Amber 2, Amber/Red 3, Red 4: the RAGs sit on the same scale. */
    private static int rank(DeliveryConfidence confidence) {
        return switch (confidence) {
            case GREEN -> 0;
            case AMBER_GREEN -> 1;
            case AMBER -> 2;
            case AMBER_RED -> 3;
            case RED -> 4;
        };
    }

    private static String colour(int rank) {
        return switch (rank) {
            case 0 -> "govuk-tag--green";
            case 1, 2 -> "govuk-tag--yellow";
            case 3 -> "govuk-tag--orange";
            default -> "govuk-tag--red";
        };
    }

    private static String change(int now, int before, String beforeLabel) {
        if (before < 0 || now == before) {
            return "";
        }
        return now > before ? "↓ down from " + beforeLabel : "↑ up from " + beforeLabel;
    }
}
