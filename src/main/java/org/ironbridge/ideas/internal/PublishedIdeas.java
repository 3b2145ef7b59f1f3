package org.ironbridge.ideas.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.IdeaSummary;
import org.ironbridge.ideas.Ideas;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PublishedIdeas implements Ideas {

    private final IdeaRepository ideas;

    PublishedIdeas(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdeaSummary> find(UUID forceId, UUID ideaId) {
        return ideas.findById(ideaId).filter(i -> i.forceId().equals(forceId) && i.status().published()).map(Idea::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IdeaSummary> inStatus(UUID forceId, Collection<IdeaStatus> statuses) {
        List<IdeaStatus> published = statuses.stream().filter(IdeaStatus::published).toList();
        if (published.isEmpty()) {
            return List.of();
        }
        return ideas.findByForceIdAndStatusIn(forceId, published).stream()
                .sorted(Comparator.comparing(Idea::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Idea::summary).toList();
    }
}
