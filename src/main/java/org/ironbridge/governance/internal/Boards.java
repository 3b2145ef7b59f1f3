package org.ironbridge.governance.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The force's boards, most senior first. */
@Component
@Transactional(readOnly = true)
public class Boards {

    private final BoardRepository boards;

    Boards(BoardRepository boards) {
        this.boards = boards;
    }

    public List<Board> of(UUID forceId) {
        return boards.findByForceIdOrderByTierAscNameAsc(forceId);
    }
}
