package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;
import vn.thidua.plans.model.Quota;

/** The demo holds the seed plans 001 and 003 as issued plans and a draft of this year's. */
class DemoPlansTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static Map<String, Long> forms;
    private static Long office;

    @BeforeAll
    static void fillTheDemo() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        forms = services.database().read(YearlyRecordRepository::awardFormIds);
        office = services.database().read(c -> Jdbc.one(c, "SELECT id FROM unit WHERE short_name = 'HTQT-VP'",
                rs -> rs.getLong(1))).orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static PlanSigner signer(String name) {
        Signer s = services.agency().signers().stream().filter(x -> x.fullName().equals(name)).findFirst().orElseThrow();
        return new PlanSigner(s.id(), s.fullName(), s.role());
    }

    private static Plan byNumber(int year, int number) {
        PlanSummary s = services.plans().all().stream()
                .filter(p -> p.date().year() == year && Integer.valueOf(number).equals(p.number())).findFirst().orElseThrow();
        return services.plans().get(s.id());
    }

    @Test
    void theDemoListsThreePlansNewestYearFirst() {
        List<PlanSummary> all = services.plans().all();

        assertEquals(List.of(
                new PlanSummary(all.get(0).id(), "KH", 579, new PlanDate(2026, 3, 20), "Phát động phong trào thi đua “100 "
                        + "ngày đêm quyết tâm thực hiện Kết luận của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành "
                        + "Đảng bộ tỉnh Cao Bằng”", PlanStatus.ISSUED),
                new PlanSummary(all.get(1).id(), "KH", null, PlanDate.month(2026, 11),
                        "Phát động phong trào thi đua thường xuyên năm 2026", PlanStatus.DRAFT),
                new PlanSummary(all.get(2).id(), "KH", 1, new PlanDate(2025, 5, 20), "Phát động phong trào thi đua đặc biệt "
                        + "lập thành tích chào mừng Đại hội đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII",
                        PlanStatus.ISSUED)), all);
    }

    @Test
    void seed003IsIssuedAs579OfTwentiethMarch2026WithItsWholeContent() {
        Plan stored = byNumber(2026, 579);

        Plan expected = PlanRepository.clean(DemoPlans.seed003(forms, signer("Tô Thị Trang"), office))
                .withId(stored.id()).withIssue(579, PlanStatus.ISSUED, new PlanDate(2026, 3, 20));
        assertEquals(expected, stored);
        assertEquals("Cao Bằng", stored.place());
        assertEquals(List.of("641/KH-UBND", "478/KH-SNgV"), stored.basis().stream().map(DocumentRef::number).toList());
        assertEquals(LocalDate.of(2026, 3, 12), stored.basis().get(0).date());
        assertEquals(Period.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20)), stored.period());
        assertEquals(LocalDate.of(2026, 5, 25), stored.dossierDeadline());
        assertEquals(Quota.percent("30"), stored.overallQuota());
        assertEquals(List.of("1.", "2.", "3.", "4."), stored.contents().stream().map(i -> i.label()).toList());
        assertEquals(4, stored.contents().get(1).children().size());
        assertEquals(List.of(forms.get("BK_TINH"), forms.get("BK_TINH"), forms.get("GK_SO"), forms.get("GK_SO")),
                stored.offers().stream().map(o -> o.awardFormId()).toList());
        assertEquals(6, stored.recipients().size());
        assertEquals("Lưu: VT, VP.", stored.recipients().get(5));
        assertEquals(new PlanSigner(signer("Tô Thị Trang").signerId(), "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR),
                stored.signer());
    }

    @Test
    void seed001IsIssuedThroughTheNumberingWithItsWholeContent() {
        Plan stored = byNumber(2025, 1);

        Plan expected = PlanRepository.clean(DemoPlans.seed001(forms, signer("Trịnh Tuyết Mai"), office))
                .withId(stored.id()).withIssue(1, PlanStatus.ISSUED, PlanDate.of(DemoPlans.SEED_001_DATE));
        assertEquals(expected, stored);
        assertEquals(new DocumentRef("Kế hoạch", "134/KH-UBND", LocalDate.of(2025, 5, 15), "UBND tỉnh", "phát động "
                + "phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng "
                + "Sơn lần thứ XVIII"), stored.basis().get(0));
        assertEquals(Period.months(2025, 5, 2025, 10), stored.period());
        assertEquals(LocalDate.of(2025, 10, 30), stored.dossierDeadline());
        assertEquals(List.of(Quota.count(1), Quota.count(3), Quota.NONE, Quota.NONE),
                stored.offers().stream().map(o -> o.quota()).toList());
        assertEquals(3, stored.dossierDocuments().size());
        assertEquals(SignerRole.DIRECTOR, stored.signer().role());
        assertEquals("Trịnh Tuyết Mai", stored.signer().fullName());
    }

    @Test
    void thisYearsDraftHasNoNumberAndOnlyItsMonthAndMeasurableTargets() {
        Plan draft = services.plans().get(services.plans().all().get(1).id());

        assertEquals(PlanStatus.DRAFT, draft.status());
        assertEquals(null, draft.number());
        assertEquals(PlanDate.month(2026, 11), draft.date());
        assertEquals(List.of(new BigDecimal("90"), BigDecimal.ONE, new BigDecimal("2")), draft.targets().stream()
                .filter(t -> t.isMeasurable()).map(t -> t.threshold()).toList());
    }
}
