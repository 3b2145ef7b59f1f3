package org.ironbridge.ideas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (scoring, reporting) may ask of the portal: published ideas of a force, never a
 * draft and never who submitted them.
 */
public interface Ideas {

    /** A published idea of this force, or empty. */
    Optional<IdeaSummary> find(UUID forceId, UUID ideaId);

    /** The force's ideas in these statuses, oldest submission first. */
    List<IdeaSummary> inStatus(UUID forceId, Collection<IdeaStatus> statuses);
}
