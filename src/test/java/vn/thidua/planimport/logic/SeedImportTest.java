package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.planimport.logic.ImportFixtures.SEED_001;
import static vn.thidua.planimport.logic.ImportFixtures.SEED_002;
import static vn.thidua.planimport.logic.ImportFixtures.SEED_003;
import static vn.thidua.planimport.logic.ImportFixtures.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.planimport.model.Confidence;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.Quota;

/** The three seed documents, from Word and pasted as text, read field by field. */
class SeedImportTest {

    private static final String CONGRESS = "Đại hội đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII";

    private static PlanReading read(String seed, boolean word) {
        return word ? ImportFixtures.docx(seed) : ImportFixtures.text(seed);
    }

    private static Plan draft(PlanReading r) {
        return PlanDrafts.draft(r.fields(), ImportFixtures.office(), 2020).plan();
    }

    @ParameterizedTest(name = "from Word: {0}")
    @ValueSource(booleans = {true, false})
    void seed001ReadsEveryFieldItHolds(boolean word) {
        PlanReading r = read(SEED_001, word);
        assertEquals(PlanKind.MOVEMENT, r.kind());
        if (word) {
            // The text copy has no header: it starts at the document's kind.
            assertEquals(List.of("UBND TỈNH LẠNG SƠN"), values(r, FieldKind.PARENT_AGENCY));
            assertEquals(List.of("SỞ NGOẠI VỤ"), values(r, FieldKind.AGENCY));
            assertEquals(List.of(""), values(r, FieldKind.NUMBER), "Số: … is blank until signed");
        }
        assertEquals(List.of("KẾ HOẠCH"), values(r, FieldKind.DOCUMENT_KIND));
        assertEquals(List.of("KH"), values(r, FieldKind.CODE));
        assertEquals(List.of("Phát động phong trào thi đua đặc biệt lập thành tích chào mừng " + CONGRESS),
                values(r, FieldKind.TITLE));
        assertEquals(List.of("Đoàn kết, đổi mới, sáng tạo, thi đua lập thành tích xuất sắc chào mừng " + CONGRESS),
                values(r, FieldKind.THEME));
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THI ĐUA", "III. THỜI GIAN THI ĐUA",
                "IV. ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG", "V. TỔ CHỨC THỰC HIỆN"), values(r, FieldKind.SECTION));
        assertEquals(2, values(r, FieldKind.PURPOSE).size());
        assertTrue(values(r, FieldKind.PURPOSE).get(0).startsWith("Huy động sức mạnh tổng hợp của tập thể;"));
        // The Word copy stops at "nhiệm kỳ 2025 -"; the text copy carries the line "2030." that follows it.
        assertTrue(values(r, FieldKind.PURPOSE).get(0).endsWith(word ? "nhiệm kỳ 2025 -" : "nhiệm kỳ 2025 - 2030."));
        assertEquals(1, values(r, FieldKind.REQUIREMENT).size());
        assertEquals(4, values(r, FieldKind.CONTENT).size());
        assertEquals(List.of("Từ tháng 5/2025 đến hết tháng 10/2025"), values(r, FieldKind.PERIOD));
        assertEquals(List.of("CAMPAIGN"), values(r, FieldKind.MOVEMENT_FORM));
        assertEquals(List.of("Giấy khen của Giám đốc Sở", "Bằng khen của Chủ tịch UBND tỉnh"), values(r, FieldKind.AWARD_FORM));
        assertEquals(List.of("01 tập thể", "03 cá nhân"), values(r, FieldKind.QUOTA));
        assertEquals(3, values(r, FieldKind.DOSSIER_DOCUMENT).size());
        assertEquals(List.of("30/10/2025"), values(r, FieldKind.DOSSIER_DEADLINE));
        assertEquals(List.of("Văn phòng Sở (bộ phận thường trực Hội đồng Thi đua - Khen thưởng Văn phòng)"),
                values(r, FieldKind.DOSSIER_DESTINATION));
        assertEquals(2, values(r, FieldKind.DUTY).size());
        assertEquals(List.of("Các đơn vị trong Cụm TĐTMTH (VP Đoàn ĐBQH và HĐND tỉnh, VP UBND tỉnh; các Sở: Tư pháp, Nội vụ, "
                        + "Tài chính);", "Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc;", "Trang thông tin điện tử Sở;", "Lưu: VT."),
                values(r, FieldKind.RECIPIENT));
        assertEquals(List.of("GIÁM ĐỐC"), values(r, FieldKind.SIGNER_TITLE));
        assertEquals(List.of("Trịnh Tuyết Mai"), values(r, FieldKind.SIGNER_NAME));

        Plan p = draft(r);
        assertEquals(List.of(new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh",
                "phát động phong trào thi đua đặc biệt lập thành tích chào mừng " + CONGRESS)), p.basis());
        assertEquals("Sở Ngoại vụ ban hành Kế hoạch phát động phong trào thi đua với chủ đề: “Đoàn kết, đổi mới, sáng tạo, "
                + "thi đua lập thành tích xuất sắc chào mừng " + CONGRESS + "”, cụ thể như sau:", p.introduction());
        assertEquals(Period.months(2025, 5, 2025, 10), p.period());
        assertEquals(MovementForm.CAMPAIGN, p.movementForm());
        assertEquals(List.of(new AwardeeLine(Awardee.COLLECTIVE, "các phòng, đơn vị trực thuộc."),
                new AwardeeLine(Awardee.INDIVIDUAL, "Công chức, viên chức và người lao động.")), p.eligible());
        assertEquals(4, p.offers().size());
        AwardOffer gkCollective = p.offers().get(0);
        assertEquals(8L, gkCollective.awardFormId());
        assertEquals(Awardee.COLLECTIVE, gkCollective.awardee());
        assertEquals("Tập thể có thành tích xuất sắc, tiêu biểu, nổi trội, góp phần hoàn thành tốt các nhiệm vụ chính trị của "
                + "Sở, đạt các tiêu chuẩn sau:", gkCollective.standardsIntro());
        assertEquals(3, gkCollective.standards().size());
        assertEquals(Quota.count(1), gkCollective.quota());
        AwardOffer gkIndividual = p.offers().get(1);
        assertEquals(Awardee.INDIVIDUAL, gkIndividual.awardee());
        assertEquals(2, gkIndividual.standards().size());
        assertTrue(gkIndividual.standards().get(1).endsWith("hoàn thành tốt 100% các nhiệm vụ được giao trong 10 tháng đầu năm 2025."));
        assertEquals(Quota.count(3), gkIndividual.quota());
        assertEquals(List.of(7L, 7L), p.offers().subList(2, 4).stream().map(AwardOffer::awardFormId).toList());
        assertTrue(p.offers().get(2).standards().get(0).startsWith("Tiêu chuẩn khen thưởng đối với tập thể, cá nhân thực hiện theo quy định tại mục IV"));
        assertEquals(LocalDate.of(2025, 10, 30), p.dossierDeadline());
        assertEquals("Lãnh đạo các phòng, đơn vị trực thuộc", p.duties().get(0).party());
        assertEquals("Văn phòng Sở", p.duties().get(1).party());
        assertEquals(2L, p.duties().get(1).unitId());
        assertTrue(p.closing().endsWith("lập thành tích chào mừng " + CONGRESS + "./."));
        assertEquals(new PlanSigner(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR), p.signer());
        // The copy's Word numbering prints 1, 2, 4, 5 (a paragraph of item 2 counted as an item): kept as printed.
        assertEquals(List.of("1.", "2.", "4.", "5."), p.contents().stream().map(ContentItem::label).toList());
    }

    @ParameterizedTest(name = "from Word: {0}")
    @ValueSource(booleans = {true, false})
    void seed003ReadsEveryFieldItHolds(boolean word) {
        PlanReading r = read(SEED_003, word);
        if (word) {
            assertEquals(List.of("UBND TỈNH CAO BẰNG"), values(r, FieldKind.PARENT_AGENCY));
            assertEquals(List.of("SỞ NGOẠI VỤ"), values(r, FieldKind.AGENCY));
        }
        assertEquals(List.of("579"), values(r, FieldKind.NUMBER));
        assertEquals(List.of("KH"), values(r, FieldKind.CODE));
        assertEquals(List.of("SNgV"), values(r, FieldKind.ISSUER_CODE));
        assertEquals(List.of("Cao Bằng"), values(r, FieldKind.PLACE));
        assertEquals(List.of("20/3/2026"), values(r, FieldKind.DATE));
        assertEquals(Confidence.SURE, r.all(FieldKind.DATE).get(0).confidence());
        String movement = "“100 ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp "
                + "hành Đảng bộ tỉnh Cao Bằng”";
        assertEquals(List.of("Phát động phong trào thi đua " + movement), values(r, FieldKind.TITLE));
        assertEquals(List.of("Mục đích", "Yêu cầu").size(), 2);
        assertEquals(List.of("Phong trào thi đua triển khai đồng bộ, thiết thực, hiệu quả;",
                "Nội dung thi đua cụ thể, gắn với chức năng nhiệm vụ của Sở Ngoại vụ;",
                "Công tác khen thưởng đảm bảo khách quan, công bằng, kịp thời."), values(r, FieldKind.REQUIREMENT));
        assertEquals(List.of("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Giấy khen của Giám đốc Sở Ngoại vụ"),
                values(r, FieldKind.AWARD_FORM));
        assertEquals(List.of("Không quá 30%"), values(r, FieldKind.OVERALL_QUOTA));
        assertEquals(List.of("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), values(r, FieldKind.SIGNER_TITLE));
        assertEquals(List.of("Tô Thị Trang"), values(r, FieldKind.SIGNER_NAME));
        int sourceLine = r.all(FieldKind.SIGNER_NAME).get(0).paragraph();
        assertEquals("Tô Thị Trang", r.document().paragraphs().get(sourceLine).text());

        Plan p = draft(r);
        assertEquals(new PlanDate(2026, 3, 20), p.date());
        assertEquals(List.of(
                new DocumentRef("Kế hoạch", "641/KH-UBND", LocalDate.of(2026, 3, 12), "Ủy ban nhân dân tỉnh Cao Bằng",
                        "việc phát động Phong trào thi đua " + movement),
                new DocumentRef("Kế hoạch", "478/KH-SNgV", LocalDate.of(2026, 3, 10), "Sở Ngoại vụ",
                        "triển khai thực hiện Kế hoạch số 388/KH-UBND ngày 10/02/2026 của UBND tỉnh Cao Bằng về “100 "
                                + "ngày đêm thực hiện Kết luận của Đồng chí Tổng Bí thư Tô Lâm làm việc với Ban chấp hành "
                                + "Đảng bộ tỉnh Cao Bằng”")), p.basis());
        assertEquals("Sở Ngoại vụ xây dựng Kế hoạch phát động phong trào thi đua với các nội dung sau:", p.introduction());
        assertEquals(2, p.purposes().size());
        assertEquals(List.of(
                ContentItem.section("1.", "Thi đua tổ chức quán triệt, triển khai thực hiện Kết luận của đồng chí Tổng Bí thư",
                        "Tổ chức quán triệt, triển khai đến toàn thể công chức, viên chức và người lao động thuộc Sở "
                                + "Ngoại vụ về nội dung Kết luận của đồng chí Tổng Bí thư."),
                ContentItem.section("2.", "Thi đua nâng cao chất lượng tham mưu công tác đối ngoại", null,
                        ContentItem.text("-", "Đẩy mạnh hoạt động đối ngoại và hội nhập quốc tế;"),
                        ContentItem.text("-", "Nâng cao hiệu quả công tác quản lý nhà nước về biên giới lãnh thổ;"),
                        ContentItem.text("-", "Nâng cao hiệu quả công tác Thông tin đối ngoại, tuyên truyền đối ngoại;"),
                        ContentItem.text("-", "Nâng cao hiệu quả công tác lễ tân, hậu cần phục vụ các đoàn công tác của "
                                + "tỉnh đi nước ngoài và các đoàn khách nước ngoài đến công tác tại tỉnh.")),
                ContentItem.section("3.", "Thi đua cải cách hành chính, chuyển đổi số", null,
                        ContentItem.text("-", "Đẩy mạnh cải cách thủ tục hành chính;"),
                        ContentItem.text("-", "Tăng cường ứng dụng công nghệ thông tin trong xử lý công việc.")),
                ContentItem.section("4.", "Thi đua nâng cao kỷ luật, kỷ cương hành chính", null,
                        ContentItem.text("-", "Nâng cao tinh thần trách nhiệm công vụ;"),
                        ContentItem.text("-", "Chấn chỉnh tác phong, lề lối làm việc."))), p.contents());
        assertEquals(Period.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20)), p.period());
        assertEquals(4, p.criteria().stream().filter(c -> c.awardee() == Awardee.COLLECTIVE).count());
        assertEquals(List.of("Hoàn thành tốt nhiệm vụ được giao;", "Có sáng kiến, giải pháp hoặc cách làm hiệu quả;",
                "Gương mẫu chấp hành kỷ luật, kỷ cương hành chính."), p.criteria().stream()
                .filter(c -> c.awardee() == Awardee.INDIVIDUAL).map(AwardeeLine::text).toList());
        assertEquals(List.of(7L, 7L, 8L, 8L), p.offers().stream().map(AwardOffer::awardFormId).toList());
        List<String> standards = List.of(
                "Gương mẫu, chấp hành tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước;",
                "Có thành tích xuất sắc trong thực hiện phong trào thi đua;",
                "Đảm bảo các tiêu chuẩn khen thưởng các tập thể, cá nhân tiêu biểu xuất sắc trong thực hiện phong trào thi "
                        + "đua (theo hướng dẫn của cấp có thẩm quyền).");
        for (AwardOffer o : p.offers()) {
            assertEquals(standards, o.standards());
        }
        assertEquals(List.of("Tập thể tiêu biểu;"), p.offers().get(0).priorities());
        assertEquals(List.of("Cá nhân trực tiếp thực hiện nhiệm vụ.", "Hoàn thành tốt nhiệm vụ được giao;",
                "Có sáng kiến, giải pháp hiệu quả;", "Chấp hành tốt kỷ luật, kỷ cương hành chính."), p.offers().get(1).priorities());
        assertEquals(new Quota(null, new BigDecimal("30")), p.overallQuota());
        assertEquals(LocalDate.of(2026, 5, 25), p.dossierDeadline());
        assertEquals("Sở (qua Văn phòng)", p.dossierDestination());
        assertEquals(List.of("Các phòng thuộc Sở", "Văn phòng Sở"), p.duties().stream().map(d -> d.party()).toList());
        assertTrue(p.closing().startsWith("Trên đây là Kế hoạch phát động phong trào thi đua"));
        assertEquals(List.of("UBND tỉnh (b/c);", "Sở Nội vụ (Ban thi đua khen thưởng);", "Lãnh đạo Sở ;",
                "Các phòng chuyên môn;", "Trang Thông tin điện tử Sở ;", "Lưu: VT, VP."), p.recipients());
        assertEquals(new PlanSigner(2L, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR), p.signer());
    }

    @ParameterizedTest(name = "from Word: {0}")
    @ValueSource(booleans = {true, false})
    void seed002IsAKeyTaskPlanWithItsTasks(boolean word) {
        PlanReading r = read(SEED_002, word);
        assertEquals(PlanKind.TASK_PLAN, r.kind());
        assertEquals(List.of(""), values(r, FieldKind.NUMBER));
        assertEquals(List.of("KH"), values(r, FieldKind.CODE));
        assertEquals(List.of("Lạng Sơn"), values(r, FieldKind.PLACE));
        assertEquals(List.of("/01/2026"), values(r, FieldKind.DATE), "the day is left blank");
        assertEquals(List.of("Triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm 2026"),
                values(r, FieldKind.TITLE));
        assertEquals(List.of("Quyết định số 155/QĐ-UBND ngày 27/1/2026 của UBND tỉnh về việc phê duyệt nhiệm vụ trọng tâm "
                + "năm 2026 của các cơ quan, đơn vị trên địa bàn tỉnh"), values(r, FieldKind.BASIS));
        assertEquals(3, values(r, FieldKind.PURPOSE).size());
        assertEquals(2, values(r, FieldKind.DUTY).size());
        assertEquals(List.of("theo từng tháng, quý, năm"), values(r, FieldKind.REPORTING));
        assertEquals(7, values(r, FieldKind.RECIPIENT).size());
        assertEquals(List.of("Trịnh Tuyết Mai"), values(r, FieldKind.SIGNER_NAME));
        assertEquals(new PlanDate(2026, 1, null), PlanDrafts.planDate(values(r, FieldKind.DATE).get(0), 2000));

        List<ImportedTask> tasks = r.tasks();
        assertEquals(List.of("1", "2", "3", "4"), tasks.stream().map(ImportedTask::number).toList());
        assertEquals("Tiếp tục tham mưu hoàn thiện thể chế trong lĩnh vực đối ngoại.", tasks.get(0).content());
        String lead = "Phòng Hợp tác quốc tế - Văn phòng và Lãnh sự - Quản lý biên giới";
        assertTrue(tasks.stream().allMatch(t -> t.leadUnit().equals(lead) && t.section().equals("A")));
        String centre = "Trung tâm Thông tin và Dịch vụ đối ngoại";
        assertEquals(List.of(List.of(), List.of(centre), List.of(centre), List.of()),
                tasks.stream().map(ImportedTask::supportingUnits).toList());
        String json = PlanImportJson.write(r);
        assertTrue(json.contains("\"kind\" : \"TASK_PLAN\""));
        assertTrue(json.contains("\"leadUnit\" : \"" + lead + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SEED_001, SEED_002, SEED_003})
    void everyFieldPointsAtTheParagraphItCameFrom(String seed) {
        PlanReading r = ImportFixtures.docx(seed);
        for (FoundField f : r.fields()) {
            if (f.paragraph() >= 0) {
                assertEquals(r.document().paragraphs().get(f.paragraph()).display(), f.source(), f.kind().name());
            }
        }
    }
}
