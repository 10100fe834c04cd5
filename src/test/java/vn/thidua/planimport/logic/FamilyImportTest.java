package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.planimport.logic.ImportFixtures.values;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.Templates;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.planimport.model.SourceEncoding;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.SamplePlans;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.TargetMeasure;

/**
 * Plans of the same family the seeds never show: other offices, other wording and order, headings in bold or made by
 * Word's lists, the header and the footer in tables, old encodings, decomposed accents, text pasted with its header
 * columns on one line, and the program's own printed plans read back.
 */
class FamilyImportTest {

    @TempDir
    Path dir;

    private static Plan draft(PlanReading r) {
        return PlanDrafts.draft(r.fields(), ImportFixtures.office(), 2020).plan();
    }

    private static PlanReading read(byte[] docx) {
        return PlanReader.read(DocumentReader.docx(docx, "test.docx"));
    }

    /** A Sở Tư pháp plan: header and footer in tables, Word-numbered sections, bold unnumbered headings, "a)" duties. */
    private static byte[] justicePlan(String font, UnaryOperator<String> encoder) {
        TestDocx d = new TestDocx();
        if (font != null) {
            d.font(font, encoder);
        }
        BigInteger sections = d.list(new String[] {"upperRoman", "%1."}, new String[] {"decimal", "%2."},
                new String[] {"lowerLetter", "%3)"});
        BigInteger bullets = d.list(new String[] {"bullet", "-"}, new String[] {"bullet", "+"});
        d.table(new String[] {"UBND TỈNH BẮC GIANG", "SỞ TƯ PHÁP", "Số: 12/KH-STP"},
                        new String[] {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                "Bắc Giang, ngày 05 tháng 02 năm 2026"})
                .bold("KẾ HOẠCH")
                .bold("Phát động phong trào thi đua thường xuyên\nnăm 2026 của Sở Tư pháp")
                .p("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                .p("Căn cứ Quyết định số 25/2023/QĐ-UBND ngày 10 tháng 8 năm 2023 của UBND tỉnh Bắc Giang về ban hành Quy "
                        + "chế công tác thi đua, khen thưởng;")
                .p("Sở Tư pháp xây dựng Kế hoạch phát động phong trào thi đua năm 2026 với chủ đề \"Kỷ cương, trách nhiệm, "
                        + "hiệu quả\" như sau:")
                .bold("MỤC ĐÍCH, YÊU CẦU")
                .listed(bullets, 0, "Động viên công chức, viên chức thi đua hoàn thành xuất sắc nhiệm vụ năm 2026.")
                .listed(sections, 0, "MỤC TIÊU, CHỈ TIÊU")
                .listed(bullets, 0, "Phấn đấu ≥ 90% CCVC hoàn thành tốt nhiệm vụ trở lên;")
                .listed(bullets, 0, "Mỗi năm có ít nhất 02 sáng kiến được công nhận;")
                .listed(bullets, 0, "Giữ vững đoàn kết nội bộ.")
                .listed(sections, 0, "NỘI DUNG THI ĐUA")
                .listed(sections, 1, "Thi đua thực hiện tốt nhiệm vụ chuyên môn")
                .listed(bullets, 0, "Nâng cao chất lượng thẩm định văn bản;")
                .listed(bullets, 0, "Đẩy mạnh phổ biến, giáo dục pháp luật.")
                .listed(sections, 1, "Thi đua cải cách hành chính, chuyển đổi số.")
                .listed(sections, 0, "THỜI GIAN THỰC HIỆN")
                .p("Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2030.")
                .listed(sections, 0, "KHEN THƯỞNG")
                .listed(sections, 1, "Hình thức khen thưởng")
                .listed(bullets, 0, "Cờ thi đua của Ủy ban nhân dân tỉnh;")
                .listed(bullets, 0, "Giấy khen của Giám đốc Sở.")
                .listed(sections, 1, "Số lượng khen thưởng")
                .p("Số lượng khen thưởng không quá 20% tổng số tập thể, cá nhân tham gia phong trào.")
                .listed(sections, 1, "Hồ sơ đề nghị khen thưởng")
                .listed(bullets, 0, "Tờ trình đề nghị khen thưởng;")
                .listed(bullets, 0, "Báo cáo thành tích theo mẫu số 05.")
                .p("Hồ sơ gửi về Văn phòng Sở chậm nhất ngày 15/11/2026.")
                .listed(sections, 0, "TỔ CHỨC THỰC HIỆN")
                .listed(sections, 2, "Văn phòng Sở chủ trì, theo dõi, tổng hợp kết quả thi đua.")
                .listed(sections, 2, "Các phòng, đơn vị có trách nhiệm triển khai Kế hoạch này.")
                .p("Trên đây là Kế hoạch phát động phong trào thi đua năm 2026 của Sở Tư pháp./.")
                .table(new String[] {"Nơi nhận:", "- Sở Nội vụ;", "- Lãnh đạo Sở;", "- Lưu: VT, VP."},
                        new String[] {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn An"});
        return d.bytes();
    }

    @Test
    void aPlanOfAnotherOfficeWithTablesListsAndBoldHeadingsReadsWhole() {
        PlanReading r = read(justicePlan(null, null));
        assertJusticePlan(r);
        assertEquals(SourceEncoding.UNICODE, r.document().encoding());
    }

    private static void assertJusticePlan(PlanReading r) {
        assertEquals(PlanKind.MOVEMENT, r.kind());
        assertEquals(List.of("UBND TỈNH BẮC GIANG"), values(r, FieldKind.PARENT_AGENCY));
        assertEquals(List.of("SỞ TƯ PHÁP"), values(r, FieldKind.AGENCY));
        assertEquals(List.of("12"), values(r, FieldKind.NUMBER));
        assertEquals(List.of("STP"), values(r, FieldKind.ISSUER_CODE));
        assertEquals(List.of("Bắc Giang"), values(r, FieldKind.PLACE));
        assertEquals(List.of("05/02/2026"), values(r, FieldKind.DATE));
        assertEquals(List.of("Phát động phong trào thi đua thường xuyên năm 2026 của Sở Tư pháp"), values(r, FieldKind.TITLE));
        assertEquals(List.of("Kỷ cương, trách nhiệm, hiệu quả"), values(r, FieldKind.THEME));
        assertEquals(List.of("MỤC ĐÍCH, YÊU CẦU", "I. MỤC TIÊU, CHỈ TIÊU", "II. NỘI DUNG THI ĐUA", "III. THỜI GIAN THỰC HIỆN",
                "IV. KHEN THƯỞNG", "V. TỔ CHỨC THỰC HIỆN"), values(r, FieldKind.SECTION));
        assertEquals(List.of("Động viên công chức, viên chức thi đua hoàn thành xuất sắc nhiệm vụ năm 2026."),
                values(r, FieldKind.PURPOSE));
        assertEquals(List.of("Giữ vững đoàn kết nội bộ."), values(r, FieldKind.OBJECTIVE));
        assertEquals(List.of("Cờ thi đua của Ủy ban nhân dân tỉnh", "Giấy khen của Giám đốc Sở"), values(r, FieldKind.AWARD_FORM));
        assertEquals(List.of("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), values(r, FieldKind.SIGNER_TITLE));
        assertEquals(List.of("Sở Nội vụ;", "Lãnh đạo Sở;", "Lưu: VT, VP."), values(r, FieldKind.RECIPIENT));

        Plan p = draft(r);
        assertEquals(1, p.basis().size(), "the law is cited without a number: left in the introduction");
        assertEquals("25/2023/QĐ-UBND", p.basis().get(0).number());
        assertEquals(LocalDate.of(2023, 8, 10), p.basis().get(0).date());
        assertEquals("UBND tỉnh Bắc Giang", p.basis().get(0).issuer());
        assertEquals(2, p.targets().size());
        assertEquals(TargetMeasure.SHARE_RATED_GOOD_OR_BETTER, p.targets().get(0).measure());
        assertEquals(new BigDecimal("90"), p.targets().get(0).threshold());
        assertEquals(TargetMeasure.INNOVATIONS_PER_YEAR, p.targets().get(1).measure());
        assertEquals(new BigDecimal("2"), p.targets().get(1).threshold());
        assertEquals(List.of("1.", "2."), p.contents().stream().map(c -> c.label()).toList());
        assertEquals(2, p.contents().get(0).children().size());
        assertEquals(Period.fromIssueUntil(LocalDate.of(2030, 12, 31)), p.period());
        assertEquals(vn.thidua.plans.model.MovementForm.REGULAR, p.movementForm());
        assertEquals(List.of(6L, 8L, 8L), p.offers().stream().map(AwardOffer::awardFormId).toList(),
                "the flag is for collectives only");
        assertEquals(Awardee.COLLECTIVE, p.offers().get(0).awardee());
        assertEquals(new Quota(null, new BigDecimal("20")), p.overallQuota());
        assertEquals(List.of("Tờ trình đề nghị khen thưởng;", "Báo cáo thành tích theo mẫu số 05."), p.dossierDocuments());
        assertEquals(LocalDate.of(2026, 11, 15), p.dossierDeadline());
        assertEquals("Văn phòng Sở", p.dossierDestination());
        assertEquals(List.of("Văn phòng Sở", "Các phòng, đơn vị"), p.duties().stream().map(d -> d.party()).toList());
        assertEquals(2L, p.duties().get(0).unitId());
        assertEquals("Trên đây là Kế hoạch phát động phong trào thi đua năm 2026 của Sở Tư pháp./.", p.closing());
        assertEquals(new PlanSigner(null, "Nguyễn Văn An", SignerRole.DEPUTY_DIRECTOR), p.signer());
    }

    @Test
    void aPlanTypedInTcvn3FontsReadsAsUnicode() {
        PlanReading r = read(justicePlan(".VnTime", LegacyEncodings::toTcvn3));
        assertEquals(SourceEncoding.TCVN3, r.document().encoding());
        assertJusticePlan(r);
    }

    @Test
    void aPlanTypedInVniFontsReadsAsUnicode() {
        PlanReading r = read(justicePlan("VNI-Times", LegacyEncodings::toVni));
        assertEquals(SourceEncoding.VNI, r.document().encoding());
        assertJusticePlan(r);
    }

    @Test
    void pastedTextInVniOrWithDecomposedAccentsReadsAsUnicode() {
        String text = String.join("\n", "UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ NGOẠI VỤ\tĐộc lập - Tự do - Hạnh phúc", "Số:      /KH-SNgV\tLạng Sơn, ngày      tháng 4 năm 2026", "",
                "KẾ HOẠCH", "Phát động thi đua chuyên đề “Dân vận khéo” năm 2026", "",
                "Thực hiện Kế hoạch số 20/KH-UBND ngày 01/3/2026 của UBND tỉnh về phong trào “Dân vận khéo”; Sở Ngoại vụ "
                        + "ban hành Kế hoạch như sau:",
                "I. THỜI GIAN", "Thời gian thi đua từ 01/4/2026 đến 30/9/2026.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC",
                "Trịnh Tuyết Mai");
        for (String pasted : List.of(LegacyEncodings.toVni(text), Normalizer.normalize(text, Normalizer.Form.NFD))) {
            PlanReading r = PlanReader.read(DocumentReader.text(pasted));
            assertEquals(List.of("UBND TỈNH LẠNG SƠN"), values(r, FieldKind.PARENT_AGENCY));
            assertEquals(List.of("SỞ NGOẠI VỤ"), values(r, FieldKind.AGENCY));
            assertEquals(List.of(""), values(r, FieldKind.NUMBER));
            assertEquals(List.of("/4/2026"), values(r, FieldKind.DATE));
            assertEquals(List.of("Phát động thi đua chuyên đề “Dân vận khéo” năm 2026"), values(r, FieldKind.TITLE));
            assertEquals(List.of("THEMATIC"), values(r, FieldKind.MOVEMENT_FORM));
            Plan p = draft(r);
            assertEquals("20/KH-UBND", p.basis().get(0).number());
            assertEquals(Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)), p.period());
            assertEquals("Trịnh Tuyết Mai", p.signer().fullName());
        }
    }

    @Test
    void theProgramsOwnPrintedPlanReadsBackToThePlan() throws Exception {
        Plan original = SamplePlans.seed003();
        var document = PlanDocument.of(original, SamplePlans.agency(), SamplePlans.formNames());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(new Templates(dir)).write(document, Templates.DEFAULT, out);
        Plan p = draft(read(out.toByteArray()));
        assertEquals(original.title(), p.title());
        assertEquals(original.place(), p.place());
        assertEquals(original.date(), p.date());
        assertEquals(original.number(), p.number());
        assertEquals(original.basis(), p.basis());
        assertEquals(original.purposes(), p.purposes());
        assertEquals(original.requirements(), p.requirements());
        assertEquals(original.contents(), p.contents());
        assertEquals(original.period(), p.period());
        assertEquals(original.criteria(), p.criteria());
        assertEquals(original.overallQuota(), p.overallQuota());
        assertEquals(original.dossierDeadline(), p.dossierDeadline());
        assertEquals(original.duties().stream().map(d -> d.text()).toList(), p.duties().stream().map(d -> d.text()).toList());
        assertEquals(original.closing(), p.closing());
        assertEquals(original.recipients().subList(0, original.recipients().size() - 1),
                p.recipients().subList(0, p.recipients().size() - 1));
        assertEquals(original.signer().fullName(), p.signer().fullName());
        assertEquals(original.signer().role(), p.signer().role());
        assertTrue(p.offers().size() >= 2);
    }

    @Test
    void anAppendixTaskTableGivesTheTasksWithTheirUnitsDeadlinesAndProducts() {
        byte[] docx = new TestDocx()
                .bold("KẾ HOẠCH").bold("Triển khai nhiệm vụ trọng tâm năm 2027")
                .p("I. MỤC ĐÍCH, YÊU CẦU").p("- Hoàn thành các nhiệm vụ được giao.")
                .p("PHỤ LỤC").p("(Kèm theo Kế hoạch số /KH-SNgV)")
                .rows(new String[] {"TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
                        new String[] {"A", "NHIỆM VỤ TRỌNG TÂM", "", "", "", ""},
                        new String[] {"1", "Tham mưu hoàn thiện thể chế", "Phòng HTQT-VP", "Phòng LS-QLBG; Trung tâm TTDVĐN",
                                "Quý II/2027", "Quyết định của UBND tỉnh"},
                        new String[] {"B", "CHƯƠNG TRÌNH CÔNG TÁC", "", "", "", ""},
                        new String[] {"1", "Tổ chức đoàn công tác", "Phòng LS-QLBG", "", "Tháng 10/2027", "Báo cáo kết quả"})
                .p("Nơi nhận:").p("- Lưu: VT.").p("GIÁM ĐỐC").p("Trịnh Tuyết Mai").bytes();
        PlanReading r = read(docx);
        assertEquals(PlanKind.TASK_PLAN, r.kind());
        assertEquals(2, r.tasks().size());
        var first = r.tasks().get(0);
        assertEquals("A", first.section());
        assertEquals("Tham mưu hoàn thiện thể chế", first.content());
        assertEquals("Phòng HTQT-VP", first.leadUnit());
        assertEquals(List.of("Phòng LS-QLBG", "Trung tâm TTDVĐN"), first.supportingUnits());
        assertEquals("Quý II/2027", first.deadline());
        assertEquals("Quyết định của UBND tỉnh", first.product());
        assertEquals("B", r.tasks().get(1).section());
        assertEquals("Tháng 10/2027", r.tasks().get(1).deadline());
    }
}
