package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.planimport.logic.ImportFixtures.values;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Quota;

/** The wordings plans use for periods, deadlines, citations and quotas, and headings written in other ways. */
class WordingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.|2025-05-01|2025-10-31|false|true",
            "Từ ngày 10/02/2026 đến ngày 20/5/2026.|2026-02-10|2026-05-20|false|false",
            "Từ 10/02/2026 đến 20/5/2026|2026-02-10|2026-05-20|false|false",
            "từ ngày ban hành Kế hoạch đến hết ngày 31/12/2030|null|2030-12-31|true|false",
            "Từ nay đến hết năm 2027.|null|2027-12-31|true|false",
            "từ ngày 01 tháng 3 năm 2026 đến ngày 31 tháng 8 năm 2026|2026-03-01|2026-08-31|false|false",
            "Từ tháng 3 đến tháng 9 năm 2026|2026-03-01|2026-09-30|false|true",
            "Từ 01.4.2026 - 30.9.2026|2026-04-01|2026-09-30|false|false",
            "Từ ngày 15/3/2026 đến hết tháng 6/2026|2026-03-15|2026-06-30|false|false"})
    void periodsInEveryWayPlansWriteThem(String text, String start, String end, boolean onIssue, boolean months) {
        Period p = ReadPatterns.period(text);
        assertEquals(new Period(start.equals("null") ? null : LocalDate.parse(start), LocalDate.parse(end), onIssue, months), p);
    }

    @Test
    void yearsAndDeadlinesAndQuotas() {
        assertEquals(Period.months(2026, 1, 2030, 12), ReadPatterns.yearPeriod("giai đoạn 2026 - 2030"));
        assertEquals(LocalDate.of(2025, 11, 15), ReadPatterns.deadline("gửi về Sở Nội vụ trước 17 giờ ngày 15/11/2025"));
        assertEquals(LocalDate.of(2025, 12, 10), ReadPatterns.deadline("chậm nhất ngày 10 tháng 12 năm 2025"));
        assertEquals("Sở Nội vụ (qua Ban Thi đua - Khen thưởng)",
                ReadPatterns.destination("Hồ sơ gửi về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước 17 giờ ngày 15/11/2025"));
        assertEquals(Quota.count(5), ReadPatterns.quota("đề xuất 05 cá nhân tiêu biểu"));
        assertEquals(Quota.percent("15.5"), ReadPatterns.quota("tối đa 15,5% số cá nhân"));
        assertEquals(List.of(new DocumentRef("Chỉ thị", "05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị", null),
                        new DocumentRef("Công văn", "1234/UBND-NC", LocalDate.of(2026, 1, 2), "UBND tỉnh", "việc thi đua")),
                ReadPatterns.references("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Công văn số "
                        + "1234/UBND-NC ngày 02/01/2026 của UBND tỉnh về việc thi đua; Sở ban hành:").subList(0, 2));
    }

    @Test
    void aKindAndTitleOnOneLineAndHeadingsWithTheirTextAfterAColon() {
        String text = String.join("\n", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 45/KH-SGDĐT",
                "KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM HỌC 2026 - 2027",
                "Căn cứ Hướng dẫn số 12/HD-UBND ngày 05/8/2026 của UBND tỉnh về công tác thi đua, khen thưởng năm 2026;",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích: Tạo khí thế thi đua sôi nổi trong toàn ngành.",
                "2. Yêu cầu: Thi đua thiết thực, hiệu quả, chống bệnh thành tích.",
                "II. THỜI GIAN: Từ ngày 05/9/2026 đến ngày 31/5/2027.",
                "III. KHEN THƯỞNG",
                "1. Hình thức khen thưởng",
                "a) Giấy khen của Giám đốc Sở: không quá 15% tổng số cá nhân tham gia.",
                "2. Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước 17 giờ ngày 10/6/2027.",
                "Nơi nhận:", "- Các trường;", "- Lưu: VT.", "GIÁM ĐỐC", "(đã ký)", "Hoàng Văn Bình");
        PlanReading r = PlanReader.read(DocumentReader.text(text));
        assertEquals(List.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), values(r, FieldKind.AGENCY));
        assertEquals(List.of("45"), values(r, FieldKind.NUMBER));
        assertEquals(List.of("KẾ HOẠCH"), values(r, FieldKind.DOCUMENT_KIND));
        assertEquals(List.of("PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM HỌC 2026 - 2027"), values(r, FieldKind.TITLE));
        assertEquals(List.of("Tạo khí thế thi đua sôi nổi trong toàn ngành."), values(r, FieldKind.PURPOSE));
        assertEquals(List.of("Thi đua thiết thực, hiệu quả, chống bệnh thành tích."), values(r, FieldKind.REQUIREMENT));
        Plan p = PlanDrafts.draft(r.fields(), ImportFixtures.office(), 2026).plan();
        assertEquals("12/HD-UBND", p.basis().get(0).number());
        assertEquals(Period.between(LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31)), p.period());
        assertEquals(LocalDate.of(2027, 6, 10), p.dossierDeadline());
        assertEquals("Văn phòng Sở", p.dossierDestination());
        assertEquals("Hoàng Văn Bình", p.signer().fullName());
        assertEquals(List.of("Các trường;", "Lưu: VT."), p.recipients());
    }

    @Test
    void lawsAndDecreesCitedByNameAndIssuerBeforeWhatTheyDo() {
        assertEquals(new DocumentRef("Luật", "06/2022/QH15", LocalDate.of(2022, 6, 15), null, "Thi đua, khen thưởng"),
                ReadPatterns.reference("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;"));
        assertEquals(new DocumentRef("Nghị định", "152/2025/NĐ-CP", LocalDate.of(2025, 6, 14), "Chính phủ",
                        "quy định chi tiết một số điều của Luật Thi đua, khen thưởng"),
                ReadPatterns.reference("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số "
                        + "điều của Luật Thi đua, khen thưởng;"));
    }

    @Test
    void aSignatureTypedBesideTheRecipientsWithTabsComesBelowThem() {
        String text = String.join("\n", "KẾ HOẠCH", "Thi đua năm 2026", "I. KHEN THƯỞNG",
                "1. Hình thức khen thưởng", "- Tặng Giấy khen của Giám đốc Sở cho tập thể, cá nhân tiêu biểu.",
                "Nơi nhận:\t\t\tKT. GIÁM ĐỐC", "- Sở Nội vụ;\t\t\tPHÓ GIÁM ĐỐC", "- Lãnh đạo Sở;", "- Lưu: VT.",
                "\t\t\t(Đã ký)", "\t\t\tLê Thị Hoa");
        PlanReading r = PlanReader.read(DocumentReader.text(text));
        assertEquals(List.of("Sở Nội vụ;", "Lãnh đạo Sở;", "Lưu: VT."), values(r, FieldKind.RECIPIENT));
        assertEquals(List.of("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), values(r, FieldKind.SIGNER_TITLE));
        assertEquals(List.of("Lê Thị Hoa"), values(r, FieldKind.SIGNER_NAME));
        assertEquals(List.of("Tặng Giấy khen của Giám đốc Sở cho tập thể, cá nhân tiêu biểu"), values(r, FieldKind.AWARD_FORM));
        Plan p = PlanDrafts.draft(r.fields(), ImportFixtures.office(), 2026).plan();
        assertEquals(List.of(8L, 8L), p.offers().stream().map(o -> o.awardFormId()).toList());
    }
}
