package org.ironbridge.assurance.internal;

import java.math.BigDecimal;

/** Which side of its threshold a measure must stay: accuracy at least 90%, misrouted calls at most 2%. */
public enum ThresholdDirection {
    AT_LEAST("at least", "≥"),
    AT_MOST("at most", "≤");

    private final String label;
    private final String symbol;

    ThresholdDirection(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the value meets the threshold; a value equal to it does. */
    public boolean within(BigDecimal value, BigDecimal threshold) {
        int comparison = value.compareTo(threshold);
        return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
    }
}
