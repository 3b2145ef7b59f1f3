package org.ironbridge.ideas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a submitter adds to their idea while they may still change it: PDF, Word, Excel, PNG or JPEG,
 * recognised by their content ({@link AttachmentType}), up to {@value #MAX_BYTES} bytes each and
 * {@value #MAX_PER_IDEA} per idea, kept in the database with a safe name and their SHA-256. Whoever may read
 * the idea may download them. Adding and removing are audited on the idea.
 */
@Component
public class IdeaAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_IDEA = 5;
    static final int MAX_NAME = 100;
    public static final String FIELD = "file";

    /** An attachment as listed on its idea. */
    public record Listed(UUID id, String filename, String typeLabel, long sizeBytes, Instant uploadedAt) {

        public String size() {
            if (sizeBytes < 1024) {
                return sizeBytes + " bytes";
            }
            if (sizeBytes < 1024 * 1024) {
                return Math.round(sizeBytes / 1024.0) + " KB";
            }
            return String.format(Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    /** What the idea page shows: the files, and whether this reader may add or remove them. */
    public record Shown(List<Listed> files, boolean mayChange, boolean mayAdd) {
    }

    /** A file to send: its safe name, detected type and content. */
    public record Download(String filename, AttachmentType type, byte[] content) {
    }

    private final IdeaSubmission submission;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    IdeaAttachments(IdeaSubmission submission, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.submission = submission;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Shown shownOn(Subject subject, Idea idea) {
        List<Listed> files = listed(idea.id());
        boolean mayChange = submission.mayEdit(subject, idea);
        return new Shown(files, mayChange, mayChange && files.size() < MAX_PER_IDEA);
    }

    /** Adds the file to the person's own idea, or says why not; a file already attached is not added twice. */
    @Transactional
    public FormErrors attach(Subject subject, UUID ideaId, String originalName, long size, InputStreamSource file)
            throws IOException {
        Idea idea = submission.forEditing(subject, ideaId);
        jdbc.sql("select id from idea where id = :id for update").param("id", ideaId).query(UUID.class).single();
        FormErrors errors = new FormErrors();
        if (file == null || (size <= 0 && (originalName == null || originalName.isBlank()))) {
            return errors.reject(FIELD, "Select a file to upload");
        }
        if (size <= 0) {
            return errors.reject(FIELD, "The selected file is empty");
        }
        if (size > MAX_BYTES) {
            return errors.reject(FIELD, "The selected file must be smaller than 10 MB");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(MAX_BYTES + 1);
        }
        if (content.length == 0) {
            return errors.reject(FIELD, "The selected file is empty");
        }
        if (content.length > MAX_BYTES) {
            return errors.reject(FIELD, "The selected file must be smaller than 10 MB");
        }
        Optional<AttachmentType> type = AttachmentType.detect(content);
        if (type.isEmpty()) {
            return errors.reject(FIELD, "The selected file must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), "
                    + "PNG or JPEG");
        }
        String sha256 = sha256(content);
        List<Listed> existing = listed(ideaId);
        boolean already = jdbc.sql("select count(*) from idea_attachment where idea_id = :idea and sha256 = :sha")
                .param("idea", ideaId).param("sha", sha256).query(Integer.class).single() > 0;
        if (already) {
            return errors;
        }
        if (existing.size() >= MAX_PER_IDEA) {
            return errors.reject(FIELD, "An idea can have up to " + MAX_PER_IDEA + " attachments. Remove one to add another");
        }
        String filename = safeName(originalName, type.get());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idea_attachment (id, idea_id, filename, content_type, size_bytes, sha256, content, uploaded_by,
                                             uploaded_at)
                values (:id, :idea, :name, :type, :size, :sha, :content, :by, :at)
                """)
                .param("id", id).param("idea", ideaId).param("name", filename).param("type", type.get().mediaType())
                .param("size", content.length).param("sha", sha256).param("content", content)
                .param("by", subject.personId()).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.COLLECTION,
                        "Attached " + filename + " to idea " + idea.reference())
                .withChanges(List.of(new FieldChange("Attachment", null, filename + " (" + type.get().label() + ", "
                        + content.length + " bytes, SHA-256 " + sha256 + ")")))
                .inForce(subject.forceCode()));
        return errors;
    }

    /** Removes an attachment from the person's own idea while they may change it. */
    @Transactional
    public void remove(Subject subject, UUID ideaId, UUID attachmentId) {
        Idea idea = submission.forEditing(subject, ideaId);
        Listed file = listed(ideaId).stream().filter(f -> f.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Idea attachment", attachmentId));
        jdbc.sql("delete from idea_attachment where id = :id and idea_id = :idea")
                .param("id", attachmentId).param("idea", ideaId).update();
        audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, ideaId, Operation.ERASURE,
                        "Removed " + file.filename() + " from idea " + idea.reference())
                .withChanges(List.of(new FieldChange("Attachment", file.filename(), null)))
                .inForce(subject.forceCode()));
    }

    /** The file, for whoever may read its idea; otherwise not found. */
    @Transactional(readOnly = true)
    public Download download(Subject subject, UUID ideaId, UUID attachmentId) {
        submission.open(subject, ideaId);
        return jdbc.sql("select filename, content_type, content from idea_attachment where id = :id and idea_id = :idea")
                .param("id", attachmentId).param("idea", ideaId)
                .query((rs, n) -> new Download(rs.getString(1), AttachmentType.ofMediaType(rs.getString(2)).orElseThrow(),
                        rs.getBytes(3)))
                .optional().orElseThrow(() -> new RecordNotFoundException("Idea attachment", attachmentId));
    }

    private List<Listed> listed(UUID ideaId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, uploaded_at from idea_attachment
                where idea_id = :idea order by uploaded_at, filename
                """)
                .param("idea", ideaId)
                .query((rs, n) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2),
                        AttachmentType.ofMediaType(rs.getString(3)).map(AttachmentType::label).orElse("File"),
                        rs.getLong(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * The name as typed on the person's computer, made safe to store, show and send: no folders, no
     * control or markup characters, no leading dots, at most {@value #MAX_NAME} characters, ending in the
     * extension of what the file really is.
     */
    static String safeName(String original, AttachmentType type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("_{2,}", "_").strip();
        name = name.replaceAll("^[. _]+", "");
        String extension = "." + type.extension();
        String lower = name.toLowerCase(Locale.ROOT);
        if (type == AttachmentType.JPEG && lower.endsWith(".jpeg")) {
            name = name.substring(0, name.length() - 5);
        } else if (lower.endsWith(extension)) {
            name = name.substring(0, name.length() - extension.length());
        }
        name = name.replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            name = "attachment";
        }
        if (name.length() > MAX_NAME - extension.length()) {
            name = name.substring(0, MAX_NAME - extension.length());
        }
        return name + extension;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
