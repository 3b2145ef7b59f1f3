package org.ironbridge.governance.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BoardRepository extends ListCrudRepository<Board, UUID> {

    List<Board> findByForceIdOrderByTierAscNameAsc(UUID forceId);
}

interface DecisionRepository extends ListCrudRepository<Decision, UUID> {

    List<Decision> findByBoardIdOrderByMeetingDateDescReferenceDesc(UUID boardId);

    @Query("select count(*) from decision where force_id = :forceId")
    long countInForce(UUID forceId);
}
