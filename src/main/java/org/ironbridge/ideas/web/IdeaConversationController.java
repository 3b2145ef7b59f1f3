package org.ironbridge.ideas.web;

import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.ideas.internal.IdeaConversation;
import org.ironbridge.ideas.internal.IdeaSubmission;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Support, withdraw, comment, follow and stop following: plain forms, each answered by going back to the idea. */
@Controller
class IdeaConversationController {

    private final IdeaConversation conversation;
    private final IdeaSubmission submission;

    IdeaConversationController(IdeaConversation conversation, IdeaSubmission submission) {
        this.conversation = conversation;
        this.submission = submission;
    }

    @PostMapping("/ideas/{ideaId}/support")
    String support(@PathVariable UUID ideaId, Authentication authentication, RedirectAttributes redirect) {
        boolean added = conversation.support(AccessPolicy.subjectOf(authentication), ideaId);
        return back(ideaId, redirect, added ? "You support this idea. Thank you" : "You already support this idea");
    }

    @PostMapping("/ideas/{ideaId}/support/withdrawal")
    String withdraw(@PathVariable UUID ideaId, Authentication authentication, RedirectAttributes redirect) {
        boolean removed = conversation.withdraw(AccessPolicy.subjectOf(authentication), ideaId);
        return back(ideaId, redirect, removed ? "You no longer support this idea" : "You were not supporting this idea");
    }

    @PostMapping("/ideas/{ideaId}/follow")
    String follow(@PathVariable UUID ideaId, Authentication authentication, RedirectAttributes redirect) {
        boolean added = conversation.follow(AccessPolicy.subjectOf(authentication), ideaId);
        return back(ideaId, redirect, added ? "You are following this idea: you will be told when it moves on"
                : "You already follow this idea");
    }

    @PostMapping("/ideas/{ideaId}/unfollow")
    String unfollow(@PathVariable UUID ideaId, Authentication authentication, RedirectAttributes redirect) {
        boolean removed = conversation.unfollow(AccessPolicy.subjectOf(authentication), ideaId);
        return back(ideaId, redirect, removed ? "You have stopped following this idea" : "You were not following this idea");
    }

    @PostMapping("/ideas/{ideaId}/comments")
    String comment(@PathVariable UUID ideaId, @RequestParam(required = false) String comment,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = conversation.comment(subject, ideaId, comment);
        if (errors.any()) {
            model.addAttribute("idea", submission.open(subject, ideaId));
            model.addAttribute("errors", errors);
            model.addAttribute("commentField", IdeaConversationPage.commentField(comment, errors));
            return "ideas/comment";
        }
        redirect.addFlashAttribute("notice", "Your comment has been added");
        return "redirect:/ideas/" + ideaId + "#comments";
    }

    @ExceptionHandler(IdeaConversation.Refused.class)
    String refused(IdeaConversation.Refused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("returned", refused.getMessage());
        return "redirect:/ideas/" + refused.ideaId();
    }

    private static String back(UUID ideaId, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ideas/" + ideaId;
    }
}
