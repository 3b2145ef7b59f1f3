package org.ironbridge.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a Change Paper draws from its initiative: the accountable people, the objectives, the AI flag, and
 * whether the route the force chose for it passes through a business case.
 */
public record InitiativeFacts(InitiativeSummary summary, UUID projectManagerId, boolean involvesAi,
                              List<String> objectives, BigDecimal wholeLifeCost, DeliveryConfidence confidence,
                              boolean businessCaseOnRoute) {
}
