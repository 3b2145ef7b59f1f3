package org.ironbridge.ideas.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaAttachments;
import org.ironbridge.ideas.internal.IdeaSubmission;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments of an idea: its submitter adds them on their own page (one file at a time, checked by
 * content) and removes them while the idea is theirs to change; whoever may read the idea downloads them.
 * A file over 10 MB comes back to the same page with the error (the container reads uploads of up to 64 MB
 * so that it can be answered, and reads and discards the rest of a larger one before refusing it, rather
 * than resetting the connection).
 */
@Controller
class AttachmentPages {

    private final IdeaSubmission submission;
    private final IdeaAttachments attachments;

    AttachmentPages(IdeaSubmission submission, IdeaAttachments attachments) {
        this.submission = submission;
        this.attachments = attachments;
    }

    @GetMapping("/ideas/{ideaId}/attachments/new")
    String uploadForm(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(submission.forEditing(subject, ideaId), new FormErrors(), model);
    }

    @PostMapping("/ideas/{ideaId}/attachments")
    String upload(@PathVariable UUID ideaId, @RequestParam(name = IdeaAttachments.FIELD, required = false) MultipartFile file,
                  Authentication authentication, Model model, RedirectAttributes redirect) throws IOException {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = file == null ? attachments.attach(subject, ideaId, null, 0, null)
                : attachments.attach(subject, ideaId, file.getOriginalFilename(), file.getSize(), file);
        if (errors.any()) {
            return page(submission.forEditing(subject, ideaId), errors, model);
        }
        redirect.addFlashAttribute("notice", "Your file has been attached");
        return "redirect:/ideas/" + ideaId + "#attachments";
    }

    @PostMapping("/ideas/{ideaId}/attachments/{attachmentId}/removal")
    String remove(@PathVariable UUID ideaId, @PathVariable UUID attachmentId, Authentication authentication,
                  RedirectAttributes redirect) {
        attachments.remove(AccessPolicy.subjectOf(authentication), ideaId, attachmentId);
        redirect.addFlashAttribute("notice", "The attachment has been removed");
        return "redirect:/ideas/" + ideaId + "#attachments";
    }

    @GetMapping("/ideas/{ideaId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID ideaId, @PathVariable UUID attachmentId,
                                    Authentication authentication) {
        IdeaAttachments.Download file = attachments.download(AccessPolicy.subjectOf(authentication), ideaId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @ExceptionHandler(IdeaSubmission.IdeaLocked.class)
    String locked(IdeaSubmission.IdeaLocked locked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("returned", "Idea " + locked.idea().reference() + " is " + locked.idea().status().label()
                .toLowerCase(Locale.ROOT) + ": its attachments can no longer be changed");
        return "redirect:/ideas/" + locked.idea().id();
    }

    private String page(Idea idea, FormErrors errors, Model model) {
        model.addAttribute("idea", idea);
        model.addAttribute("errors", errors);
        Map<String, Object> field = new HashMap<>();
        field.put("id", IdeaAttachments.FIELD);
        field.put("name", IdeaAttachments.FIELD);
        field.put("label", Map.of("text", "Upload a file", "classes", "govuk-label--m"));
        field.put("hint", Map.of("text", "A PDF, Word document (DOCX), Excel spreadsheet (XLSX), PNG or JPEG, smaller "
                + "than 10 MB. An idea can have up to " + IdeaAttachments.MAX_PER_IDEA + " attachments."));
        field.put("attributes", Map.of("accept", ".pdf,.docx,.xlsx,.png,.jpg,.jpeg"));
        if (errors.has(IdeaAttachments.FIELD)) {
            field.put("errorMessage", errors.errorMessage(IdeaAttachments.FIELD));
        }
        model.addAttribute("fileField", field);
        return "ideas/attachment-new";
    }

}
