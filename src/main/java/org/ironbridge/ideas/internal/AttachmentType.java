package org.ironbridge.ideas.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an idea may carry, each recognised by what the file holds, never by its name or by
 * the content type the browser claims: a PDF by its header and end-of-file marker, a PNG by its signature
 * and first and last chunks, a JPEG by its start-of-image marker, and a Word or Excel file by opening the
 * zip in memory, as a stream, and finding the parts of a real Office Open XML document of that kind. The
 * zip is never extracted; reading it stops at a limit on entries, on the bytes it inflates to, and on the
 * ratio of those bytes to the file's size, so a zip bomb is refused after a few megabytes.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel spreadsheet"),
    PNG("image/png", "png", "PNG image"),
    JPEG("image/jpeg", "jpg", "JPEG image");

    static final int MAX_ZIP_ENTRIES = 1_000;
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_IHDR = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;
    private final String label;

    AttachmentType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** What the bytes are, or empty when they are none of the kinds allowed (or are a zip bomb). */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return pdf(content) ? Optional.of(PDF) : Optional.empty();
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            boolean png = content.length >= 8 + 8 + 13 + 4 + 12 && Arrays.equals(content, 8, 16, PNG_IHDR, 0, 8)
                    && Arrays.equals(content, content.length - 12, content.length, PNG_IEND, 0, 12);
            return png ? Optional.of(PNG) : Optional.empty();
        }
        if ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_LOCAL_HEADER)) {
            return office(content);
        }
        return Optional.empty();
    }

    /** A PDF header with a version, and the end-of-file marker in the last kilobyte. */
    private static boolean pdf(byte[] content) {
        if (content.length < 16 || !Character.isDigit(content[5]) || content[6] != '.') {
            return false;
        }
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static Optional<AttachmentType> office(byte[] content) {
        long allowed = Math.min(MAX_INFLATED_BYTES, (long) content.length * MAX_RATIO + 1024 * 1024);
        Set<String> names = new HashSet<>();
        String contentTypes = null;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ZIP_ENTRIES || !names.add(entry.getName())) {
                    return Optional.empty();
                }
                boolean keep = "[Content_Types].xml".equals(entry.getName());
                StringBuilder kept = keep ? new StringBuilder() : null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > allowed) {
                        return Optional.empty();
                    }
                    if (keep) {
                        if (kept.length() + read > MAX_CONTENT_TYPES_BYTES) {
                            return Optional.empty();
                        }
                        kept.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
                if (keep) {
                    contentTypes = kept.toString();
                }
            }
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
        if (contentTypes == null) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")
                && contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")
                && contentTypes.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
