package org.ironbridge.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest version of an initiative's business case as other modules may know it: the preferred
 * option's title, the whole-life cost (one-off costs plus recurring costs over the years costed) and
 * the funding source in words.
 */
public record BusinessCaseSummary(UUID initiativeId, int version, String preferredOption, BigDecimal wholeLifeCost,
                                  String fundingSource, Instant savedAt) {
}
