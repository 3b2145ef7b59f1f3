package org.ironbridge.ideas.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.ideas.IdeaStatus;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IdeaRepository extends ListCrudRepository<Idea, UUID> {

    Optional<Idea> findByFormToken(UUID formToken);

    List<Idea> findBySubmitterIdOrderByUpdatedAtDesc(UUID submitterId);

    List<Idea> findByForceIdAndStatusIn(UUID forceId, Collection<IdeaStatus> statuses);

    Optional<Idea> findByForceIdAndReference(UUID forceId, String reference);

    @Query("select * from idea where duplicate_of_id = :original order by submitted_at")
    List<Idea> findByDuplicateOfId(UUID original);
}
