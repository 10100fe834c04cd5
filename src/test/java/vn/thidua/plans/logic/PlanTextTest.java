package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.plans.logic.PlanText.Line;
import vn.thidua.plans.logic.PlanText.Part;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;

/** The demo's seed 003 printed as text reads as the paper does, section by section. */
class PlanTextTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static Map<Long, String> formNames;

    @BeforeAll
    static void fillTheDemo() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        formNames = services.catalogue().awardForms().stream().collect(Collectors.toMap(AwardForm::id, AwardForm::name));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<Line> linesOf(int year, Integer number) {
        PlanSummary s = services.plans().all().stream()
                .filter(p -> p.date().year() == year && java.util.Objects.equals(number, p.number())).findFirst().orElseThrow();
        Plan plan = services.plans().get(s.id());
        return PlanText.lines(plan, services.agency().agency().orElseThrow(), formNames::get);
    }

    private static List<String> printed(List<Line> lines) {
        return lines.stream().map(Line::printed).toList();
    }

    /** The printed lines from the one starting with {@code first} up to (not including) the one starting with {@code end}. */
    private static List<String> between(List<String> lines, String first, String end) {
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith(first)).findFirst().orElseThrow());
        int to = lines.indexOf(lines.stream().filter(l -> l.startsWith(end)).findFirst().orElseThrow());
        return lines.subList(from, to);
    }

    @Test
    void seed003sHeaderReadsAsThePaper() {
        List<String> lines = printed(linesOf(2026, DemoPlans.SEED_003_NUMBER));
        assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "Số: 579/KH-SNgV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH",
                "Phát động phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm "
                        + "làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng”"), lines.subList(0, 8));
    }

    @Test
    void seed003sOpeningJoinsItsTwoBasisDocumentsAsThePaperDoes() {
        assertEquals("Thực hiện Kế hoạch số 641/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Cao Bằng về việc phát động "
                + "Phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm làm việc với "
                + "Ban Chấp hành Đảng bộ tỉnh Cao Bằng” và Kế hoạch số 478/KH-SNgV ngày 10/3/2026 của Sở Ngoại vụ về triển "
                + "khai thực hiện Kế hoạch số 388/KH-UBND ngày 10/02/2026 của UBND tỉnh Cao Bằng về “100 ngày đêm thực hiện "
                + "Kết luận của Đồng chí Tổng Bí thư Tô Lâm làm việc với Ban chấp hành Đảng bộ tỉnh Cao Bằng”. Sở Ngoại vụ xây "
                + "dựng Kế hoạch phát động phong trào thi đua với các nội dung sau:",
                printed(linesOf(2026, DemoPlans.SEED_003_NUMBER)).get(8));
    }

    @Test
    void seed003sPurposesAndContentsAreNumberedAsOnThePaper() {
        List<String> lines = printed(linesOf(2026, DemoPlans.SEED_003_NUMBER));
        List<String> section1 = between(lines, "I. ", "II. ");
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), section1.subList(0, 2));
        assertTrue(section1.get(2).startsWith("- Phát động phong trào thi đua sâu rộng"), section1.get(2));
        assertTrue(section1.get(3).startsWith("- Thông qua phong trào thi đua"), section1.get(3));
        assertEquals(List.of("2. Yêu cầu", "- Phong trào thi đua triển khai đồng bộ, thiết thực, hiệu quả;",
                "- Nội dung thi đua cụ thể, gắn với chức năng nhiệm vụ của Sở Ngoại vụ;",
                "- Công tác khen thưởng đảm bảo khách quan, công bằng, kịp thời."), section1.subList(4, 8));
        assertEquals(List.of("II. NỘI DUNG PHONG TRÀO THI ĐUA",
                "1. Thi đua tổ chức quán triệt, triển khai thực hiện Kết luận của đồng chí Tổng Bí thư",
                "Tổ chức quán triệt, triển khai đến toàn thể công chức, viên chức và người lao động thuộc Sở Ngoại vụ về nội "
                        + "dung Kết luận của đồng chí Tổng Bí thư.",
                "2. Thi đua nâng cao chất lượng tham mưu công tác đối ngoại",
                "- Đẩy mạnh hoạt động đối ngoại và hội nhập quốc tế;",
                "- Nâng cao hiệu quả công tác quản lý nhà nước về biên giới lãnh thổ;",
                "- Nâng cao hiệu quả công tác Thông tin đối ngoại, tuyên truyền đối ngoại;",
                "- Nâng cao hiệu quả công tác lễ tân, hậu cần phục vụ các đoàn công tác của tỉnh đi nước ngoài và các đoàn "
                        + "khách nước ngoài đến công tác tại tỉnh.",
                "3. Thi đua cải cách hành chính, chuyển đổi số", "- Đẩy mạnh cải cách thủ tục hành chính;",
                "- Tăng cường ứng dụng công nghệ thông tin trong xử lý công việc.",
                "4. Thi đua nâng cao kỷ luật, kỷ cương hành chính", "- Nâng cao tinh thần trách nhiệm công vụ;",
                "- Chấn chỉnh tác phong, lề lối làm việc."), between(lines, "II. ", "III. "));
    }

    @Test
    void seed003sAwardsPeriodDutiesAndSignatureReadAsThePaper() {
        List<Line> all = linesOf(2026, DemoPlans.SEED_003_NUMBER);
        List<String> lines = printed(all);
        List<String> awards = between(lines, "III. ", "IV. ");
        assertEquals("III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", awards.get(0));
        assertEquals(List.of("1. Tiêu chí thi đua", "1.1. Đối với tập thể"), awards.subList(1, 3));
        assertTrue(awards.contains("1.2. Đối với cá nhân"));
        int forms = awards.indexOf("2.1. Hình thức khen thưởng");
        assertEquals(List.of("- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;", "- Giấy khen của Giám đốc Sở.",
                "2.2. Tiêu chuẩn khen thưởng"), awards.subList(forms + 1, forms + 4));
        assertTrue(awards.containsAll(List.of("3. Số lượng khen thưởng",
                "- Không quá 30% tổng số tập thể, cá nhân tham gia phong trào được khen thưởng.", "- Ưu tiên:",
                "+ Tập thể tiêu biểu;", "+ Cá nhân trực tiếp thực hiện nhiệm vụ.")), awards.toString());
        assertEquals(List.of("IV. THỜI GIAN THỰC HIỆN", "Từ ngày 10/02/2026 đến ngày 20/5/2026."), between(lines, "IV. ", "V. "));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2. Văn phòng Sở phối hợp chặt chẽ")));
        assertEquals(List.of("Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ (Ban thi đua khen thưởng);", "- Lãnh đạo Sở;",
                "- Các phòng chuyên môn;", "- Trang Thông tin điện tử Sở;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Tô Thị Trang"), lines.subList(lines.size() - 10, lines.size()));
        assertEquals(List.of(Part.SIGNER_AUTHORITY, Part.SIGNER_TITLE, Part.SIGNER_NAME),
                all.subList(all.size() - 3, all.size()).stream().map(Line::part).toList());
    }

    @Test
    void aDraftLeavesItsNumberAndDayBlankAndRunsFromTheIssueDay() {
        List<String> lines = printed(linesOf(2026, null));
        assertEquals("Số:    /KH-SNgV", lines.get(2));
        assertEquals("Lạng Sơn, ngày      tháng 11 năm 2026", lines.get(5));
        assertTrue(lines.contains("Từ ngày ban hành đến hết ngày 31/12/2026."), lines.toString());
        assertEquals(List.of("GIÁM ĐỐC", "Trịnh Tuyết Mai"), lines.subList(lines.size() - 2, lines.size()));
        assertEquals(PlanStatus.DRAFT, services.plans().all().stream().filter(p -> p.number() == null).findFirst()
                .orElseThrow().status());
    }
}
