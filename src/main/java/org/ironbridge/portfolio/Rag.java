package org.ironbridge.portfolio;

/** Red, amber or green status of one dimension of an initiative. */
public enum Rag {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
