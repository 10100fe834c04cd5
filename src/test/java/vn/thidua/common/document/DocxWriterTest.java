package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.thidua.common.document.Block.Heading;
import vn.thidua.common.document.Block.Paragraph;
import vn.thidua.common.i18n.UserException;

/** Writes real files with the shipped template and reads them back with POI, as Word would see them. */
class DocxWriterTest {

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    @TempDir
    Path data;
    @TempDir
    Path out;

    private final Signature director = Signature.direct("Giám đốc", "Trịnh Tuyết Mai");

    private XWPFDocument written(OfficialDocument document) throws IOException {
        Path file = out.resolve("ke-hoach.docx");
        new DocxWriter(new Templates(data)).write(document, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void pageIsA4PortraitWithTheDecreesMargins() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertEquals(11906, twips(size.getW()));
            assertEquals(16838, twips(size.getH()));
            CTPageMar m = sect.getPgMar();
            assertBetween(20, 25, twips(m.getTop()) / TWIPS_PER_MM, "top margin mm");
            assertBetween(20, 25, twips(m.getBottom()) / TWIPS_PER_MM, "bottom margin mm");
            assertBetween(30, 35, twips(m.getLeft()) / TWIPS_PER_MM, "left margin mm");
            assertBetween(15, 20, twips(m.getRight()) / TWIPS_PER_MM, "right margin mm");
        }
    }

    @Test
    void theFilesTitleIsTheDocumentsKindAndSubjectNotTheTemplates() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals("Kế hoạch " + String.join(" ", SamplePlan.subject()), core.getTitle());
            assertEquals(SamplePlan.header(false).agency(), core.getCreator());
            assertEquals("vi-VN", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        }
    }

    @Test
    void pageNumberIsAPageFieldInTheHeaderFromPageTwo() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "a different first page");
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            assertTrue(policy.getDefaultHeader()._getHdrFtr().xmlText().contains(" PAGE "));
            assertNotNull(policy.getFirstPageHeader());
            assertFalse(policy.getFirstPageHeader()._getHdrFtr().xmlText().contains("PAGE"), "no number on page 1");
            assertEquals("Times New Roman", Styles.defaultFont(doc));
            assertEquals(14.0, Styles.fontSize(doc, policy.getDefaultHeader().getParagraphs().get(0)));
        }
    }

    @Test
    void headerIsABorderlessTwoColumnTableWithAgencyAndNationalTitle() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
            assertEquals(1, header.getNumberOfRows());
            assertEquals(STBorder.NONE, header.getCTTbl().getTblPr().getTblBorders().getTop().getVal());
            assertEquals(STBorder.NONE, header.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal());
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "", "Số: 15/KH-SNgV"), texts(left));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                    "Lạng Sơn, ngày 05 tháng 01 năm 2026"), texts(right));

            List<XWPFParagraph> l = left.getParagraphs();
            assertFalse(Styles.bold(doc, l.get(0)), "parent agency not bold");
            assertTrue(Styles.bold(doc, l.get(1)), "agency bold");
            assertEquals(13.0, Styles.fontSize(doc, l.get(0)));
            assertEquals(13.0, Styles.fontSize(doc, l.get(1)));
            assertEquals(13.0, Styles.fontSize(doc, l.get(3)));
            List<XWPFParagraph> r = right.getParagraphs();
            assertTrue(Styles.bold(doc, r.get(0)));
            assertEquals(13.0, Styles.fontSize(doc, r.get(0)));
            assertTrue(Styles.bold(doc, r.get(1)));
            assertEquals(14.0, Styles.fontSize(doc, r.get(1)));
            assertTrue(Styles.italic(doc, r.get(3)), "place and date italic");
            assertFalse(Styles.bold(doc, r.get(3)));
            for (XWPFParagraph p : Stream.concat(l.stream(), r.stream()).filter(p -> !p.getText().isEmpty()).toList()) {
                assertEquals("center", Styles.alignment(doc, p), p.getText());
            }

            long agencyRoom = cellWidth(left) - 2 * 108;
            long agencyRule = ruleLength(l.get(2), agencyRoom);
            long agencyText = TextWidth.boldTwips("SỞ NGOẠI VỤ", 13);
            assertBetween(agencyText / 3.0, agencyText / 2.0 + 2, agencyRule, "agency rule: a third to a half");
            long mottoRule = ruleLength(r.get(2), cellWidth(right) - 2 * 108);
            assertBetween(TextWidth.boldTwips("Độc lập - Tự do - Hạnh phúc", 14) * 0.9,
                    TextWidth.boldTwips("Độc lập - Tự do - Hạnh phúc", 14) * 1.05, mottoRule, "motto rule ≈ motto");
        }
    }

    @Test
    void aDraftLeavesTheNumberAndTheDayBlank() throws IOException {
        OfficialDocument draft = new OfficialDocument(SamplePlan.header(true), "KẾ HOẠCH", SamplePlan.subject(),
                List.of(), null, null);
        try (XWPFDocument doc = written(draft)) {
            XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
            assertEquals("Số:      /KH-SNgV", texts(header.getRow(0).getCell(0)).get(3));
            assertEquals("Lạng Sơn, ngày      tháng 01 năm 2026", texts(header.getRow(0).getCell(1)).get(3));
        }
    }

    @Test
    void aReportWithoutAnAgencyLeavesTheLeftColumnEmpty() throws IOException {
        OfficialDocument report = new OfficialDocument(new DocumentHeader("", "", "",
                Nd30Lines.placeAndDate("Lạng Sơn", java.time.LocalDate.of(2025, 11, 20))), "BÁO CÁO THÀNH TÍCH",
                List.of("ĐỀ NGHỊ TẶNG GIẤY KHEN"), List.of(), null, null);
        try (XWPFDocument doc = written(report)) {
            XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
            assertEquals(List.of(""), texts(left));
            assertNull(left.getParagraphs().get(0).getCTP().getPPr(), "no rule without an agency");
            assertEquals("Lạng Sơn, ngày 20 tháng 11 năm 2025", texts(doc.getTables().get(0).getRow(0).getCell(1)).get(3));
        }
    }

    @Test
    void typeLineAndSubjectAreBoldAndCentredWithARuleUnderTheSubject() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            XWPFParagraph type = body.get(0);
            assertEquals("KẾ HOẠCH", type.getText(), "the type is set in capitals");
            assertTrue(Styles.bold(doc, type));
            assertEquals(14.0, Styles.fontSize(doc, type));
            assertEquals("center", Styles.alignment(doc, type));
            XWPFParagraph subject = body.get(1);
            assertEquals(String.join("\n", SamplePlan.subject()), subject.getText());
            assertTrue(Styles.bold(doc, subject));
            assertEquals("center", Styles.alignment(doc, subject));
            XWPFParagraph rule = body.get(2);
            assertEquals("", rule.getText());
            assertEquals(STBorder.SINGLE, rule.getCTP().getPPr().getPBdr().getBottom().getVal());
        }
    }

    @Test
    void bodyIsJustifiedFourteenPointWithFirstLineIndentAndNumberingAsGiven() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            List<XWPFParagraph> all = doc.getParagraphs();
            assertEquals("ND30Rule", all.get(all.size() - 1).getStyleID(), "the 1 pt paragraph after the footer");
            List<XWPFParagraph> body = all.subList(3, all.size() - 1);
            List<String> texts = body.stream().map(XWPFParagraph::getText).toList();
            for (String expected : List.of("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2.1. Giấy khen của Giám đốc Sở",
                    "a) Đối với tập thể", "- Tập thể: các phòng, đơn vị trực thuộc.", "V. TỔ CHỨC THỰC HIỆN")) {
                assertTrue(texts.contains(expected), expected + " in " + texts);
            }
            for (XWPFParagraph p : body) {
                assertNull(p.getNumID(), "numbers are text, not Word lists: " + p.getText());
                assertEquals("both", Styles.alignment(doc, p), p.getText());
                assertBetween(10 * TWIPS_PER_MM, 12.7 * TWIPS_PER_MM + 1, Styles.firstLineIndent(doc, p), p.getText());
                assertTrue(Styles.spacingBefore(doc, p) + Styles.spacingAfter(doc, p) >= 120, "≥ 6 pt between");
                assertEquals(14.0, Styles.fontSize(doc, p), p.getText());
            }
            XWPFParagraph level1 = paragraph(body, "I. MỤC ĐÍCH, YÊU CẦU");
            XWPFParagraph level3 = paragraph(body, "2.1. Giấy khen của Giám đốc Sở");
            XWPFParagraph level4 = paragraph(body, "a) Đối với tập thể");
            XWPFParagraph plain = paragraph(body, "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.");
            assertTrue(Styles.bold(doc, level1));
            assertTrue(Styles.bold(doc, level3) && Styles.italic(doc, level3));
            assertTrue(!Styles.bold(doc, level4) && Styles.italic(doc, level4));
            assertFalse(Styles.bold(doc, plain) || Styles.italic(doc, plain));
        }
    }

    @Test
    void recipientsBlockAndDirectSignature() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            List<IBodyElement> elements = doc.getBodyElements();
            XWPFTable footer = (XWPFTable) elements.get(elements.size() - 2);
            assertEquals(STBorder.NONE, footer.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal());
            assertTrue(footer.getRow(0).isCantSplitRow(), "the signature stays with Nơi nhận on one page");
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            List<String> lines = texts(recipients);
            assertEquals("Nơi nhận:", lines.get(0));
            assertEquals(List.of("- Các đơn vị trong Cụm TĐTMTH (VP Đoàn ĐBQH và HĐND tỉnh, VP UBND tỉnh; các Sở: "
                            + "Tư pháp, Nội vụ, Tài chính);", "- Lãnh đạo Sở;", "- Các phòng, đơn vị trực thuộc;",
                    "- Trang thông tin điện tử Sở;", "- Lưu: VT, VP."), lines.subList(1, lines.size()));
            XWPFParagraph title = recipients.getParagraphs().get(0);
            assertTrue(Styles.bold(doc, title) && Styles.italic(doc, title));
            assertEquals(12.0, Styles.fontSize(doc, title));
            assertEquals("left", Styles.alignment(doc, title));
            assertEquals(11.0, Styles.fontSize(doc, recipients.getParagraphs().get(1)));

            XWPFTableCell signature = footer.getRow(0).getCell(1);
            assertEquals(List.of("GIÁM ĐỐC", "Trịnh Tuyết Mai"), texts(signature));
            for (XWPFParagraph p : signature.getParagraphs()) {
                assertTrue(Styles.bold(doc, p));
                assertEquals("center", Styles.alignment(doc, p));
            }
            assertTrue(Styles.spacingBefore(doc, signature.getParagraphs().get(1)) >= 1200, "room to sign");
        }
    }

    @Test
    void deputySignsOnBehalfOfTheDirector() throws IOException {
        OfficialDocument plan = SamplePlan.plan(Signature.onBehalf("GIÁM ĐỐC", "Phó Giám đốc", "Tô Thị Trang"));
        try (XWPFDocument doc = written(plan)) {
            List<IBodyElement> elements = doc.getBodyElements();
            XWPFTable footer = (XWPFTable) elements.get(elements.size() - 2);
            assertEquals(List.of("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Tô Thị Trang"), texts(footer.getRow(0).getCell(1)));
        }
    }

    @Test
    void tablesHaveBordersAndARepeatedBoldHeaderRow() throws IOException {
        Block.Table list = new Block.Table(List.of("TT", "Họ và tên"),
                List.of(List.of("1", "Nguyễn Thị Hoa"), List.of("2", "Đặng Văn Minh")), List.of(1, 5));
        OfficialDocument doc0 = new OfficialDocument(SamplePlan.header(false), "DANH SÁCH", List.of(),
                List.of(list), null, null);
        try (XWPFDocument doc = written(doc0)) {
            XWPFTable table = doc.getTables().get(1);
            assertEquals(3, table.getNumberOfRows());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("Nguyễn Thị Hoa", table.getRow(1).getCell(1).getText());
            assertTrue(Styles.bold(doc, table.getRow(0).getCell(1).getParagraphs().get(0)));
            assertFalse(Styles.bold(doc, table.getRow(1).getCell(1).getParagraphs().get(0)));
            assertEquals(STBorder.SINGLE, table.getRow(1).getCell(0).getCTTc().getTcPr().getTcBorders().getLeft().getVal());
            assertEquals(5 * cellWidth(table.getRow(1).getCell(0)), cellWidth(table.getRow(1).getCell(1)), 5);
        }
    }

    @Test
    void inlineEmphasisAndCentredLines() throws IOException {
        OfficialDocument decision = new OfficialDocument(SamplePlan.header(false), "QUYẾT ĐỊNH", List.of("Về việc"),
                List.of(new Block.Centred("QUYẾT ĐỊNH:", true), Paragraph.of(Block.Span.bold("Điều 1. "),
                        Block.Span.plain("Tặng Giấy khen."))), null, director);
        try (XWPFDocument doc = written(decision)) {
            XWPFParagraph centred = paragraph(doc.getParagraphs(), "QUYẾT ĐỊNH:");
            assertEquals("center", Styles.alignment(doc, centred));
            assertTrue(Styles.bold(doc, centred));
            XWPFParagraph article = paragraph(doc.getParagraphs(), "Điều 1. Tặng Giấy khen.");
            assertTrue(article.getRuns().get(0).isBold());
            assertFalse(article.getRuns().get(1).isBold());
        }
    }

    @Test
    void anAttachedListStartsOnANewPageUnderItsCentredTitles() throws IOException {
        OfficialDocument decision = new OfficialDocument(SamplePlan.header(false), "QUYẾT ĐỊNH", List.of("Về việc"),
                List.of(Paragraph.of("Điều 1."), new Block.PageBreak(),
                        new Block.Centred("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", true),
                        new Block.Centred("(Kèm theo Quyết định số 05/QĐ-SNgV ngày 05 tháng 01 năm 2026)", false, true)),
                null, null);
        try (XWPFDocument doc = written(decision)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph title = paragraph(ps, "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN");
            XWPFParagraph breaking = ps.get(ps.indexOf(title) - 1);
            assertTrue(breaking.getCTP().xmlText().contains("w:type=\"page\""), "a page break before the list");
            XWPFParagraph attached = ps.get(ps.indexOf(title) + 1);
            assertTrue(Styles.italic(doc, attached) && !Styles.bold(doc, attached));
            assertEquals("center", Styles.alignment(doc, attached));
        }
    }

    @Test
    void textIsWrittenInNfc() throws IOException {
        String decomposed = Normalizer.normalize("Sở Ngoại vụ", Normalizer.Form.NFD);
        OfficialDocument d = new OfficialDocument(new DocumentHeader("UBND tỉnh Lạng Sơn", decomposed, "Số: 01/KH-SNgV",
                Normalizer.normalize("Lạng Sơn, ngày 05 tháng 01 năm 2026", Normalizer.Form.NFD)), "Kế hoạch",
                List.of(), List.of(new Heading(2, Normalizer.normalize("1. Mục đích", Normalizer.Form.NFD))), null, null);
        try (XWPFDocument doc = written(d)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("SỞ NGOẠI VỤ", texts(header.getRow(0).getCell(0)).get(1));
            assertEquals("Lạng Sơn, ngày 05 tháng 01 năm 2026", texts(header.getRow(0).getCell(1)).get(3));
            assertEquals("1. Mục đích", doc.getParagraphs().get(1).getText());
        }
    }

    @Test
    void theClerksTemplateInTheDataFolderWinsOverTheShippedOne() throws IOException {
        Path own = new Templates(data).copyToDataFolder(Templates.DEFAULT);
        try (InputStream in = Files.newInputStream(own); XWPFDocument template = new XWPFDocument(in)) {
            template.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(1984));
            template.getStyles().getStyle("ND30Body").getCTStyle().getRPr().addNewSz().setVal(BigInteger.valueOf(26));
            try (var o = Files.newOutputStream(own)) {
                template.write(o);
            }
        }
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            assertEquals(1984, twips(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()));
            XWPFParagraph p = paragraph(doc.getParagraphs(), "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.");
            assertEquals(13.0, Styles.fontSize(doc, p), "the clerk's body size");
        }
    }

    @Test
    void stylesAreFoundByNameWhenWordHasRenamedTheirIds() throws IOException {
        Path own = new Templates(data).copyToDataFolder(Templates.DEFAULT);
        try (InputStream in = Files.newInputStream(own); XWPFDocument template = new XWPFDocument(in)) {
            for (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style : Stream.of(Nd30Style.values())
                    .map(st -> template.getStyles().getStyle(st.id).getCTStyle()).toList()) {
                if (style.getStyleId().equals("ND30Body")) {
                    style.setStyleId("ND30Nidung");
                }
                if (style.getBasedOn() != null && style.getBasedOn().getVal().equals("ND30Body")) {
                    style.getBasedOn().setVal("ND30Nidung");
                }
            }
            try (var o = Files.newOutputStream(own)) {
                template.write(o);
            }
        }
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            XWPFParagraph p = paragraph(doc.getParagraphs(), "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.");
            assertEquals("ND30Nidung", p.getStyleID());
            assertEquals("both", Styles.alignment(doc, p));
        }
    }

    @Test
    void theShippedTemplateHasEveryStyleTheWriterUses() throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("template-default.docx");
             XWPFDocument template = new XWPFDocument(in)) {
            for (Nd30Style style : Nd30Style.values()) {
                assertEquals(style.styleName, template.getStyles().getStyle(style.id).getName(), style.id);
            }
        }
    }

    @Test
    void aDocumentNamedTemplateIsUsedWhenTheClerkHasOne() throws IOException {
        Templates templates = new Templates(data);
        Path own = templates.copyToDataFolder("ke-hoach");
        try (InputStream in = Files.newInputStream(own); XWPFDocument template = new XWPFDocument(in)) {
            template.getDocument().getBody().getSectPr().getPgMar().setTop(BigInteger.valueOf(1417));
            try (var o = Files.newOutputStream(own)) {
                template.write(o);
            }
        }
        Path file = out.resolve("plan.docx");
        new DocxWriter(templates).write(SamplePlan.plan(director), "ke-hoach", file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(1417, twips(doc.getDocument().getBody().getSectPr().getPgMar().getTop()));
        }
    }

    @Test
    void theTemplatesOwnBodyIsNotPrinted() throws IOException {
        try (XWPFDocument doc = written(SamplePlan.plan(director))) {
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().contains("MẪU TRÌNH BÀY")));
        }
    }

    @Test
    void rewritingLeavesOnlyTheFinishedFile() throws IOException {
        DocxWriter writer = new DocxWriter(new Templates(data));
        Path file = out.resolve("ke-hoach.docx");
        writer.write(SamplePlan.plan(director), file);
        writer.write(SamplePlan.longPlan(60), file);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temp file left");
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().size() > 60);
        }
    }

    @Test
    void anUnreadableTemplateOfTheClerkIsReportedWithItsPath() throws IOException {
        Path own = new Templates(data).clerkCopy(Templates.DEFAULT);
        Files.createDirectories(own.getParent());
        Files.writeString(own, "not a Word file");
        Path file = out.resolve("x.docx");
        UserException e = assertThrows(UserException.class,
                () -> new DocxWriter(new Templates(data)).write(SamplePlan.plan(director), file));
        assertTrue(e.getMessage().contains(own.toString()), e.getMessage());
        assertFalse(Files.exists(file));
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> ps, String text) {
        return ps.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toCollection(ArrayList::new));
    }

    private static long cellWidth(XWPFTableCell cell) {
        return twips(cell.getCTTc().getTcPr().getTcW().getW());
    }

    /** The length of a rule drawn as a bordered paragraph centred by equal indents. */
    private static long ruleLength(XWPFParagraph p, long room) {
        assertEquals(STBorder.SINGLE, p.getCTP().getPPr().getPBdr().getBottom().getVal(), "a rule");
        assertEquals(p.getIndentationLeft(), p.getIndentationRight(), "centred");
        return room - p.getIndentationLeft() - p.getIndentationRight();
    }

    static long twips(Object value) {
        return value instanceof BigInteger b ? b.longValue() : Long.parseLong(value.toString());
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }
}
