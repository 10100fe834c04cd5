package vn.thidua.plans.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;

/**
 * The demo's plans: the two movement plans of the seed documents transcribed as issued plans, and a draft of this
 * year's regular movement with measurable targets. Written into the demo office's transaction.
 */
public final class DemoPlans {

    /** Seed 003 as issued: its number and date from the paper. */
    public static final int SEED_003_NUMBER = 579;
    public static final LocalDate SEED_003_DATE = LocalDate.of(2026, 3, 20);

    /**
     * Seed 001 is the unsigned copy ("Số: …", no date). The demo issues it through the numbering on a stand-in day
     * between its basis (15/5/2025) and the end of its first month; neither is the paper's.
     */
    public static final LocalDate SEED_001_DATE = LocalDate.of(2025, 5, 20);

    private static final String SO = "Sở Ngoại vụ";

    private DemoPlans() {
    }

    /** The ids of the plans written: seed 001, seed 003 and this year's draft. */
    public record Written(long seed001, long seed003, long draft) {
    }

    /** Writes the three plans on the demo office's connection; {@code today} dates the draft. */
    public static Written write(Connection c, LocalDate today) throws SQLException {
        Map<String, Long> forms = YearlyRecordRepository.awardFormIds(c);
        PlanSigner director = signer(c, "Trịnh Tuyết Mai", SignerRole.DIRECTOR);
        PlanSigner deputy = signer(c, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR);
        Long office = Jdbc.one(c, "SELECT id FROM unit WHERE short_name = 'HTQT-VP'", rs -> rs.getLong(1)).orElse(null);

        Plan p001 = PlanRepository.saveDraft(c, PlanRepository.clean(seed001(forms, director, office)));
        PlanRepository.issue(c, p001.id(), SEED_001_DATE, null);
        Plan p003 = PlanRepository.saveDraft(c, PlanRepository.clean(seed003(forms, deputy, office)));
        PlanRepository.issue(c, p003.id(), SEED_003_DATE, SEED_003_NUMBER);
        Plan draft = PlanRepository.saveDraft(c, PlanRepository.clean(regular(forms, director, office, today)));
        return new Written(p001.id(), p003.id(), draft.id());
    }

    private static PlanSigner signer(Connection c, String name, SignerRole role) throws SQLException {
        Long id = Jdbc.one(c, "SELECT id FROM signer WHERE full_name = ?", rs -> rs.getLong(1), name).orElse(null);
        return new PlanSigner(id, name, role);
    }

    /** Seed 001: the special campaign before the Party congresses, Lạng Sơn, 2025. */
    static Plan seed001(Map<String, Long> forms, PlanSigner signer, Long office) {
        String congress = "Đại hội đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII";
        String theme = "Đoàn kết, đổi mới, sáng tạo, thi đua lập thành tích xuất sắc chào mừng " + congress;
        DocumentRef ubnd134 = new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh",
                "phát động phong trào thi đua đặc biệt lập thành tích chào mừng " + congress);
        List<String> commonStandard = List.of("Gương mẫu, chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà "
                + "nước; nội quy, quy chế của cơ quan, đơn vị; hăng hái học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
        String provincialStandard = "Tiêu chuẩn khen thưởng đối với tập thể, cá nhân thực hiện theo quy định tại mục IV Kế "
                + "hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về phát động phong trào thi đua đặc biệt lập thành tích "
                + "chào mừng " + congress + ".";
        return new Plan(null, "KH", null, PlanStatus.DRAFT, "Lạng Sơn", PlanDate.month(2025, 5),
                "Phát động phong trào thi đua đặc biệt lập thành tích chào mừng " + congress,
                List.of(ubnd134),
                SO + " ban hành Kế hoạch phát động phong trào thi đua với chủ đề: “" + theme + "”, cụ thể như sau:",
                theme,
                List.of("Huy động sức mạnh tổng hợp của tập thể; cổ vũ, động viên cán bộ, công chức, viên chức, người lao "
                        + "động và đảng viên trong cơ quan ra sức thi đua học tập, lao động, sản xuất phấn đấu thực hiện thắng "
                        + "lợi các mục tiêu, chỉ tiêu, nhiệm vụ công tác đối ngoại năm 2025 và cả nhiệm kỳ 2020 – 2025; Nghị "
                        + "quyết Đại hội Đảng bộ tỉnh lần thứ XVII; phấn đấu hoàn thành tốt các nhiệm vụ được giao để chào mừng "
                        + "Đại hội đảng bộ các cấp trong Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.",
                        "Biểu dương, khen thưởng, nhân rộng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong phong "
                        + "trào thi đua."),
                List.of("Việc thực hiện phong trào thi đua phải được tổ chức triển khai sâu rộng, gắn với việc thực hiện nội "
                        + "dung “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, Nghị quyết Đại hội đại biểu "
                        + "toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và việc thực hiện "
                        + "nhiệm vụ chính trị của cơ quan, đơn vị."),
                List.of(), List.of(),
                // The copy's automatic numbering counts a paragraph of item 2 as an item of its own (1, 2, 4, 5 as
                // printed); the paragraph is joined back to item 2 here.
                List.of(
                        ContentItem.text("1.", "Chuẩn bị chu đáo, có chất lượng, tổ chức thành công Đại hội Chi bộ Sở Ngoại vụ "
                                + "tiến tới Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII và Đại hội đại biểu toàn quốc lần thứ "
                                + "XIV của Đảng; Hội nghị biểu dương điển hình tiên tiến các cấp, Đại hội thi đua yêu nước tỉnh "
                                + "Lạng Sơn lần thứ VI tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ XI."),
                        ContentItem.text("2.", "Thực hiện hiệu quả, chất lượng công tác giáo dục chính trị tư tưởng, gắn với "
                                + "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đẩy mạnh phong trào thi đua và "
                                + "phấn đấu hoàn thành xuất sắc các nhiệm vụ trọng tâm của Sở năm 2025. Tiếp tục thực hiện “Dân "
                                + "vận khéo” trên các lĩnh vực; gắn với nhiệm vụ chính trị, dưới sự chỉ đạo trực tiếp của Chi bộ "
                                + "Sở Ngoại vụ và Lãnh đạo Sở. Phát huy tinh thần đoàn kết; vận động toàn thể công chức, viên "
                                + "chức và người lao động trong cơ quan thực hiện hiệu quả các phong trào thi đua yêu nước. Tiếp "
                                + "tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở Đảng và đảng viên."),
                        ContentItem.text("3.", "Đẩy mạnh phong trào thi đua trên mọi lĩnh vực công tác; thi đua phát huy sáng "
                                + "kiến, mô hình mới, cách làm hay, sáng tạo và giải pháp đột phá trong công tác, góp phần nâng "
                                + "cao năng suất, chất lượng, hoàn thành xuất sắc nhiệm vụ được giao."),
                        ContentItem.text("4.", "Thực hiện có hiệu quả công tác cải cách hành chính, chuyển đổi số và phòng trào "
                                + "“Bình dân học vụ số” trong cơ quan; chủ động phòng chống tham nhũng, tiêu cực, thực hành tiết "
                                + "kiệm, chống lãng phí; thực hiện tốt quy chế dân chủ ở cơ sở. Xây dựng Chi bộ trong sạch vững "
                                + "mạnh, cơ quan công sở văn minh, văn hóa, an toàn, đội ngũ cán bộ tác phong làm việc chuyên "
                                + "nghiệp, hiện đại, thực hiện nghiêm túc các chuẩn mực đạo đức công vụ của cơ quan.")),
                Period.months(2025, 5, 2025, 10), MovementForm.CAMPAIGN,
                List.of(new AwardeeLine(Awardee.COLLECTIVE, "các phòng, đơn vị trực thuộc."),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Công chức, viên chức và người lao động.")),
                List.of(),
                List.of(new AwardOffer(forms.get("GK_SO"), Awardee.COLLECTIVE, "Tập thể có thành tích xuất sắc, tiêu biểu, "
                                + "nổi trội, góp phần hoàn thành tốt các nhiệm vụ chính trị của Sở, đạt các tiêu chuẩn sau:",
                                concat(commonStandard, List.of(
                                        "Chấp hành nghiêm kỷ luật, kỷ cương hành chính; thực hành tiết kiệm, chống lãng phí; "
                                                + "đảm bảo thực hiện tốt quy chế dân chủ ở cơ sở, nội bộ đoàn kết;",
                                        "Tích cự tham gia đợt thi đua đặc biệt; hoàn thành 100% các nhiệm vụ được giao theo "
                                                + "Chương trình, kế hoạch công tác trong 10 tháng đầu năm 2025; có nhiều thành tích, "
                                                + "sáng kiến, sản phẩm, kết quả cụ thể được cấp có thẩm quyền công nhận.")),
                                Quota.count(1), List.of()),
                        new AwardOffer(forms.get("GK_SO"), Awardee.INDIVIDUAL, "Cá nhân có thành tích xuất sắc, tiêu biểu, "
                                + "nổi trội, đạt các tiêu chuẩn sau:",
                                concat(commonStandard, List.of("Tích cực tham gia đợt thi đua đặc biệt; có tinh thần đoàn kết, "
                                        + "ý thức trách nhiệm; thực hiện nghiêm túc các chuẩn mực đạo đức công vụ của cơ quan; chủ "
                                        + "động, sáng tạo nâng cao chất lượng, hiệu quả công tác, là tấm gương tiêu biểu, nổi trội, "
                                        + "có nhiều thành tích, sáng kiến, giải pháp sáng tạo trong thực hiện nhiệm vụ; được đánh "
                                        + "giá hoàn thành tốt 100% các nhiệm vụ được giao trong 10 tháng đầu năm 2025.")),
                                Quota.count(3), List.of()),
                        new AwardOffer(forms.get("BK_TINH"), Awardee.COLLECTIVE, null, List.of(provincialStandard),
                                Quota.NONE, List.of()),
                        new AwardOffer(forms.get("BK_TINH"), Awardee.INDIVIDUAL, null, List.of(provincialStandard),
                                Quota.NONE, List.of())),
                Quota.NONE,
                List.of("Biên bản họp xét khen thưởng của phòng, đơn vị;",
                        "Tóm tắt thành tích của tập thể, cá nhân đề nghị khen thưởng;",
                        "Báo cáo thành tích của tập thể, cá nhân theo mẫu số 08 Phụ lục I ban hành kèm theo Nghị định số "
                                + "98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật "
                                + "Thi đua, khen thưởng."),
                LocalDate.of(2025, 10, 30),
                "Văn phòng Sở (bộ phận thường trực Hội đồng Thi đua - Khen thưởng Văn phòng)",
                List.of(new Duty(null, "Lãnh đạo các phòng, đơn vị trực thuộc", "Lãnh đạo các phòng, đơn vị trực thuộc có "
                                + "trách nhiệm quán triệt thực hiện phong trào thi đua đảm bảo thiết thực, hiệu quả; bình xét, "
                                + "đề xuất khen thưởng cho tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong phong trào thi đua."),
                        new Duty(office, "Văn phòng Sở", "Giao Văn phòng Sở (bộ phận thường trực Hội đồng Thi đua - Khen "
                                + "thưởng Văn phòng) theo dõi, hướng dẫn, đôn đốc việc triển khai thực hiện phong trào thi đua; "
                                + "tổng hợp và trình xét, đề nghị khen thưởng thành tích thi đua cho tập thể và cá nhân theo quy định.")),
                SO + " đề nghị toàn thể công chức, viên chức và người lao động trong cơ quan phát huy truyền thống yêu nước, "
                        + "hăng hái thi đua, lập thành tích chào mừng " + congress + "./.",
                List.of("Các đơn vị trong Cụm TĐTMTH (VP Đoàn ĐBQH và HĐND tỉnh, VP UBND tỉnh; các Sở: Tư pháp, Nội vụ, Tài chính);",
                        "Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc;", "Trang thông tin điện tử Sở;", "Lưu: VT."),
                signer);
    }

    /** Seed 003: "100 ngày đêm", Sở Ngoại vụ tỉnh Cao Bằng, 579/KH-SNgV of 20/3/2026. */
    static Plan seed003(Map<String, Long> forms, PlanSigner signer, Long office) {
        String movement = "“100 ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp "
                + "hành Đảng bộ tỉnh Cao Bằng”";
        List<String> standards = List.of(
                "Gương mẫu, chấp hành tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước;",
                "Có thành tích xuất sắc trong thực hiện phong trào thi đua;",
                "Đảm bảo các tiêu chuẩn khen thưởng các tập thể, cá nhân tiêu biểu xuất sắc trong thực hiện phong trào thi "
                        + "đua (theo hướng dẫn của cấp có thẩm quyền).");
        List<String> collectivePriority = List.of("Tập thể tiêu biểu;");
        // As printed: the second priority is followed by what such a person must have done.
        List<String> individualPriority = List.of("Cá nhân trực tiếp thực hiện nhiệm vụ.",
                "Hoàn thành tốt nhiệm vụ được giao;", "Có sáng kiến, giải pháp hiệu quả;",
                "Chấp hành tốt kỷ luật, kỷ cương hành chính.");
        return new Plan(null, "KH", null, PlanStatus.DRAFT, "Cao Bằng", PlanDate.month(2026, 3),
                "Phát động phong trào thi đua " + movement,
                List.of(new DocumentRef("Kế hoạch", "641/KH-UBND", LocalDate.of(2026, 3, 12), "Ủy ban nhân dân tỉnh Cao Bằng",
                                "việc phát động Phong trào thi đua " + movement),
                        new DocumentRef("Kế hoạch", "478/KH-SNgV", LocalDate.of(2026, 3, 10), SO,
                                "triển khai thực hiện Kế hoạch số 388/KH-UBND ngày 10/02/2026 của UBND tỉnh Cao Bằng về “100 "
                                        + "ngày đêm thực hiện Kết luận của Đồng chí Tổng Bí thư Tô Lâm làm việc với Ban chấp hành "
                                        + "Đảng bộ tỉnh Cao Bằng”")),
                SO + " xây dựng Kế hoạch phát động phong trào thi đua với các nội dung sau:",
                null,
                List.of("Phát động phong trào thi đua sâu rộng trong toàn thể công chức, viên chức và người lao động Sở Ngoại "
                                + "vụ nhằm tạo khí thế thi đua sôi nổi, quyết tâm thực hiện hiệu quả Kết luận của đồng chí Tổng "
                                + "Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng và các nhiệm vụ, giải pháp trong "
                                + "Kế hoạch số 388/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh (UBND) 100 ngày đêm thực hiện "
                                + "Kết luận của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng.",
                        "Thông qua phong trào thi đua, tạo chuyên biến rõ nét trong công tác tham mưu triển khai các lĩnh vực "
                                + "đối ngoại; góp phần nâng cao kỷ luật, kỷ cương hành chính công sở."),
                List.of("Phong trào thi đua triển khai đồng bộ, thiết thực, hiệu quả;",
                        "Nội dung thi đua cụ thể, gắn với chức năng nhiệm vụ của Sở Ngoại vụ;",
                        "Công tác khen thưởng đảm bảo khách quan, công bằng, kịp thời."),
                List.of(), List.of(),
                List.of(
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
                                ContentItem.text("-", "Chấn chỉnh tác phong, lề lối làm việc."))),
                Period.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20)), MovementForm.CAMPAIGN,
                List.of(),
                List.of(new AwardeeLine(Awardee.COLLECTIVE, "Hoàn thành đúng tiến độ, bảo đảm chất lượng các nhiệm vụ được giao "
                                + "theo Kế hoạch số 388/KH-UBND ngày 10/02/2026 của UBND tỉnh Cao Bằng và Kế hoạch số 478/KH-SNgV "
                                + "ngày 10/3/2026 của Sở Ngoại vụ đồng thời đáp ứng các tiêu chí sau:"),
                        new AwardeeLine(Awardee.COLLECTIVE, "Ban hành Kế hoạch triển khai cụ thể, phù hợp với chức năng, nhiệm "
                                + "vụ của cơ quan, đơn vị; tổ chức thực hiện nghiêm túc, hiệu quả;"),
                        new AwardeeLine(Awardee.COLLECTIVE, "Có giải pháp, cách làm sáng tạo, hiệu quả trong triển khai thực hiện "
                                + "nhiệm vụ;"),
                        new AwardeeLine(Awardee.COLLECTIVE, "Thực hiện tốt kỷ luật, kỷ cương hành chính; thực hiện chế độ thông "
                                + "tin, báo cáo đầy đủ, kịp thời theo yêu cầu."),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Hoàn thành tốt nhiệm vụ được giao;"),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Có sáng kiến, giải pháp hoặc cách làm hiệu quả;"),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Gương mẫu chấp hành kỷ luật, kỷ cương hành chính.")),
                List.of(new AwardOffer(forms.get("BK_TINH"), Awardee.COLLECTIVE, null, standards, Quota.NONE, collectivePriority),
                        new AwardOffer(forms.get("BK_TINH"), Awardee.INDIVIDUAL, null, standards, Quota.NONE, individualPriority),
                        new AwardOffer(forms.get("GK_SO"), Awardee.COLLECTIVE, null, standards, Quota.NONE, collectivePriority),
                        new AwardOffer(forms.get("GK_SO"), Awardee.INDIVIDUAL, null, standards, Quota.NONE, individualPriority)),
                Quota.percent("30"),
                List.of(),
                LocalDate.of(2026, 5, 25), "Sở (qua Văn phòng)",
                List.of(new Duty(null, "Các phòng thuộc Sở", "Các phòng thuộc Sở, triển khai, tổ chức thực hiện kế hoạch này "
                                + "đạt hiệu quả; lựa chọn tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong Phong trào thi "
                                + "đưa gửi về Sở (qua Văn phòng) trước ngày 25/5/2026 để tổng hợp xem xét khen thưởng theo thẩm "
                                + "quyền và trình cấp thẩm quyền xem xét, quyết định."),
                        new Duty(office, "Văn phòng Sở", "Văn phòng Sở phối hợp chặt chẽ với các phòng theo dõi đơn đốc, kiểm "
                                + "tra việc triển khai thực hiện Kế hoạch này. Tham mưu tổng hợp danh sách đề nghị khen trình Hội "
                                + "đồng thi đua khen thưởng xem xét, dựa trên kết quả thống nhất đề xuất Giám đốc Sở quyết định "
                                + "biểu dương, khen thưởng kịp thời cho các tập thể và cá nhân có thành tích xuất sắc trong Phong "
                                + "trào thi đua theo thẩm quyền và trình cấp thẩm quyền xem xét, quyết định.")),
                "Trên đây là Kế hoạch phát động phong trào thi đua " + movement + " của Sở Ngoại vụ tỉnh Cao Bằng. Đề nghị các "
                        + "phòng, cá nhân tích cực hưởng ứng, triển khai thực hiện phong trào thi đua./.",
                List.of("UBND tỉnh (b/c);", "Sở Nội vụ (Ban thi đua khen thưởng);", "Lãnh đạo Sở;", "Các phòng chuyên môn;",
                        "Trang Thông tin điện tử Sở;", "Lưu: VT, VP."),
                signer);
    }

    /** This year's regular movement, a draft dated with the month only, its targets measurable from the records. */
    static Plan regular(Map<String, Long> forms, PlanSigner signer, Long office, LocalDate today) {
        int year = today.getYear();
        String standardLdtt = "Hoàn thành tốt nhiệm vụ được giao trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp "
                + "luật của Nhà nước; không bị kỷ luật.";
        return new Plan(null, "KH", null, PlanStatus.DRAFT, "Lạng Sơn", PlanDate.month(year, today.getMonthValue()),
                "Phát động phong trào thi đua thường xuyên năm " + year,
                List.of(new DocumentRef("Luật", "06/2022/QH15", LocalDate.of(2022, 6, 15), "Quốc hội", "Thi đua, khen thưởng"),
                        new DocumentRef("Nghị định", "152/2025/NĐ-CP", LocalDate.of(2025, 6, 14), "Chính phủ",
                                "quy định chi tiết một số điều của Luật Thi đua, khen thưởng")),
                SO + " ban hành Kế hoạch phát động phong trào thi đua thường xuyên năm " + year + " với chủ đề: “Kỷ cương, "
                        + "trách nhiệm, đổi mới, sáng tạo”, cụ thể như sau:",
                "Kỷ cương, trách nhiệm, đổi mới, sáng tạo",
                List.of("Động viên công chức, viên chức và người lao động thi đua hoàn thành xuất sắc nhiệm vụ đối ngoại năm "
                        + year + "."),
                List.of("Phong trào thi đua thiết thực, hiệu quả; khen thưởng chính xác, công khai, công bằng, kịp thời."),
                List.of("Hoàn thành toàn diện các nhiệm vụ trọng tâm của Sở năm " + year + "."),
                List.of(new Target("≥ 90% CCVC, NLĐ hoàn thành tốt nhiệm vụ trở lên", TargetMeasure.SHARE_RATED_GOOD_OR_BETTER,
                                new java.math.BigDecimal("90")),
                        new Target("Mỗi năm ít nhất 01 sáng kiến được công nhận", TargetMeasure.INNOVATIONS_PER_YEAR,
                                java.math.BigDecimal.ONE),
                        new Target("Không quá 2% CCVC, NLĐ bị kỷ luật", TargetMeasure.SHARE_DISCIPLINED,
                                new java.math.BigDecimal("2")),
                        Target.text("100% CCVC tham gia học tập")),
                List.of(ContentItem.section("1.", "Thi đua thực hiện tốt nhiệm vụ chính trị", null,
                                ContentItem.text("-", "Hoàn thành đúng tiến độ, chất lượng các nhiệm vụ được giao;"),
                                ContentItem.text("-", "Phát huy sáng kiến, cải tiến lề lối làm việc.")),
                        ContentItem.text("2.", "Thi đua cải cách hành chính, chuyển đổi số, thực hành tiết kiệm, chống lãng phí.")),
                Period.fromIssueUntil(LocalDate.of(year, 12, 31)), MovementForm.REGULAR,
                List.of(new AwardeeLine(Awardee.COLLECTIVE, "Các phòng, đơn vị trực thuộc."),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Công chức, viên chức và người lao động.")),
                List.of(),
                List.of(new AwardOffer(forms.get("LDTT"), Awardee.INDIVIDUAL, null, List.of(standardLdtt), Quota.NONE, List.of()),
                        new AwardOffer(forms.get("CSTD_CS"), Awardee.INDIVIDUAL, null, List.of("Đạt danh hiệu Lao động tiên "
                                + "tiến và có sáng kiến được công nhận hoặc hoàn thành xuất sắc nhiệm vụ."), Quota.percent("15"),
                                List.of("Ưu tiên cá nhân trực tiếp thực hiện nhiệm vụ.")),
                        new AwardOffer(forms.get("TT_LDTT"), Awardee.COLLECTIVE, null, List.of("Hoàn thành tốt nhiệm vụ; ít nhất "
                                + "70% thành viên đạt Lao động tiên tiến; không có thành viên bị kỷ luật."), Quota.NONE, List.of()),
                        new AwardOffer(forms.get("GK_SO"), Awardee.INDIVIDUAL, null, List.of("Có thành tích xuất sắc trong năm."),
                                Quota.count(3), List.of())),
                Quota.NONE,
                List.of("Tờ trình đề nghị khen thưởng của phòng, đơn vị;", "Biên bản họp xét khen thưởng;",
                        "Báo cáo thành tích của tập thể, cá nhân."),
                LocalDate.of(year, 12, 10), "Văn phòng Sở (bộ phận thường trực Hội đồng Thi đua - Khen thưởng)",
                List.of(new Duty(office, "Văn phòng Sở", "Văn phòng Sở theo dõi, đôn đốc, tổng hợp kết quả phong trào thi đua.")),
                null,
                List.of("Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc;", "Lưu: VT, VP."),
                signer);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
