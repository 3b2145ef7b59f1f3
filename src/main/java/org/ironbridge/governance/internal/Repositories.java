package org.ironbridge.governance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BoardRepository extends ListCrudRepository<Board, UUID> {

    List<Board> findByForceIdOrderByTierAscNameAsc(UUID forceId);

    Optional<Board> findByInitiativeId(UUID initiativeId);
}

interface DecisionRepository extends ListCrudRepository<Decision, UUID> {

    List<Decision> findByBoardIdOrderByMeetingDateDescReferenceDesc(UUID boardId);

    List<Decision> findByMeetingIdOrderByReference(UUID meetingId);

    List<Decision> findByPaperIdOrderByRecordedAt(UUID paperId);

    @Query("select count(*) from decision where force_id = :forceId")
    long countInForce(UUID forceId);
}

interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

    List<Meeting> findByBoardIdOrderByStartsAtDesc(UUID boardId);

    List<Meeting> findByForceIdOrderByStartsAt(UUID forceId);
}

interface PaperRepository extends ListCrudRepository<Paper, UUID> {

    List<Paper> findByMeetingIdOrderByReference(UUID meetingId);

    List<Paper> findByInitiativeIdOrderByCreatedAtDesc(UUID initiativeId);

    List<Paper> findByForceIdOrderByUpdatedAtDesc(UUID forceId);
}

interface TrackedActionRepository extends ListCrudRepository<TrackedAction, UUID> {

    List<TrackedAction> findByForceIdOrderByDueOn(UUID forceId);

    List<TrackedAction> findByMeetingIdOrderByDueOn(UUID meetingId);

    List<TrackedAction> findByDecisionIdOrderByDueOn(UUID decisionId);
}
