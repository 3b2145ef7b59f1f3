package org.ironbridge.assurance.internal;

import java.util.UUID;

/**
 * A post-deployment review found a monitored measure beyond its threshold: the system goes under review and
 * is referred back to the Ethics Panel. Published inside the transaction that records the review.
 */
public record MonitoringThresholdBreached(UUID systemId, UUID reviewId, String measure, String observed,
                                          String threshold, String recordedBy, String forceCode) {
}
