package org.ironbridge.assurance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * A DPIA version as a Word document laid out as the ICO's template: the screening, the seven steps, the risk and
 * measures tables and the sign-off, marked OFFICIAL-SENSITIVE in the header and footer. Headings are real
 * heading styles so that a screen reader can move through them.
 */
@Component
class DpiaDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String MARKING = "OFFICIAL-SENSITIVE";

    private final Clock clock;

    DpiaDocument(Clock clock) {
        this.clock = clock;
    }

    byte[] write(AiSystem system, DpiaScreening screening, Dpia dpia) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(doc);
            marking(doc);
            doc.getProperties().getCoreProperties().setTitle("DPIA version " + dpia.number() + ": " + system.name());
            heading(doc, "Title", "Data protection impact assessment: " + system.name(), 32);
            text(doc, system.reference() + ", version " + dpia.number() + " (" + dpia.statusLabel().toLowerCase(Locale.UK)
                    + "). Exported on " + LocalDate.now(clock.withZone(AiSystems.LONDON)).format(DAY) + ".");
            if (dpia.needsPriorConsultation()) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setBold(true);
                run.setText(Dpia.PRIOR_CONSULTATION + ": a residual risk is high.");
            }
            screening(doc, screening);
            Dpia.Content c = dpia.content();
            heading(doc, "Heading1", "Step 1: Identify the need for a DPIA", 28);
            text(doc, c.need());
            heading(doc, "Heading1", "Step 2: Describe the processing", 28);
            section(doc, "Nature of the processing", c.nature());
            section(doc, "Scope of the processing", c.scope());
            section(doc, "Context of the processing", c.context());
            section(doc, "Purposes of the processing", c.purposes());
            heading(doc, "Heading1", "Step 3: Consultation process", 28);
            text(doc, c.consultation());
            heading(doc, "Heading1", "Step 4: Assess necessity and proportionality", 28);
            section(doc, "Lawful basis", c.lawfulBases().isEmpty() ? null
                    : String.join("\n", c.lawfulBases().stream().map(LawfulBasis::label).toList()));
            section(doc, "Conditions for sensitive processing", c.conditions().isEmpty() ? "None"
                    : String.join("\n", c.conditions().stream().map(SensitiveCondition::label).toList()));
            section(doc, "Necessity and proportionality", c.necessity());
            risks(doc, c.risks());
            signOff(doc, dpia);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void screening(XWPFDocument doc, DpiaScreening screening) {
        heading(doc, "Heading1", "Screening", 28);
        if (screening == null) {
            text(doc, "The system has not been screened.");
            return;
        }
        XWPFTable table = table(doc, "Question", "Answer");
        row(table, "Is the processing for law enforcement purposes (DPA 2018 Part 3)?", yesNo(screening.lawEnforcement()));
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            row(table, question.text(), yesNo(screening.answeredYes(question)));
        }
        text(doc, "Screening " + screening.number() + " on " + screening.screenedAt().atZone(AiSystems.LONDON).format(DAY)
                + " by " + screening.screenedByName() + ": " + (screening.fullDpiaRequired()
                ? "a full DPIA is required." : "no full DPIA is needed."));
        if (screening.reason() != null) {
            text(doc, "Reason: " + screening.reason());
        }
    }

    private void risks(XWPFDocument doc, List<DpiaRisk> risks) {
        heading(doc, "Heading1", "Step 5: Identify and assess risks", 28);
        if (risks.isEmpty()) {
            text(doc, "No risks recorded yet.");
        } else {
            XWPFTable table = table(doc, "Risk", "Likelihood of harm", "Severity of harm", "Overall risk");
            risks.forEach(r -> row(table, r.position() + ". " + r.description(), r.likelihood().label(),
                    r.severity().label(), r.overall().label()));
        }
        heading(doc, "Heading1", "Step 6: Identify measures to reduce risk", 28);
        if (!risks.isEmpty()) {
            XWPFTable table = table(doc, "Risk", "Measure", "Effect on risk", "Residual risk", "Measure approved");
            risks.forEach(r -> row(table, String.valueOf(r.position()), or(r.measure()),
                    r.effect() == null ? "Not yet decided" : r.effect().label(),
                    r.residual() == null ? "Not yet assessed" : r.residual().label(),
                    r.measureApproved() == null ? "Not yet decided" : yesNo(r.measureApproved())));
        }
    }

    private void signOff(XWPFDocument doc, Dpia dpia) {
        heading(doc, "Heading1", "Step 7: Sign off and record outcomes", 28);
        Dpia.SignOff s = dpia.signOff();
        if (s == null) {
            text(doc, "Not signed off: this version is a draft.");
            return;
        }
        XWPFTable table = table(doc, "Item", "Record");
        row(table, "Measures approved by", s.measuresApprovedBy());
        row(table, "Residual risks approved by", s.residualRisksApprovedBy());
        row(table, "DPO advice", s.dpoAdvice());
        row(table, "DPO advice followed or overruled", s.adviceFollowed() ? "Followed" : "Overruled");
        if (!s.adviceFollowed()) {
            row(table, "Reasons for overruling the DPO's advice", s.overruledReasons());
        }
        row(table, "Signed off by", s.signedOffName() + " on " + s.signedOffAt().atZone(AiSystems.LONDON).format(DAY));
        row(table, "Review date", s.reviewDate().format(DAY));
        row(table, "Prior consultation with the ICO", dpia.needsPriorConsultation()
                ? "Required before processing (DPA 2018 s65 / UK GDPR Art 36)" : "Not required: no residual risk is high");
    }

    private static void section(XWPFDocument doc, String title, String body) {
        heading(doc, "Heading2", title, 24);
        text(doc, body);
    }

    private static void heading(XWPFDocument doc, String style, String words, int halfPoints) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(halfPoints / 2);
        run.setText(words);
    }

    /** Body text, one line break per line typed; an empty step says so rather than leaving a gap. */
    private static void text(XWPFDocument doc, String body) {
        write(doc.createParagraph().createRun(), or(body));
    }

    private static void write(XWPFRun run, String body) {
        String[] lines = body.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun run = header.getCell(i).getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setText(headers[i]);
        }
        return table;
    }

    private static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            write(row.getCell(i).getParagraphs().getFirst().createRun(), or(cells[i]));
        }
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? "Not written yet" : text;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static void marking(XWPFDocument doc) {
        XWPFParagraph top = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        top.setAlignment(ParagraphAlignment.CENTER);
        top.createRun().setText(MARKING);
        XWPFParagraph bottom = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        bottom.setAlignment(ParagraphAlignment.CENTER);
        bottom.createRun().setText(MARKING);
    }

    /** Word's own heading styles by name and outline level, so navigation and screen readers find the headings. */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 0);
        style(styles, "Heading1", "heading 1", 0);
        style(styles, "Heading2", "heading 2", 1);
    }

    private static void style(XWPFStyles styles, String id, String name, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (!"Title".equals(id)) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
