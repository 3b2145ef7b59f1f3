package org.ironbridge.portfolio.internal;

/** A form for an item kept against an initiative: it carries the version the person opened. */
public abstract class ItemForm {

    private Integer version;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
