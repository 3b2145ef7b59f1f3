package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A system's compliance test: for each framework, the checklist version it was answered against and the answers,
 * each with its evidence, its reviewer and the day they reviewed it.
 */
public record ComplianceTest(UUID id, UUID systemId, int version, String updatedBy, Instant updatedAt,
                             Map<String, UUID> pinned, Map<String, Map<String, Answer>> answers) {

    public record Answer(String itemCode, Conformity outcome, String evidence, UUID reviewerId, LocalDate reviewedOn) {
    }

    public Map<String, Answer> answersTo(String frameworkCode) {
        return answers.getOrDefault(frameworkCode, Map.of());
    }

    /**
     * One framework of the test as it reads: whether it applies to the system, the checklist version it uses (the
     * one it was answered against, or the force's current one), the current one, and the answers.
     */
    public record Part(ComplianceFramework framework, boolean applies, ChecklistVersion checklist,
                       ChecklistVersion current, Map<String, Answer> answers) {

        public boolean outdated() {
            return !checklist.id().equals(current.id());
        }

        public long count(Conformity outcome) {
            return checklist.items().stream().map(i -> answers.get(i.code()))
                    .filter(a -> a != null && a.outcome() == outcome).count();
        }

        public long met() {
            return count(Conformity.MET);
        }

        public long partlyMet() {
            return count(Conformity.PARTLY_MET);
        }

        public long notMet() {
            return count(Conformity.NOT_MET);
        }

        public long notApplicable() {
            return count(Conformity.NOT_APPLICABLE);
        }

        public long unanswered() {
            return applies ? checklist.items().stream().filter(i -> !answers.containsKey(i.code())).count() : 0;
        }

        public long answered() {
            return applies ? checklist.items().size() - unanswered() : 0;
        }

        public Answer answer(String itemCode) {
            return answers.get(itemCode);
        }
    }

    /** The totals across the frameworks that apply. */
    public record Totals(long items, long answered, long met, long partlyMet, long notMet, long notApplicable,
                         List<String> notApplying) {

        public static Totals of(List<Part> parts) {
            List<Part> applying = parts.stream().filter(Part::applies).toList();
            return new Totals(applying.stream().mapToLong(p -> p.checklist().items().size()).sum(),
                    applying.stream().mapToLong(Part::answered).sum(),
                    applying.stream().mapToLong(p -> p.count(Conformity.MET)).sum(),
                    applying.stream().mapToLong(p -> p.count(Conformity.PARTLY_MET)).sum(),
                    applying.stream().mapToLong(p -> p.count(Conformity.NOT_MET)).sum(),
                    applying.stream().mapToLong(p -> p.count(Conformity.NOT_APPLICABLE)).sum(),
                    parts.stream().filter(p -> !p.applies()).map(p -> p.framework().name()).toList());
        }

        public boolean complete() {
            return items > 0 && answered == items;
        }
    }
}
