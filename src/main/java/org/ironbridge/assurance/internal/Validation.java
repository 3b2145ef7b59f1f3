package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One pre-deployment validation (or re-validation) of a system: what it was tested on, who validated it and
 * when, the thresholds and who set them, and the results. It passed when every measure is within its
 * threshold.
 */
public record Validation(UUID id, UUID systemId, String testData, UUID validatedBy, String validatedByName,
                         LocalDate validatedOn, ThresholdSetter thresholdsSetBy, String thresholdsReference, String notes,
                         boolean passed, List<Measure> results, String recordedBy, Instant recordedAt) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public List<Measure> accuracy() {
        return results.stream().filter(m -> m.characteristic() == null).toList();
    }

    public List<Measure> groups() {
        return results.stream().filter(m -> m.characteristic() != null).toList();
    }

    /**
     * "Passed on 12 November 2024: 4 of 4 accuracy measures and 6 of 6 group results within thresholds set by
     * the Ethics Panel": what the system page, the gate and the Change Paper show.
     */
    public String summary() {
        List<Measure> accuracy = accuracy();
        List<Measure> groups = groups();
        String groupPart = groups.isEmpty() ? "no results by group"
                : within(groups) + " of " + groups.size() + " group result" + (groups.size() == 1 ? "" : "s");
        return (passed ? "Passed" : "Failed") + " on " + DAY.format(validatedOn) + ": " + within(accuracy) + " of "
                + accuracy.size() + " accuracy measure" + (accuracy.size() == 1 ? "" : "s") + " and " + groupPart
                + " within thresholds set by " + thresholdsSetBy.inSentence();
    }

    private static long within(List<Measure> measures) {
        return measures.stream().filter(Measure::within).count();
    }

    /** Pass or fail, from the results alone. */
    static boolean passes(List<Measure> results) {
        return !results.isEmpty() && results.stream().allMatch(Measure::within);
    }
}
