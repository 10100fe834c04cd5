package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Styles;
import vn.thidua.common.document.Templates;
import vn.thidua.organisation.model.Agency;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSummary;

/** The demo's plans printed as Word files and read back with POI, against the seed documents they transcribe. */
class PlanDocumentTest {

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    @TempDir
    static Path dir;
    @TempDir
    Path out;

    private static Services services;
    private static Agency agency;
    private static LongFunction<String> formNames;

    @BeforeAll
    static void fillTheDemo() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        agency = services.agency().agency().orElseThrow();
        Map<Long, String> names = services.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, AwardForm::name));
        formNames = names::get;
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Plan plan(int year, Integer number) {
        PlanSummary s = services.plans().all().stream()
                .filter(p -> p.date().year() == year && java.util.Objects.equals(number, p.number())).findFirst()
                .orElseThrow();
        return services.plans().get(s.id());
    }

    private static Plan seed003() {
        return plan(2026, DemoPlans.SEED_003_NUMBER);
    }

    private static Plan seed001() {
        return plan(2025, 1);
    }

    private static Plan draft() {
        return plan(2026, null);
    }

    private XWPFDocument written(Plan plan) throws IOException {
        Path file = out.resolve("ke-hoach.docx");
        new DocxWriter(new Templates(dir.resolve("data"))).write(PlanDocument.of(plan, agency, formNames), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The paragraphs between the subject's rule and the 1 pt paragraph after the footer. */
    private static List<XWPFParagraph> body(XWPFDocument doc) {
        List<XWPFParagraph> all = doc.getParagraphs();
        return all.subList(3, all.size() - 1);
    }

    private static List<String> texts(List<XWPFParagraph> ps) {
        return ps.stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void pageIsA4WithTheDecreesMarginsInTimesNewRoman() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(List.of(11906L, 16838L), List.of(twips(sect.getPgSz().getW()), twips(sect.getPgSz().getH())));
            CTPageMar m = sect.getPgMar();
            assertBetween(20, 25, twips(m.getTop()) / TWIPS_PER_MM, "top margin mm");
            assertBetween(20, 25, twips(m.getBottom()) / TWIPS_PER_MM, "bottom margin mm");
            assertBetween(30, 35, twips(m.getLeft()) / TWIPS_PER_MM, "left margin mm");
            assertBetween(15, 20, twips(m.getRight()) / TWIPS_PER_MM, "right margin mm");
            assertEquals("Times New Roman", Styles.defaultFont(doc));
            for (XWPFParagraph p : body(doc)) {
                assertEquals(14.0, Styles.fontSize(doc, p), p.getText());
                assertEquals("both", Styles.alignment(doc, p), p.getText());
                assertNull(p.getNumID(), "numbers are text, not Word lists: " + p.getText());
            }
        }
    }

    @Test
    void headerOfAnIssuedPlanHasItsNumberAndFullDate() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "", "Số: 579/KH-SNgV"), texts(left));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                    "Cao Bằng, ngày 20 tháng 3 năm 2026"), texts(right), "the plan's own place, as its paper says");
            assertFalse(Styles.bold(doc, left.getParagraphs().get(0)));
            assertTrue(Styles.bold(doc, left.getParagraphs().get(1)));
            assertEquals(13.0, Styles.fontSize(doc, left.getParagraphs().get(3)));
            assertTrue(Styles.italic(doc, right.getParagraphs().get(3)));
        }
    }

    @Test
    void typeLineFromTheCodeAndTheTitleAsSubject() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("KẾ HOẠCH", ps.get(0).getText());
            assertTrue(Styles.bold(doc, ps.get(0)));
            assertEquals(14.0, Styles.fontSize(doc, ps.get(0)));
            assertEquals("center", Styles.alignment(doc, ps.get(0)));
            assertEquals(seed003().title(), ps.get(1).getText());
            assertTrue(Styles.bold(doc, ps.get(1)));
        }
        assertEquals("PHÁT ĐỘNG", PlanDocument.type("PĐ"));
        assertEquals("TB", PlanDocument.type("TB"), "an unknown kind prints its code");
    }

    /** Seed 003 from its opening to its closing sentence, as its paper reads (differences noted). */
    @Test
    void seed003ReadsAsItsPaperInOrderAndNumbering() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            List<String> body = texts(body(doc));
            assertEquals(List.of(
                    // The paper joins the introduction with ". "; plans print it after "; " as seed 001 does.
                    "Thực hiện Kế hoạch số 641/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Cao Bằng về việc phát động "
                            + "Phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm làm "
                            + "việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng” và Kế hoạch số 478/KH-SNgV ngày 10/3/2026 của Sở "
                            + "Ngoại vụ về triển khai thực hiện Kế hoạch số 388/KH-UBND ngày 10/02/2026 của UBND tỉnh Cao Bằng "
                            + "về “100 ngày đêm thực hiện Kết luận của Đồng chí Tổng Bí thư Tô Lâm làm việc với Ban chấp hành "
                            + "Đảng bộ tỉnh Cao Bằng”; Sở Ngoại vụ xây dựng Kế hoạch phát động phong trào thi đua với các nội "
                            + "dung sau:",
                    "I. MỤC ĐÍCH, YÊU CẦU",
                    "1. Mục đích",
                    "- " + seed003().purposes().get(0),
                    "- Thông qua phong trào thi đua, tạo chuyên biến rõ nét trong công tác tham mưu triển khai các lĩnh vực "
                            + "đối ngoại; góp phần nâng cao kỷ luật, kỷ cương hành chính công sở.",
                    "2. Yêu cầu",
                    "- Phong trào thi đua triển khai đồng bộ, thiết thực, hiệu quả;",
                    "- Nội dung thi đua cụ thể, gắn với chức năng nhiệm vụ của Sở Ngoại vụ;",
                    "- Công tác khen thưởng đảm bảo khách quan, công bằng, kịp thời.",
                    // The paper: "NỘI DUNG PHONG TRÀO THI ĐUA".
                    "II. NỘI DUNG THI ĐUA",
                    "1. Thi đua tổ chức quán triệt, triển khai thực hiện Kết luận của đồng chí Tổng Bí thư",
                    "Tổ chức quán triệt, triển khai đến toàn thể công chức, viên chức và người lao động thuộc Sở Ngoại vụ về "
                            + "nội dung Kết luận của đồng chí Tổng Bí thư.",
                    "2. Thi đua nâng cao chất lượng tham mưu công tác đối ngoại",
                    "- Đẩy mạnh hoạt động đối ngoại và hội nhập quốc tế;",
                    "- Nâng cao hiệu quả công tác quản lý nhà nước về biên giới lãnh thổ;",
                    "- Nâng cao hiệu quả công tác Thông tin đối ngoại, tuyên truyền đối ngoại;",
                    "- Nâng cao hiệu quả công tác lễ tân, hậu cần phục vụ các đoàn công tác của tỉnh đi nước ngoài và các "
                            + "đoàn khách nước ngoài đến công tác tại tỉnh.",
                    "3. Thi đua cải cách hành chính, chuyển đổi số",
                    "- Đẩy mạnh cải cách thủ tục hành chính;",
                    "- Tăng cường ứng dụng công nghệ thông tin trong xử lý công việc.",
                    "4. Thi đua nâng cao kỷ luật, kỷ cương hành chính",
                    "- Nâng cao tinh thần trách nhiệm công vụ;",
                    "- Chấn chỉnh tác phong, lề lối làm việc.",
                    "III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG",
                    "1. Tiêu chí thi đua",
                    "1.1. Đối với tập thể",
                    "- Hoàn thành đúng tiến độ, bảo đảm chất lượng các nhiệm vụ được giao theo Kế hoạch số 388/KH-UBND ngày "
                            + "10/02/2026 của UBND tỉnh Cao Bằng và Kế hoạch số 478/KH-SNgV ngày 10/3/2026 của Sở Ngoại vụ "
                            + "đồng thời đáp ứng các tiêu chí sau:",
                    "- Ban hành Kế hoạch triển khai cụ thể, phù hợp với chức năng, nhiệm vụ của cơ quan, đơn vị; tổ chức "
                            + "thực hiện nghiêm túc, hiệu quả;",
                    "- Có giải pháp, cách làm sáng tạo, hiệu quả trong triển khai thực hiện nhiệm vụ;",
                    "- Thực hiện tốt kỷ luật, kỷ cương hành chính; thực hiện chế độ thông tin, báo cáo đầy đủ, kịp thời theo "
                            + "yêu cầu.",
                    "1.2. Đối với cá nhân",
                    "- Hoàn thành tốt nhiệm vụ được giao;",
                    "- Có sáng kiến, giải pháp hoặc cách làm hiệu quả;",
                    "- Gương mẫu chấp hành kỷ luật, kỷ cương hành chính.",
                    "2. Hình thức, tiêu chuẩn và số lượng khen thưởng",
                    "2.1. Hình thức khen thưởng",
                    // The catalogue's names; the paper writes "… Giám đốc Sở Ngoại vụ".
                    "- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;",
                    "- Giấy khen của Giám đốc Sở.",
                    "2.2. Tiêu chuẩn khen thưởng",
                    "- Gương mẫu, chấp hành tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước;",
                    "- Có thành tích xuất sắc trong thực hiện phong trào thi đua;",
                    "- Đảm bảo các tiêu chuẩn khen thưởng các tập thể, cá nhân tiêu biểu xuất sắc trong thực hiện phong trào "
                            + "thi đua (theo hướng dẫn của cấp có thẩm quyền).",
                    "3. Số lượng khen thưởng",
                    "- Không quá 30% tổng số tập thể, cá nhân tham gia phong trào được khen thưởng.",
                    "- Ưu tiên:",
                    "+ Tập thể tiêu biểu;",
                    "+ Cá nhân trực tiếp thực hiện nhiệm vụ.",
                    "- Hoàn thành tốt nhiệm vụ được giao;",
                    "- Có sáng kiến, giải pháp hiệu quả;",
                    "- Chấp hành tốt kỷ luật, kỷ cương hành chính.",
                    "IV. THỜI GIAN THỰC HIỆN",
                    // The paper: "Từ ngày 10/02/2026 đến ngày 20/5/2026." and no movement form.
                    "Thời gian thi đua từ ngày 10/02/2026 đến ngày 20/5/2026.",
                    "Hình thức thi đua: thi đua theo đợt.",
                    "V. TỔ CHỨC THỰC HIỆN",
                    "1. " + seed003().duties().get(0).text(),
                    "2. " + seed003().duties().get(1).text(),
                    seed003().closing()), body);
        }
    }

    @Test
    void headingsHaveTheirLevelsLook() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            List<XWPFParagraph> body = body(doc);
            XWPFParagraph section = paragraph(body, "III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG");
            XWPFParagraph item = paragraph(body, "1. Tiêu chí thi đua");
            XWPFParagraph sub = paragraph(body, "1.1. Đối với tập thể");
            XWPFParagraph plain = paragraph(body, "Thời gian thi đua từ ngày 10/02/2026 đến ngày 20/5/2026.");
            assertTrue(Styles.bold(doc, section) && Styles.bold(doc, item));
            assertTrue(Styles.bold(doc, sub) && Styles.italic(doc, sub));
            assertFalse(Styles.bold(doc, plain) || Styles.italic(doc, plain));
            assertEquals(List.of("ND30Heading1", "ND30Heading2", "ND30Heading3", "ND30Bullet", "ND30Body"),
                    List.of(section.getStyleID(), item.getStyleID(), sub.getStyleID(),
                            paragraph(body, "- Ưu tiên:").getStyleID(), paragraph(body, "+ Tập thể tiêu biểu;").getStyleID()));
        }
    }

    /** Seed 001 from its period to its dossier: time before awards, "2.1." per form with a), b), c). */
    @Test
    void seed001PutsThePeriodBeforeTheAwardsAndNumbersTheFormsAsItsPaper() throws IOException {
        try (XWPFDocument doc = written(seed001())) {
            List<String> body = texts(body(doc));
            int from = body.indexOf("III. THỜI GIAN THI ĐUA");
            int to = body.indexOf("V. TỔ CHỨC THỰC HIỆN");
            List<String> headings = body.subList(from, to).stream()
                    .filter(t -> t.matches("^([IVX]+\\.|\\d+\\.|\\d+\\.\\d+\\.|[a-z]\\)) .*")).toList();
            assertEquals(List.of("III. THỜI GIAN THI ĐUA", "IV. ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG",
                    "1. Đối tượng khen thưởng", "2. Tiêu chuẩn, hình thức khen thưởng", "2.1. Giấy khen của Giám đốc Sở",
                    "a) Đối với tập thể", "b) Đối với cá nhân", "c) Số lượng",
                    "2.2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "3. Thủ tục, hồ sơ đề nghị khen thưởng"), headings);
            assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), body.subList(1, 3));
            assertEquals(List.of(
                    "III. THỜI GIAN THI ĐUA",
                    "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.",
                    "Hình thức thi đua: thi đua theo đợt.",
                    "IV. ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG",
                    "1. Đối tượng khen thưởng",
                    "- Tập thể: các phòng, đơn vị trực thuộc.",
                    "- Cá nhân: Công chức, viên chức và người lao động.",
                    "2. Tiêu chuẩn, hình thức khen thưởng",
                    "2.1. Giấy khen của Giám đốc Sở",
                    "a) Đối với tập thể",
                    "Tập thể có thành tích xuất sắc, tiêu biểu, nổi trội, góp phần hoàn thành tốt các nhiệm vụ chính trị của "
                            + "Sở, đạt các tiêu chuẩn sau:"), body.subList(from, from + 11));
            // The paper's "c) Số lượng" is prose; the plan keeps the numbers, printed as such.
            int quota = body.indexOf("c) Số lượng");
            assertEquals(List.of("- Tập thể: không quá 01 tập thể.", "- Cá nhân: không quá 03 cá nhân."),
                    body.subList(quota + 1, quota + 3));
            int dossier = body.indexOf("3. Thủ tục, hồ sơ đề nghị khen thưởng");
            assertEquals(List.of("- Biên bản họp xét khen thưởng của phòng, đơn vị;",
                    "- Tóm tắt thành tích của tập thể, cá nhân đề nghị khen thưởng;",
                    "- " + seed001().dossierDocuments().get(2),
                    "Hồ sơ đề nghị khen thưởng của các tập thể, cá nhân gửi về Văn phòng Sở (bộ phận thường trực Hội đồng "
                            + "Thi đua - Khen thưởng Văn phòng) trước ngày 30/10/2025 để tổng hợp, trình Hội đồng Thi đua - Khen "
                            + "thưởng Sở họp xét theo quy định."), body.subList(dossier + 1, to));
            assertTrue(body.get(0).startsWith("Thực hiện Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về phát động "
                    + "phong trào thi đua đặc biệt"), body.get(0));
            assertTrue(body.get(0).endsWith("lần thứ XVIII; Sở Ngoại vụ ban hành Kế hoạch phát động phong trào thi đua với "
                    + "chủ đề: “Đoàn kết, đổi mới, sáng tạo, thi đua lập thành tích xuất sắc chào mừng Đại hội đảng bộ các "
                    + "cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII”, cụ thể như sau:"), body.get(0));
        }
    }

    @Test
    void recipientsAndTheDeputySigningOnBehalfOfTheDirector() throws IOException {
        try (XWPFDocument doc = written(seed003())) {
            XWPFTable footer = footer(doc);
            assertEquals(List.of("Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ (Ban thi đua khen thưởng);",
                    "- Lãnh đạo Sở;", "- Các phòng chuyên môn;", "- Trang Thông tin điện tử Sở;", "- Lưu: VT, VP."),
                    texts(footer.getRow(0).getCell(0)));
            assertEquals(List.of("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Tô Thị Trang"), texts(footer.getRow(0).getCell(1)));
            XWPFParagraph title = footer.getRow(0).getCell(0).getParagraphs().get(0);
            assertTrue(Styles.bold(doc, title) && Styles.italic(doc, title));
            assertEquals(12.0, Styles.fontSize(doc, title));
            assertEquals(11.0, Styles.fontSize(doc, footer.getRow(0).getCell(0).getParagraphs().get(1)));
            footer.getRow(0).getCell(1).getParagraphs().forEach(p -> assertTrue(Styles.bold(doc, p)));
        }
    }

    @Test
    void theDirectorSignsDirectlyAndTheArchiveLineComesLast() throws IOException {
        try (XWPFDocument doc = written(seed001())) {
            XWPFTable footer = footer(doc);
            assertEquals(List.of("GIÁM ĐỐC", "Trịnh Tuyết Mai"), texts(footer.getRow(0).getCell(1)));
            List<String> recipients = texts(footer.getRow(0).getCell(0));
            assertEquals("- Các đơn vị trong Cụm TĐTMTH (VP Đoàn ĐBQH và HĐND tỉnh, VP UBND tỉnh; các Sở: Tư pháp, Nội vụ, "
                    + "Tài chính);", recipients.get(1));
            assertEquals("- Lưu: VT.", recipients.get(recipients.size() - 1));
        }
    }

    @Test
    void aDraftLeavesNumberAndDayBlankAndCitesItsLegalGrounds() throws IOException {
        try (XWPFDocument doc = written(draft())) {
            XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
            assertEquals("Số:      /KH-SNgV", texts(header.getRow(0).getCell(0)).get(3));
            assertEquals("Lạng Sơn, ngày      tháng 11 năm 2026", texts(header.getRow(0).getCell(1)).get(3));
            List<String> body = texts(body(doc));
            assertEquals(List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật "
                            + "Thi đua, khen thưởng;"), body.subList(0, 2));
            int objectives = body.indexOf("II. MỤC TIÊU, CHỈ TIÊU");
            assertEquals(List.of("II. MỤC TIÊU, CHỈ TIÊU", "1. Mục tiêu",
                    "Hoàn thành toàn diện các nhiệm vụ trọng tâm của Sở năm 2026.", "2. Chỉ tiêu",
                    "- ≥ 90% CCVC, NLĐ hoàn thành tốt nhiệm vụ trở lên", "- Mỗi năm ít nhất 01 sáng kiến được công nhận",
                    "- Không quá 2% CCVC, NLĐ bị kỷ luật", "- 100% CCVC tham gia học tập", "III. NỘI DUNG THI ĐUA"),
                    body.subList(objectives, objectives + 9));
            assertTrue(body.contains("Thời gian thi đua từ ngày ban hành đến hết ngày 31/12/2026."));
        }
    }

    @Test
    void aDraftWithTheYearOnlyLeavesDayAndMonthBlank() {
        Plan blank = Plan.draft("PĐ", 2027);
        OfficialDocument d = PlanDocument.of(blank, agency, formNames);
        assertEquals("Số:      /PĐ-SNgV", d.header().numberLine());
        assertEquals("Lạng Sơn, ngày      tháng      năm 2027", d.header().placeAndDate());
        assertEquals("PHÁT ĐỘNG", d.type());
        assertEquals(List.of(), d.body(), "an empty plan prints no empty sections");
        assertNull(d.recipients());
        assertNull(d.signature());
    }

    @Test
    void referencesAndPeriodsReadAsTheSeedsWriteThem() {
        assertEquals("Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về phát động phong trào",
                PlanDocument.reference(new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh",
                        "phát động phong trào")));
        assertEquals("Quyết định số 05/QĐ-UBND ngày 05/01/2026",
                PlanDocument.reference(new DocumentRef("Quyết định", "05/QĐ-UBND", LocalDate.of(2026, 1, 5), null, null)));
        assertEquals("Thời gian thi đua từ tháng 02/2026 đến hết tháng 12/2026.",
                PlanDocument.periodText(Period.months(2026, 2, 2026, 12)));
        assertEquals("Thời gian thi đua từ ngày ban hành đến hết ngày 31/12/2030.",
                PlanDocument.periodText(Period.fromIssueUntil(LocalDate.of(2030, 12, 31))));
    }

    @Test
    void everyNumberIsWrittenByThePlanDocumentAsText() {
        OfficialDocument d = PlanDocument.of(seed001(), agency, formNames);
        List<String> headings = d.body().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level() + " " + ((Block.Heading) b).text().split(" ")[0]).toList();
        assertEquals(List.of("1 I.", "2 1.", "2 2.", "1 II.", "1 III.", "1 IV.", "2 1.", "2 2.", "3 2.1.", "4 a)", "4 b)",
                "4 c)", "3 2.2.", "2 3.", "1 V."), headings);
    }

    private static XWPFTable footer(XWPFDocument doc) {
        List<IBodyElement> elements = doc.getBodyElements();
        return (XWPFTable) elements.get(elements.size() - 2);
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> ps, String text) {
        return ps.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static long twips(Object value) {
        return value instanceof BigInteger b ? b.longValue() : Long.parseLong(value.toString());
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }
}
