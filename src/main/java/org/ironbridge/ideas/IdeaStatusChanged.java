package org.ironbridge.ideas;

import java.time.Instant;
import java.util.UUID;

/**
 * An idea moved on, published in the transaction that moved it, so that its submitter and followers
 * can be told. {@code answer} is what the moderator wrote to the submitter, if anything; {@code from}
 * is null for a first submission.
 */
public record IdeaStatusChanged(UUID ideaId, UUID forceId, String reference, String title, UUID submitterId,
                                IdeaStatus from, IdeaStatus to, String answer, UUID actorId, Instant at) {
}
