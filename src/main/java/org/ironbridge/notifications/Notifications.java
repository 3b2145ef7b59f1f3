package org.ironbridge.notifications;

import java.util.UUID;

import org.ironbridge.notifications.internal.NoticeBoard;
import org.springframework.stereotype.Service;

/** What other modules may do with notifications: tell a person something, and count what they have not read. */
@Service
public class Notifications {

    private final NoticeBoard board;

    Notifications(NoticeBoard board) {
        this.board = board;
    }

    /**
     * Leaves a notice for a person, in the caller's transaction. {@code link} is a path in Ironbridge such as
     * {@code /ideas/<id>}; anything else (another site, a script) is dropped. Over-long text is shortened.
     */
    public void tell(UUID personId, UUID forceId, String title, String text, String link) {
        board.post(personId, forceId, title, text, link);
    }

    /** How many of this person's notices they have not read yet. */
    public long unread(UUID personId) {
        return board.unread(personId);
    }
}
