package org.ironbridge.portfolio;

import java.time.YearMonth;
import java.util.Set;

/**
 * How an initiative affects one business area: how (Process, Systems, Training, Culture), how severely
 * (Low, Medium, High), and from which month to which, both included.
 */
public record ChangeImpactSummary(String businessArea, Set<String> how, String severity, YearMonth from, YearMonth to) {
}
