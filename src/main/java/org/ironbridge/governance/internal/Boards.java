package org.ironbridge.governance.internal;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
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

    /** One of this person's force's boards; another force's is not found. */
    public Board board(Subject subject, UUID boardId) {
        Board board = boards.findById(boardId).orElseThrow(() -> new RecordNotFoundException("Board", boardId));
        if (!board.forceId().equals(subject.forceId())) {
            throw new RecordNotFoundException("Board", boardId);
        }
        return board;
    }
}
