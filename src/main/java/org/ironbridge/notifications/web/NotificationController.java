package org.ironbridge.notifications.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.Pagination;
import org.ironbridge.notifications.internal.NoticeBoard;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's notices, newest first with the unread ones marked; one button marks them all read. */
@Controller
class NotificationController {

    private final NoticeBoard board;

    NotificationController(NoticeBoard board) {
        this.board = board;
    }

    @GetMapping("/notifications")
    String notices(@RequestParam(required = false) String page, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        int requested = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
        NoticeBoard.Page notices = board.page(subject.personId(), requested);
        model.addAttribute("notices", notices);
        model.addAttribute("pagination", Pagination.of(notices.page(), notices.pages(), "/notifications?page="));
        return "notifications/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(Authentication authentication, RedirectAttributes redirect) {
        int marked = board.markAllRead(AccessPolicy.subjectOf(authentication).personId());
        redirect.addFlashAttribute("notice", marked == 0 ? "You had no unread notifications"
                : marked == 1 ? "1 notification marked as read" : marked + " notifications marked as read");
        return "redirect:/notifications";
    }
}
