package org.ironbridge.portfolio;

import java.util.List;

/**
 * What an initiative needs to pass its next gate, item by item. A missing item blocks the gate; an item
 * that Ironbridge cannot yet hold (the DPIA outcome and the ethics advice, until the assurance module
 * arrives) is shown as not yet available, so that the board must acknowledge it rather than pass silently.
 */
public record GateCheck(Stage from, Stage to, List<Evidence> evidence) {

    public enum Status {
        PRESENT("Present"), MISSING("Missing"), NOT_YET_AVAILABLE("Not yet available");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Evidence(String name, Status status, String detail) {
    }

    /** The gate's name, such as "G2", or the plain step when the next stage has no numbered gate. */
    public String gateName() {
        if (to == null) {
            return "None";
        }
        return to.gate() != null ? to.gate() + " – " + to.label() : (from == Stage.MANDATE ? "Commissioning – " : "")
                + to.label();
    }

    public boolean passable() {
        return to != null && missing().isEmpty();
    }

    public List<Evidence> missing() {
        return evidence.stream().filter(e -> e.status() == Status.MISSING).toList();
    }

    public List<Evidence> notYetAvailable() {
        return evidence.stream().filter(e -> e.status() == Status.NOT_YET_AVAILABLE).toList();
    }
}
