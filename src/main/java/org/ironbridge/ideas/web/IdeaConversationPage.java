package org.ironbridge.ideas.web;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaConversation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the idea page shows of its conversation (templates/ideas/conversation.html): support, following, comments. */
@Component
class IdeaConversationPage {

    static final String COMMENT_HINT = "Plain text, up to 2,000 characters. Everyone in the force who can see the idea "
            + "can read it, with your name.";

    private final IdeaConversation conversation;

    IdeaConversationPage(IdeaConversation conversation) {
        this.conversation = conversation;
    }

    void addTo(Model model, Subject subject, Idea idea) {
        model.addAttribute("conversation", conversation.view(subject, idea));
        model.addAttribute("commentField", commentField(null, new FormErrors()));
    }

    static java.util.Map<String, Object> commentField(String value, FormErrors errors) {
        java.util.Map<String, Object> field = FormFields.textarea("comment", "Add a comment", COMMENT_HINT, value, errors);
        field.put("label", java.util.Map.of("text", "Add a comment", "classes", "govuk-label--m"));
        return field;
    }
}
