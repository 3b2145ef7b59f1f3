package org.ironbridge.people;

import java.util.UUID;

/** A department or local policing area, as other modules may know it. */
public record UnitSummary(UUID id, String code, String name, boolean localPolicingArea) {
}
