package org.ironbridge.access;

/** How a person can stand to a record; some permissions follow from the relationship, not the role. */
public enum Relationship {
    OWNER,
    SENIOR_RESPONSIBLE_OWNER,
    BOARD_MEMBER,
    SELF
}
