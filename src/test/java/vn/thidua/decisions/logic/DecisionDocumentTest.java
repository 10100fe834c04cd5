package vn.thidua.decisions.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Recipients;
import vn.thidua.common.document.Signature;
import vn.thidua.decisions.model.Decision;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.SignerRole;

/** The decision printed to Word and read back: header, grounds, the three articles, signature and the attached list. */
class DecisionDocumentTest {

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
    void aSignedDecisionPrintsItsNumberGroundsArticlesAndSignature() throws Exception {
        Path file = dir.resolve("qd.docx");
        services.decisionPrinter().print(signed.id(), LocalDate.of(2026, 11, 23), file);

        try (XWPFDocument doc = open(file)) {
            List<String> lines = paragraphs(doc);
            String all = String.join("\n", lines) + "\n" + tableTexts(doc);
            assertTrue(all.contains("Số: 01/QĐ-SNgV"), all);
            assertTrue(all.contains("Lạng Sơn, ngày 10 tháng 11 năm 2025"), all);
            assertTrue(lines.contains("QUYẾT ĐỊNH"));
            assertTrue(lines.contains("Về việc tặng Giấy khen của Giám đốc Sở cho 01 tập thể, 03 cá nhân"));
            assertTrue(lines.contains("GIÁM ĐỐC SỞ NGOẠI VỤ"));
            assertTrue(lines.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"));
            assertTrue(lines.contains("QUYẾT ĐỊNH:"));
            XWPFParagraph ground = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Căn cứ Luật")).findFirst().orElseThrow();
            assertTrue(ground.getRuns().get(0).isItalic(), "the grounds are italic");
            List<String> grounds = lines.stream().filter(l -> l.startsWith("Căn cứ")).toList();
            assertTrue(grounds.stream().allMatch(l -> l.endsWith(";")), grounds.toString());
            assertTrue(lines.contains("Xét đề nghị của Hội đồng Thi đua - Khen thưởng Sở tại cuộc họp ngày 05/11/2025."));
            assertTrue(lines.contains("Điều 1. Tặng Giấy khen của Giám đốc Sở cho 1 tập thể và 3 cá nhân (có danh sách "
                    + "kèm theo) đã có thành tích " + signed.achievement() + "."), all);
            assertTrue(lines.contains("Điều 2. Kèm theo Giấy khen của Giám đốc Sở, mỗi tập thể được thưởng 1.410.000 đồng "
                    + "(Một triệu bốn trăm mười nghìn đồng), mỗi cá nhân được thưởng 710.000 đồng (Bảy trăm mười nghìn "
                    + "đồng); kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của Sở năm 2025."), all);
            assertTrue(lines.contains("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các "
                    + "phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
                    + "định này./."), all);
            assertTrue(all.contains("- Như Điều 3;") && all.contains("- Lưu: VT, VP."), all);
            assertTrue(all.contains("GIÁM ĐỐC\n") || all.contains("GIÁM ĐỐC"), all);
            assertTrue(all.contains(signed.signerName()), all);
            assertTrue(lines.contains("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ"), all);
            assertTrue(lines.contains("(Kèm theo Quyết định số 01/QĐ-SNgV ngày 10 tháng 11 năm 2025 của Giám đốc Sở "
                    + "Ngoại vụ)"), all);
            assertTrue(lines.contains("Tổng cộng: 1 tập thể và 3 cá nhân; tổng số tiền thưởng 3.540.000 đồng (Ba triệu "
                    + "năm trăm bốn mươi nghìn đồng)."), all);

            List<List<List<String>>> tables = tables(doc);
            List<List<String>> units = tables.get(tables.size() - 2);
            List<List<String>> people = tables.get(tables.size() - 1);
            assertEquals(List.of(List.of("TT", "Tên tập thể", "Mức thưởng (đồng)"),
                    List.of("1", "Phòng Lãnh sự - Quản lý biên giới", "1.410.000"),
                    List.of("Cộng", "1.410.000")), units);
            assertEquals(List.of("TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Mức thưởng (đồng)"), people.get(0));
            assertEquals(List.of("1", "Đặng Thu Mai", "Nhân viên, Phòng Hợp tác quốc tế - Văn phòng", "710.000"),
                    people.get(1));
            assertEquals(List.of("Cộng", "2.130.000"), people.get(people.size() - 1));
            assertEquals(5, people.size());
        }
    }

    @Test
    void aDraftPrintsWithTheNumberBlankAndTheDaysPrizes() throws Exception {
        long form = DecisionFixture.formId(services, "CSTD_CS");
        long meeting = DecisionFixture.meetingOn(services, LocalDate.of(2025, 12, 18));
        Decision draft = services.decisionDrafts().fromMeeting(meeting, form, LocalDate.of(2025, 12, 19));
        Path file = dir.resolve("draft.docx");
        services.decisionPrinter().print(draft.id(), LocalDate.of(2025, 12, 19), file);
        try (XWPFDocument doc = open(file)) {
            String all = String.join("\n", paragraphs(doc)) + "\n" + tableTexts(doc);
            assertTrue(all.contains("Số:      /QĐ-SNgV"), all);
            assertTrue(all.contains("Lạng Sơn, ngày      tháng 12 năm 2025"), all);
            assertTrue(all.contains("Điều 1. Tặng danh hiệu Chiến sĩ thi đua cơ sở cho 1 cá nhân (có danh sách kèm "
                    + "theo)"), all);
            assertTrue(all.contains("mỗi cá nhân được thưởng 2.340.000 đồng (Hai triệu ba trăm bốn mươi nghìn đồng)"), all);
            assertTrue(all.contains("I. CÁ NHÂN"), all);
            assertTrue(all.contains("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ"), all);
            assertTrue(all.contains("(Kèm theo Quyết định số      /QĐ-SNgV ngày      tháng 12 năm 2025"), all);
        }
        services.decisions().deleteDraft(draft.id());
    }

    @Test
    void anAmendmentSaysWhichDecisionItCorrects() throws Exception {
        Decision amendment = services.decisions().amend(signed.id(), "sửa chức vụ của bà Đặng Thu Mai");
        Path file = dir.resolve("amend.docx");
        services.decisionPrinter().print(amendment.id(), LocalDate.of(2025, 11, 20), file);
        try (XWPFDocument doc = open(file)) {
            List<String> lines = paragraphs(doc);
            assertTrue(lines.contains("Về việc sửa đổi Quyết định số 01/QĐ-SNgV ngày 10/11/2025 của Giám đốc Sở Ngoại vụ"),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Điều 1. Sửa đổi Quyết định số 01/QĐ-SNgV ngày "
                    + "10/11/2025 của Giám đốc Sở Ngoại vụ (sửa chức vụ của bà Đặng Thu Mai), như sau: Tặng Giấy khen")),
                    lines.toString());
        }
        services.decisions().deleteDraft(amendment.id());
    }

    @Test
    void differentAmountsPointToTheListAndADeputySignsOnTheDirectorsBehalf() {
        Decision d = signed.withLines(List.of(signed.lines().get(0), signed.lines().get(1).withPrize("2", 710_000L),
                signed.lines().get(2).withPrize("3", 1_000_000L)));
        Decision deputy = new Decision(d.id(), d.number(), d.year(), d.date(), d.own(), d.issuer(), d.issuerCode(), d.place(),
                d.planId(), d.meetingId(), d.awardFormId(), d.subject(), d.achievement(), d.basis(), d.petitionRef(),
                d.fundingSource(), d.executors(), "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, d.lines(), d.status(), null,
                null);

        OfficialDocument doc = new DecisionDocument(Agency.blank(), "Giấy khen của Giám đốc Sở", deputy, null,
                LocalDate.of(2025, 11, 10)).document();

        String article2 = doc.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b)
                .spans().stream().map(Block.Span::text).reduce("", String::concat)).filter(t -> t.startsWith("Điều 2."))
                .findFirst().orElseThrow();
        assertEquals("Điều 2. Kèm theo Giấy khen của Giám đốc Sở, mỗi tập thể được thưởng 1.410.000 đồng (Một triệu bốn "
                + "trăm mười nghìn đồng), mức thưởng của các cá nhân theo danh sách kèm theo; kinh phí khen thưởng trích "
                + "từ Quỹ thi đua, khen thưởng của Sở năm 2025.", article2);
        assertEquals(new Signature(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Tô Thị Trang"), doc.signature());
        assertEquals(new Recipients(List.of("Như Điều 3", "Lãnh đạo Sở"), "VT, VP"), doc.recipients());
    }

    static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        c.getParagraphs().forEach(p -> out.add(p.getText()));
                    }
                }
            }
        }
        return out;
    }

    static String tableTexts(XWPFDocument doc) {
        return String.join("\n", tables(doc).stream().flatMap(List::stream).map(r -> String.join(" | ", r)).toList());
    }

    static List<List<List<String>>> tables(XWPFDocument doc) {
        List<List<List<String>>> out = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow r : t.getRows()) {
                rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
            out.add(rows);
        }
        return out;
    }
}
