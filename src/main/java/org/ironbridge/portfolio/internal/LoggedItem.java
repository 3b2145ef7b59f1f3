package org.ironbridge.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

/** Something kept against one initiative and edited on its own: a RAID item or a change impact. */
public interface LoggedItem {

    UUID id();

    UUID initiativeId();

    Integer version();

    Instant updatedAt();
}
