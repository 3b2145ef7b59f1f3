package org.ironbridge.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Recognising an attachment by its content never fails on hostile bytes, and names are made safe. */
class AttachmentTypeTests {

    @Test
    void mutatedAndTruncatedFilesAreRecognisedOrRefusedButNeverThrow() throws IOException {
        Random random = new Random(4);
        byte[][] seeds = {docx(), ("%PDF-1.7\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)};
        for (byte[] seed : seeds) {
            for (int run = 0; run < 2_000; run++) {
                byte[] mutated = Arrays.copyOf(seed, random.nextInt(seed.length + 1));
                for (int flips = random.nextInt(8); flips > 0 && mutated.length > 0; flips--) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                assertThatCode(() -> AttachmentType.detect(mutated)).doesNotThrowAnyException();
            }
        }
        assertThat(AttachmentType.detect(docx())).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.detect(Arrays.copyOf(docx(), docx().length / 2))).isEmpty();
        assertThat(AttachmentType.detect(null)).isEmpty();
        assertThat(AttachmentType.detect(new byte[3])).isEmpty();
    }

    @Test
    void aZipWithTooManyEntriesOrTheSameNameTwiceIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "word/document.xml", "<w:document/>");
            for (int i = 0; i < AttachmentType.MAX_ZIP_ENTRIES; i++) {
                entry(zip, "word/media/" + i + ".xml", "x");
            }
        }
        assertThat(AttachmentType.detect(bytes.toByteArray())).isEmpty();
    }

    @Test
    void namesLoseFoldersMarkupAndControlCharactersAndEndInTheRealExtension() {
        assertThat(IdeaAttachments.safeName("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(IdeaAttachments.safeName("C:\\Users\\me\\Report.PDF", AttachmentType.PDF)).isEqualTo("Report.pdf");
        assertThat(IdeaAttachments.safeName("<b>x</b>.png", AttachmentType.PNG)).isEqualTo("b_.png");
        assertThat(IdeaAttachments.safeName("...", AttachmentType.JPEG)).isEqualTo("attachment.jpg");
        assertThat(IdeaAttachments.safeName("photo.jpeg", AttachmentType.JPEG)).isEqualTo("photo.jpg");
        assertThat(IdeaAttachments.safeName(".htaccess", AttachmentType.XLSX)).isEqualTo("htaccess.xlsx");
        assertThat(IdeaAttachments.safeName("a".repeat(500) + ".docx", AttachmentType.DOCX)).hasSize(100).endsWith(".docx");
        assertThat(IdeaAttachments.safeName(null, AttachmentType.PDF)).isEqualTo("attachment.pdf");
        assertThat(Optional.of(IdeaAttachments.safeName("Plan – Ffordd Gymraeg.pdf", AttachmentType.PDF)))
                .contains("Plan _ Ffordd Gymraeg.pdf");
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "word/document.xml", "<w:document/>");
        }
        return bytes.toByteArray();
    }

    private static String contentTypes() {
        return "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                + ".main+xml\"/></Types>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
