package vn.thidua.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** A draft plan with every part filled, to change one thing at a time: {@code aPlan(formId).titled("…").build()}. */
public final class PlanBuilder {

    private Long id;
    private String code = "KH";
    private String title = "Phát động phong trào thi đua thường xuyên năm 2026";
    private PlanDate date = PlanDate.month(2026, 1);
    private Period period = Period.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30));
    private LocalDate deadline = LocalDate.of(2026, 11, 20);
    private List<Target> targets = new ArrayList<>(List.of(
            new Target("≥ 90% CCVC hoàn thành tốt nhiệm vụ", TargetMeasure.SHARE_RATED_GOOD_OR_BETTER, new BigDecimal("90")),
            new Target("Mỗi năm ít nhất 01 sáng kiến", TargetMeasure.INNOVATIONS_PER_YEAR, BigDecimal.ONE),
            Target.text("100% CCVC tham gia học tập")));
    private List<AwardOffer> offers;
    private Quota overallQuota = Quota.percent("30");
    private PlanSigner signer = new PlanSigner(null, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR);
    private final long awardFormId;

    private PlanBuilder(long awardFormId) {
        this.awardFormId = awardFormId;
        offers = new ArrayList<>(List.of(
                new AwardOffer(awardFormId, Awardee.COLLECTIVE, "Tập thể đạt các tiêu chuẩn sau:",
                        List.of("Hoàn thành xuất sắc nhiệm vụ;", "Nội bộ đoàn kết."), Quota.count(1), List.of()),
                new AwardOffer(awardFormId, Awardee.INDIVIDUAL, null, List.of("Hoàn thành tốt nhiệm vụ."),
                        Quota.percent("12.5"), List.of("Ưu tiên cá nhân trực tiếp thực hiện nhiệm vụ.", "Ưu tiên nữ."))));
    }

    /** A full draft whose award offers use the given award form. */
    public static PlanBuilder aPlan(long awardFormId) {
        return new PlanBuilder(awardFormId);
    }

    public PlanBuilder withId(Long newId) {
        id = newId;
        return this;
    }

    public PlanBuilder coded(String newCode) {
        code = newCode;
        return this;
    }

    public PlanBuilder titled(String newTitle) {
        title = newTitle;
        return this;
    }

    public PlanBuilder dated(PlanDate newDate) {
        date = newDate;
        return this;
    }

    public PlanBuilder running(Period newPeriod) {
        period = newPeriod;
        return this;
    }

    public PlanBuilder dossiersBy(LocalDate newDeadline) {
        deadline = newDeadline;
        return this;
    }

    public PlanBuilder withTargets(Target... newTargets) {
        targets = new ArrayList<>(List.of(newTargets));
        return this;
    }

    public PlanBuilder withOffers(AwardOffer... newOffers) {
        offers = new ArrayList<>(List.of(newOffers));
        return this;
    }

    public PlanBuilder withOverallQuota(Quota quota) {
        overallQuota = quota;
        return this;
    }

    public PlanBuilder signedBy(PlanSigner newSigner) {
        signer = newSigner;
        return this;
    }

    public AwardOffer offer(Quota quota) {
        return new AwardOffer(awardFormId, Awardee.INDIVIDUAL, null, List.of("Hoàn thành tốt nhiệm vụ."), quota, List.of());
    }

    public Plan build() {
        return new Plan(id, code, null, PlanStatus.DRAFT, "Lạng Sơn", date, title,
                List.of(new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh",
                                "phát động phong trào thi đua đặc biệt"),
                        new DocumentRef("Nghị định", "152/2025/NĐ-CP", LocalDate.of(2025, 6, 14), "Chính phủ", null)),
                "Sở Ngoại vụ ban hành Kế hoạch với chủ đề: “Đoàn kết, đổi mới”, cụ thể như sau:", "Đoàn kết, đổi mới",
                List.of("Động viên cán bộ thi đua.", "Biểu dương điển hình."), List.of("Thiết thực, hiệu quả."),
                List.of("Hoàn thành toàn diện nhiệm vụ."), targets,
                List.of(ContentItem.section("1.", "Thi đua đối ngoại", "Nâng cao chất lượng tham mưu.",
                                ContentItem.section("1.1.", null, "Hoạt động đối ngoại:",
                                        ContentItem.text("a)", "Hội nhập quốc tế;"),
                                        ContentItem.text("b)", "Biên giới lãnh thổ.")),
                                ContentItem.text("-", "Lễ tân đối ngoại.")),
                        ContentItem.text("2.", "Cải cách hành chính, chuyển đổi số.")),
                period, MovementForm.THEMATIC,
                List.of(new AwardeeLine(Awardee.COLLECTIVE, "Các phòng, đơn vị trực thuộc."),
                        new AwardeeLine(Awardee.INDIVIDUAL, "Công chức, viên chức và người lao động.")),
                List.of(new AwardeeLine(Awardee.INDIVIDUAL, "Hoàn thành tốt nhiệm vụ được giao;")),
                offers, overallQuota,
                List.of("Biên bản họp xét;", "Báo cáo thành tích."), deadline, "Văn phòng Sở",
                List.of(new Duty(null, "Các phòng", "Các phòng triển khai kế hoạch."),
                        new Duty(null, "Văn phòng Sở", "Văn phòng Sở theo dõi, tổng hợp.")),
                "Sở Ngoại vụ đề nghị các phòng hưởng ứng./.",
                List.of("Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc;", "Lưu: VT, VP."), signer);
    }
}
