package org.ironbridge.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.ironbridge.support.BrowserlessSession;
import org.ironbridge.support.IronbridgeTest;
import org.ironbridge.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A submitter attaches PDF, Word, Excel, PNG and JPEG files to their idea while they may change it; each is
 * recognised by what it holds, so a renamed program, a fake or macro-enabled Office file, a zip bomb, an
 * empty file and one over 10 MB are refused with a GOV.UK error and nothing saved. Whoever may read the
 * idea downloads the files, safely named and never sniffed by the browser.
 */
@IronbridgeTest
class IdeaAttachmentTests {

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService people;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void eachAllowedKindIsAcceptedByItsContentAndDownloadedAsAnAttachmentThatIsNeverSniffed() throws Exception {
        UUID idea = draft("staff");
        Map<String, byte[]> files = Map.of("plan.pdf", pdf(), "screen.png", png(), "photo.jpeg", jpeg(),
                "process.docx", docx(), "costs.xlsx", xlsx());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            upload("staff", idea, file.getKey(), "application/octet-stream", file.getValue())
                    .andExpect(status().isFound()).andExpect(header().string("Location", "/ideas/" + idea + "#attachments"));
        }
        assertThat(jdbc.queryForList("select filename || ' ' || content_type from idea_attachment where idea_id = ?",
                String.class, idea)).containsExactlyInAnyOrder("plan.pdf application/pdf", "screen.png image/png",
                "photo.jpg image/jpeg",
                "process.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "costs.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String page = page("staff", "/ideas/" + idea);
        assertThat(page).contains("Attachments").contains("plan.pdf").contains("Word document").contains("Excel spreadsheet")
                .contains("Remove<span class=\"govuk-visually-hidden\"> plan.pdf</span>")
                .contains("Your idea has the most attachments it can have");

        UUID pdf = jdbc.queryForObject("select id from idea_attachment where idea_id = ? and filename = 'plan.pdf'",
                UUID.class, idea);
        byte[] downloaded = mvc.perform(get("/ideas/" + idea + "/attachments/" + pdf).with(SignedIn.as(people, "staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment;"), org.hamcrest.Matchers.containsString("plan.pdf"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf());
        assertThat(jdbc.queryForObject("select sha256 from idea_attachment where id = ?", String.class, pdf)).hasSize(64);

        String sixth = upload("staff", idea, "another.pdf", "application/pdf", (new String(pdf(), StandardCharsets.ISO_8859_1)
                + "% another\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sixth).contains("There is a problem").contains("An idea can have up to 5 attachments");
        assertThat(attachments(idea)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ? "
                + "and summary like 'Attached %'", Integer.class, idea.toString())).isEqualTo(5);
    }

    @Test
    void aRenamedProgramAFakeOrMacroEnabledOfficeFileAndAnEmptyFileAreRefusedAndNothingIsSaved() throws Exception {
        UUID idea = draft("staff");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(idea, "report.pdf", "application/pdf", exe, "must be a PDF, Word document (DOCX)");
        assertRefused(idea, "notes.docx", DOCX_MAIN, zip(Map.of("word/document.xml", "<w:document/>")), "must be a PDF");
        assertRefused(idea, "macro.docx", DOCX_MAIN, zip(Map.of("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>")), "must be a PDF");
        assertRefused(idea, "broken.png", "image/png", Arrays.copyOf(png(), 20), "must be a PDF");
        assertRefused(idea, "page.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes(), "must be a PDF");
        assertRefused(idea, "empty.pdf", "application/pdf", new byte[0], "The selected file is empty");
        assertRefused(idea, "", "application/octet-stream", new byte[0], "Select a file to upload");
        assertThat(attachments(idea)).isZero();
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedWithoutBeingInflated() throws Exception {
        UUID idea = draft("staff");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                    + DOCX_MAIN + "\"/></Types>");
            entry(zip, "word/document.xml", "<w:document/>");
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);
        long started = System.nanoTime();
        assertRefused(idea, "bomb.docx", DOCX_MAIN, bytes.toByteArray(), "must be a PDF, Word document (DOCX)");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(5_000);
        assertThat(attachments(idea)).isZero();
    }

    @Test
    void aFileOf50MegabytesSentToTheRealServerIsAnsweredWithTheErrorOnThePageAndA70MegabyteOneWithATooLargePage() throws Exception {
        UUID idea = draft("staff");
        BrowserlessSession staff = BrowserlessSession.signedIn(port, "staff", "Ironbridge-demo-2026");
        String form = staff.get("/ideas/" + idea + "/attachments/new").body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.substring(form.indexOf("multipart")));
        assertThat(token.find()).isTrue();

        HttpResponse<String> fifty = staff.send("/ideas/" + idea + "/attachments", upload(50, token.group(1)));
        assertThat(fifty.statusCode()).isEqualTo(200);
        assertThat(fifty.body()).contains("There is a problem").contains("The selected file must be smaller than 10 MB")
                .contains("Add an attachment").contains("govuk-error-summary");

        HttpResponse<String> seventy = staff.send("/ideas/" + idea + "/attachments", upload(70, token.group(1)));
        assertThat(seventy.statusCode()).isEqualTo(413);
        assertThat(seventy.body()).contains("The file you sent is too large").contains("Files must be smaller than 10 MB");
        assertThat(attachments(idea)).isZero();
    }

    /** A multipart body as a browser sends it: a PDF of this many megabytes, and the form's CSRF token. */
    private static HttpRequest.Builder upload(int megabytes, String csrf) {
        byte[] big = new byte[megabytes * 1024 * 1024];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        String boundary = "----ironbridge" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder().header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail)));
    }

    @Test
    void aHostileFileNameIsStoredAndSentSafely() throws Exception {
        UUID idea = draft("staff");
        upload("staff", idea, "../../etc/passwd", "text/plain", pdf()).andExpect(status().isFound());
        upload("staff", idea, "<img src=x onerror=alert(1)>.png", "image/png", png()).andExpect(status().isFound());
        upload("staff", idea, "..\\..\\Windows\\evil\u0000name.exe", "application/x-msdownload", jpeg())
                .andExpect(status().isFound());
        List<String> names = jdbc.queryForList("select filename from idea_attachment where idea_id = ? order by filename",
                String.class, idea);
        assertThat(names).containsExactlyInAnyOrder("passwd.pdf", "img src_x onerror_alert(1)_.png", "evil_name.exe.jpg");
        assertThat(page("staff", "/ideas/" + idea)).doesNotContain("<img src=x").contains("passwd.pdf");
    }

    @Test
    void onlyTheSubmitterChangesAttachmentsWhileTheIdeaIsTheirsAndOnlyReadersOfTheIdeaDownloadThem() throws Exception {
        UUID idea = draft("staff");
        upload("staff", idea, "map.png", "image/png", png()).andExpect(status().isFound());
        UUID file = jdbc.queryForObject("select id from idea_attachment where idea_id = ?", UUID.class, idea);
        String download = "/ideas/" + idea + "/attachments/" + file;

        upload("pm", idea, "theirs.pdf", "application/pdf", pdf()).andExpect(status().isNotFound());
        mvc.perform(get(download).with(SignedIn.as(people, "pm"))).andExpect(status().isNotFound());
        mvc.perform(post(download + "/removal").with(csrf()).with(SignedIn.as(people, "pm"))).andExpect(status().isNotFound());
        mvc.perform(get("/ideas/" + idea + "/attachments/new").with(SignedIn.as(people, "pm"))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(SignedIn.as(people, "wm.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/ideas/" + idea + "/attachments/" + UUID.randomUUID()).with(SignedIn.as(people, "staff")))
                .andExpect(status().isNotFound());

        jdbc.update("update idea set status = 'SUBMITTED', submitted_at = now() where id = ?", idea);
        mvc.perform(get(download).with(SignedIn.as(people, "pm"))).andExpect(status().isOk());
        assertThat(page("pm", "/ideas/" + idea)).contains("map.png").doesNotContain("Remove<span")
                .doesNotContain("Add an attachment");
        mvc.perform(post(download + "/removal").with(csrf()).with(SignedIn.as(people, "staff")))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/ideas/" + idea));
        upload("staff", idea, "late.pdf", "application/pdf", pdf()).andExpect(status().isFound())
                .andExpect(header().string("Location", "/ideas/" + idea));
        assertThat(attachments(idea)).isOne();

        jdbc.update("update idea set status = 'NEEDS_MORE_INFORMATION' where id = ?", idea);
        mvc.perform(post(download + "/removal").with(csrf()).with(SignedIn.as(people, "staff")))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/ideas/" + idea + "#attachments"));
        assertThat(attachments(idea)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'Idea' and record_id = ? "
                + "and operation = 'ERASURE' and summary like 'Removed map.png%'", Integer.class, idea.toString())).isOne();
    }

    private void assertRefused(UUID idea, String name, String type, byte[] content, String message) throws Exception {
        String page = upload("staff", idea, name, type, content).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as(name).contains("There is a problem").contains(message).contains("href=\"#file\"");
    }

    private ResultActions upload(String who, UUID idea, String name, String type, byte[] content) throws Exception {
        return mvc.perform(multipart("/ideas/" + idea + "/attachments").file(new MockMultipartFile("file", name, type, content))
                .with(csrf()).with(SignedIn.as(people, who)));
    }

    private UUID draft(String who) throws Exception {
        String url = mvc.perform(post("/ideas").with(csrf()).with(SignedIn.as(people, who))
                        .param("title", "Process maps for the front counter " + UUID.randomUUID()).param("action", "draft")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(people, who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private int attachments(UUID idea) {
        return jdbc.queryForObject("select count(*) from idea_attachment where idea_id = ?", Integer.class, idea);
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
                + "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() throws IOException {
        return image("png");
    }

    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip(Map.of("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX_MAIN
                        + "\"/></Types>",
                "_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document><w:body/></w:document>"));
    }

    static byte[] xlsx() throws IOException {
        return zip(Map.of("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"" + XLSX_MAIN
                        + "\"/></Types>",
                "_rels/.rels", "<Relationships/>", "xl/workbook.xml", "<workbook><sheets/></workbook>"));
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                entry(zip, entry.getKey(), entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
