package org.ironbridge.ideas.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface IdeaRepository extends ListCrudRepository<Idea, UUID> {

    Optional<Idea> findByFormToken(UUID formToken);

    List<Idea> findBySubmitterIdOrderByUpdatedAtDesc(UUID submitterId);
}
