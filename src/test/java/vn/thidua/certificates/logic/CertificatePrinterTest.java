package vn.thidua.certificates.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.app.Services;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.i18n.UserException;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.decisions.model.Decision;

/** Certificates written for a signed decision and read back: one landscape page per line, each line where its layout says. */
class CertificatePrinterTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static Decision signed;

    @BeforeAll
    static void signAGiayKhenDecision() {
        services = Services.open(dir.resolve("data"));
        DecisionFixture.demoBeforeDecisions(services, LocalDate.of(2026, 11, 23));
        signed = DecisionFixture.signedGiayKhen(services, LocalDate.of(2025, 11, 10));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void aFullPageCertificateForEachLineOnALandscapePageWithItsBorder() throws Exception {
        Path file = dir.resolve("full.docx");
        int count = services.certificatePrinter().print(signed.id(), PrintMode.FULL_PAGE, "default", file);

        assertEquals(4, count);
        try (XWPFDocument doc = open(file)) {
            List<CTSectPr> pages = sections(doc);
            assertEquals(4, pages.size(), "one page (section) per line of the decision");
            for (CTSectPr page : pages) {
                assertEquals(STPageOrientation.LANDSCAPE, page.getPgSz().getOrient());
                assertEquals(BigInteger.valueOf(16838), page.getPgSz().getW());
                assertEquals(BigInteger.valueOf(11906), page.getPgSz().getH());
                assertTrue(page.isSetPgBorders(), "the full page has its decorative border");
            }
            List<String> first = texts(pages(doc).get(0));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH LẠNG SƠN", "TẶNG", "GIẤY KHEN", "Phòng Lãnh sự - Quản lý biên giới",
                    "Sở Ngoại vụ tỉnh Lạng Sơn", "Đã có thành tích " + signed.achievement() + ".",
                    "Số quyết định: 01/QĐ-SNgV, ngày 10/11/2025", "Số sổ vàng: 1", "Lạng Sơn, ngày 10 tháng 11 năm 2025",
                    "GIÁM ĐỐC", signed.signerName()), first);
            List<String> second = texts(pages(doc).get(1));
            assertTrue(second.contains("Bà Đặng Thu Mai"), second.toString());
            assertTrue(second.contains("Nhân viên, Phòng Hợp tác quốc tế - Văn phòng"), second.toString());
            assertTrue(second.contains("Số sổ vàng: 2"), second.toString());
            XWPFParagraph award = pages(doc).get(0).get(4);
            assertEquals("C00000", award.getRuns().get(0).getColor(), "the award in red");
            assertTrue(award.getRuns().get(0).isBold());
        }
    }

    @Test
    void eachLineIsFramedWhereTheLayoutPutsItAndMovingItMovesThePrint() throws Exception {
        CertificatePrinter printer = services.certificatePrinter();
        CertificateLayout layout = printer.layout("blank-a");
        FieldPlacement name = layout.placement(CertificateField.NAME).orElseThrow();
        Path before = dir.resolve("before.docx");
        printer.print(signed.id(), PrintMode.ON_BLANK, "blank-a", before);
        try (XWPFDocument doc = open(before)) {
            CTFramePr frame = frameOf(doc, "Phòng Lãnh sự - Quản lý biên giới").orElseThrow();
            assertEquals(BigInteger.valueOf(CertificateWriter.twips(name.x())), frame.getX());
            assertEquals(BigInteger.valueOf(CertificateWriter.twips(name.y())), frame.getY());
            assertEquals(BigInteger.valueOf(CertificateWriter.twips(name.width())), frame.getW());
        }

        CertificateLayout moved = printer.moveField("blank-a", CertificateField.NAME, 40, 95.5);
        assertTrue(Files.isRegularFile(dir.resolve("data/certificates/blank-a.json")));
        assertEquals(moved, printer.layout("blank-a"), "the moved layout is kept");
        Path after = dir.resolve("after.docx");
        printer.print(signed.id(), PrintMode.ON_BLANK, "blank-a", after);
        try (XWPFDocument doc = open(after)) {
            CTFramePr frame = frameOf(doc, "Phòng Lãnh sự - Quản lý biên giới").orElseThrow();
            assertEquals(BigInteger.valueOf(2268), frame.getX(), "40 mm");
            assertEquals(BigInteger.valueOf(5414), frame.getY(), "95,5 mm");
            CTFramePr unit = frameOf(doc, "Sở Ngoại vụ tỉnh Lạng Sơn").orElseThrow();
            FieldPlacement position = layout.placement(CertificateField.POSITION).orElseThrow();
            assertEquals(BigInteger.valueOf(CertificateWriter.twips(position.y())), unit.getY(), "the others stay");
        }
        printer.layouts().reset("blank-a");
        assertEquals(name, printer.layout("blank-a").placement(CertificateField.NAME).orElseThrow());
    }

    @Test
    void ontoBlanksOnlyTheVariableLinesArePrinted() throws Exception {
        Path file = dir.resolve("blank.docx");
        services.certificatePrinter().print(signed.id(), PrintMode.ON_BLANK, "default", file);
        try (XWPFDocument doc = open(file)) {
            List<CTSectPr> pages = sections(doc);
            assertEquals(4, pages.size());
            assertFalse(pages.get(0).isSetPgBorders(), "no border on a pre-printed blank");
            List<String> second = texts(pages(doc).get(1));
            assertEquals(List.of("Bà Đặng Thu Mai", "Nhân viên, Phòng Hợp tác quốc tế - Văn phòng",
                    "Đã có thành tích " + signed.achievement() + ".", "Số quyết định: 01/QĐ-SNgV, ngày 10/11/2025",
                    "Số sổ vàng: 2", "Lạng Sơn, ngày 10 tháng 11 năm 2025"), second);
        }
    }

    @Test
    void theTestPageFramesEveryLineOnOnePage() throws Exception {
        Path file = dir.resolve("test.docx");
        services.certificatePrinter().printTestPage("default", file);
        try (XWPFDocument doc = open(file)) {
            assertEquals(1, sections(doc).size());
            List<XWPFParagraph> framed = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetPBdr()).toList();
            assertEquals(CertificateField.values().length, framed.size(), "a light frame round every line");
            assertTrue(texts(pages(doc).get(0)).contains("Ông Nguyễn Văn An"));
            assertFalse(sections(doc).get(0).isSetPgBorders());
        }
    }

    @Test
    void aLayoutSavedAsJsonReadsBackTheSame() {
        CertificateLayouts layouts = new CertificateLayouts(dir.resolve("layouts"));
        CertificateLayout bigger = layouts.load("phoi-2026").with(layouts.load("phoi-2026")
                .placement(CertificateField.ACHIEVEMENT).orElseThrow().withFontSize(16.5));
        layouts.save(bigger);
        assertEquals(bigger, layouts.load("phoi-2026"));
        assertEquals(List.of("default", "phoi-2026"), layouts.names());
        UserException off = assertThrows(UserException.class, () -> layouts.move("phoi-2026", CertificateField.NAME, 250, 10));
        assertEquals("Dòng \"Họ và tên, tên tập thể\" nằm ngoài trang A4 ngang (297 × 210 mm).", off.getMessage());
    }

    @Test
    void aDraftHasNoCertificates() {
        long form = DecisionFixture.formId(services, "CSTD_CS");
        long meeting = DecisionFixture.meetingOn(services, LocalDate.of(2025, 12, 18));
        Decision draft = services.decisionDrafts().fromMeeting(meeting, form, LocalDate.of(2025, 12, 19));
        UserException e = assertThrows(UserException.class, () -> services.certificatePrinter()
                .print(draft.id(), PrintMode.FULL_PAGE, "default", dir.resolve("draft.docx")));
        assertEquals("Quyết định chưa ký: chưa in được giấy khen.", e.getMessage());
        services.decisions().deleteDraft(draft.id());
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Each page's section properties: those closing a page inside the body, then the body's own for the last. */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    /** The framed paragraphs of each page. */
    private static List<List<XWPFParagraph>> pages(XWPFDocument doc) {
        List<List<XWPFParagraph>> out = new ArrayList<>();
        List<XWPFParagraph> page = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetFramePr()) {
                page.add(p);
            } else {
                out.add(page);
                page = new ArrayList<>();
            }
        }
        return out;
    }

    private static List<String> texts(List<XWPFParagraph> page) {
        return page.stream().map(XWPFParagraph::getText).filter(t -> !t.startsWith("In thử")).toList();
    }

    private static Optional<CTFramePr> frameOf(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text))
                .map(p -> p.getCTP().getPPr().getFramePr()).findFirst();
    }
}
