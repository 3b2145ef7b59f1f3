package org.ironbridge.portfolio;

import java.util.List;
import java.util.UUID;

/** One AI system's formal evaluation as a Change Paper carries it: where each part of its assurance stands. */
public record AssuranceSummary(UUID systemId, String reference, String name, String status, List<Item> items) {

    public record Item(String name, String label, boolean complete, String detail) {
    }

    public boolean complete() {
        return items.stream().allMatch(Item::complete);
    }
}
