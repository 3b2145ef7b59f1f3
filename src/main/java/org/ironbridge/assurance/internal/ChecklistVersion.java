package org.ironbridge.assurance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a framework's checklist, never changed once written. {@code forceId} is null for the national
 * baseline that ships with Ironbridge, or the force whose administrator made the version.
 */
public record ChecklistVersion(UUID id, String frameworkCode, UUID forceId, int number, String changeNote,
                               String createdBy, Instant createdAt, List<Item> items) {

    /** One item of the checklist: its code stays the same across versions while its wording may change. */
    public record Item(String code, String text, String guidance, int position) {
    }

    public boolean national() {
        return forceId == null;
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * "Version 2 (West Midlands Police, 12 May 2025)", or "Version 1 (national baseline)": the baseline is dated by
     * when it was installed, which says nothing about the law, so its date is not shown.
     */
    public String label(String forceName) {
        return "Version " + number + (national() ? " (national baseline)" : " (" + forceName + ", "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(createdAt.atZone(AiSystems.LONDON)) + ")");
    }
}
