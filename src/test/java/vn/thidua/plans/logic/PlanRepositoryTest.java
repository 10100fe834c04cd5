package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.PlanBuilder.aPlan;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.DatabaseException;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.plans.model.Amendment;
import vn.thidua.plans.model.FieldProblem;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Quota;
import vn.thidua.testsupport.PlanBuilder;

class PlanRepositoryTest {

    @TempDir
    Path dir;

    private Services services;
    private PlanRepository plans;
    private long giayKhen;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        plans = services.plans();
        giayKhen = services.catalogue().awardForms().stream().filter(f -> f.code().equals("GK_SO")).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private PlanBuilder plan() {
        return aPlan(giayKhen);
    }

    @Test
    void aFullPlanComesBackWhole() {
        Plan typed = plan().build();

        Plan saved = plans.saveDraft(typed);

        assertEquals(typed.withId(saved.id()), saved);
        assertEquals(saved, plans.get(saved.id()));
    }

    @Test
    void savingADraftAgainReplacesItsParts() {
        Plan saved = plans.saveDraft(plan().build());
        Plan edited = plan().withId(saved.id()).titled("Kế hoạch đã sửa")
                .withTargets().withOffers(plan().offer(Quota.count(2))).withOverallQuota(Quota.NONE).build();

        plans.saveDraft(edited);

        assertEquals(edited, plans.get(saved.id()));
    }

    @Test
    void textIsKeptInComposedUnicodeWithTidySpaces() {
        String decomposed = Normalizer.normalize("Kế hoạch  thi đua năm 2026 ", Normalizer.Form.NFD);

        Plan saved = plans.saveDraft(plan().titled(decomposed).build());

        assertEquals("Kế hoạch thi đua năm 2026", plans.get(saved.id()).title());
    }

    @Test
    void issuingNumbersFromOneEachYearAndCode() {
        Plan a = plans.issue(plans.saveDraft(plan().build()).id(), LocalDate.of(2026, 1, 5), null);
        Plan b = plans.issue(plans.saveDraft(plan().build()).id(), LocalDate.of(2026, 2, 1), null);
        Plan launch = plans.issue(plans.saveDraft(plan().coded("PĐ").build()).id(), LocalDate.of(2026, 2, 3), null);
        Plan nextYear = plans.issue(plans.saveDraft(plan().dated(PlanDate.month(2027, 1)).build()).id(),
                LocalDate.of(2027, 1, 4), null);

        assertEquals(List.of(1, 2, 1, 1), List.of(a.number(), b.number(), launch.number(), nextYear.number()));
        assertEquals(new PlanDate(2026, 1, 5), a.date());
        assertEquals(PlanStatus.ISSUED, plans.get(a.id()).status());
        assertEquals("01/KH-SNgV", PlanNumbers.symbol(a.number(), a.code(), "SNgV"));
        assertEquals(3, plans.nextNumber("KH", 2026));
    }

    @Test
    void theNumberThePaperRegisterGaveIsAcceptedUnlessAnotherPlanHasIt() {
        Plan typed = plans.issue(plans.saveDraft(plan().build()).id(), LocalDate.of(2026, 3, 20), 579);
        Plan other = plans.saveDraft(plan().titled("Kế hoạch khác").build());

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> plans.issue(other.id(), LocalDate.of(2026, 4, 1), 579));

        assertEquals(579, typed.number());
        assertEquals(List.of(new FieldProblem(PlanField.NUMBER,
                "Số văn bản: số 579/KH năm 2026 đã được dùng cho một kế hoạch khác.")), e.problems());
        assertEquals(PlanStatus.DRAFT, plans.get(other.id()).status(), "the refused plan stays a draft");
        assertNull(plans.get(other.id()).number());
        assertEquals(580, plans.issue(other.id(), LocalDate.of(2026, 4, 1), null).number(), "the register goes on after it");
        Plan nextYear = plans.saveDraft(plan().dated(PlanDate.month(2027, 1)).build());
        assertEquals(579, plans.issue(nextYear.id(), LocalDate.of(2027, 1, 6), 579).number(), "another year, another register");
    }

    @Test
    void anIssuedPlanIsFrozenAndAChangeIsAnAmendmentKeptWithWhoWhenAndWhat() {
        Plan issued = plans.issue(plans.saveDraft(plan().build()).id(), LocalDate.of(2026, 1, 5), null);
        Plan edited = new Plan(issued.id(), issued.code(), issued.number(), issued.status(), issued.place(), issued.date(),
                "Tên đã sửa", issued.basis(), issued.introduction(), issued.theme(), issued.purposes(),
                issued.requirements(), issued.objectives(), issued.targets(), issued.contents(), issued.period(),
                issued.movementForm(), issued.eligible(), issued.criteria(), issued.offers(), issued.overallQuota(),
                issued.dossierDocuments(), LocalDate.of(2026, 11, 25), issued.dossierDestination(), issued.duties(),
                issued.closing(), issued.recipients(), issued.signer());

        UserException frozen = assertThrows(UserException.class, () -> plans.saveDraft(edited));
        assertEquals("Kế hoạch \"" + issued.title() + "\" đã ban hành nên không sửa trực tiếp được; mọi thay đổi được "
                + "ghi thành một lần sửa đổi.", frozen.getMessage());
        assertEquals(issued, plans.get(issued.id()));

        LocalDateTime at = LocalDateTime.of(2026, 2, 10, 9, 30);
        Plan amended = plans.amend(edited, "thuky", "Lùi hạn nộp hồ sơ theo chỉ đạo", at);

        assertEquals(edited, amended);
        assertEquals(edited, plans.get(issued.id()));
        List<Amendment> log = plans.amendments(issued.id());
        assertEquals(List.of(new Amendment(log.get(0).id(), issued.id(), at, "thuky", "Lùi hạn nộp hồ sơ theo chỉ đạo",
                List.of(new Amendment.Change("title", issued.title(), "Tên đã sửa"),
                        new Amendment.Change("dossierDeadline", "2026-11-20", "2026-11-25")))), log);

        plans.amend(edited, "thuky", "không đổi gì", at.plusHours(1));
        assertEquals(1, plans.amendments(issued.id()).size(), "nothing changed, nothing logged");
    }

    @Test
    void theLifeOfAPlanGoesDraftIssuedInProgressClosed() {
        Plan draft = plans.saveDraft(plan().build());
        assertThrows(UserException.class, () -> plans.start(draft.id()));
        UserException notIssued = assertThrows(UserException.class, () -> plans.amend(draft, "thuky", null, LocalDateTime.now()));
        assertEquals("Kế hoạch \"" + draft.title() + "\" còn là dự thảo; hãy sửa và lưu dự thảo.", notIssued.getMessage());

        Plan issued = plans.issue(draft.id(), LocalDate.of(2026, 1, 5), null);
        assertThrows(UserException.class, () -> plans.issue(draft.id(), LocalDate.of(2026, 1, 6), null));
        assertEquals(PlanStatus.IN_PROGRESS, plans.start(issued.id()).status());
        assertEquals(PlanStatus.CLOSED, plans.close(issued.id()).status());
        assertEquals(PlanStatus.CLOSED, plans.get(issued.id()).status());

        UserException closed = assertThrows(UserException.class,
                () -> plans.amend(plans.get(issued.id()), "thuky", null, LocalDateTime.now()));
        assertEquals("Kế hoạch \"" + draft.title() + "\" đã kết thúc, không sửa được nữa.", closed.getMessage());
    }

    @Test
    void anUnknownPlanGetsAClearMessage() {
        UserException e = assertThrows(UserException.class, () -> plans.get(99));
        assertEquals("Không có kế hoạch mã số 99.", e.getMessage());
        assertThrows(UserException.class, () -> plans.copyAsNew(99));
        assertThrows(UserException.class, () -> plans.issue(99, LocalDate.of(2026, 1, 1), null));
    }

    // --- refused input: the field named, nothing saved -----------------------------------------------------------

    private void assertRefused(Plan plan, PlanField field, String message) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> plans.saveDraft(plan));
        assertEquals(List.of(new FieldProblem(field, message)), e.problems());
        assertEquals(message, e.getMessage());
        assertEquals(List.of(), plans.all(), "nothing saved");
    }

    @Test
    void aPlanWithoutTitleIsRefused() {
        assertRefused(plan().titled("  ").build(), PlanField.TITLE,
                "Tên kế hoạch (trích yếu): chưa nhập; kế hoạch phải có tên.");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertRefused(plan().running(Period.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30))).dossiersBy(null)
                .build(), PlanField.PERIOD, "Thời gian thi đua: ngày kết thúc trước ngày bắt đầu.");
    }

    @Test
    void aQuotaAboveAHundredPercentIsRefused() {
        assertRefused(plan().withOffers(plan().offer(Quota.percent("100")), plan().offer(Quota.percent("100.5"))).build(),
                PlanField.OFFERS, "Hình thức khen thưởng thứ 2 – số lượng: tỷ lệ 100,5% không hợp lệ; cần từ 0 đến 100%.");
    }

    @Test
    void aQuotaBelowZeroIsRefused() {
        assertRefused(plan().withOffers(plan().offer(Quota.percent("-1"))).build(),
                PlanField.OFFERS, "Hình thức khen thưởng thứ 1 – số lượng: tỷ lệ -1% không hợp lệ; cần từ 0 đến 100%.");
        assertRefused(plan().withOffers(plan().offer(Quota.count(-3))).build(),
                PlanField.OFFERS, "Hình thức khen thưởng thứ 1 – số lượng: -3 không hợp lệ; không được nhỏ hơn 0.");
        assertRefused(plan().withOverallQuota(Quota.percent("130")).build(),
                PlanField.OVERALL_QUOTA, "Số lượng khen thưởng chung: tỷ lệ 130% không hợp lệ; cần từ 0 đến 100%.");
    }

    @Test
    void aDossierDeadlineBeforeThePeriodStartsIsRefused() {
        assertRefused(plan().dossiersBy(LocalDate.of(2026, 1, 31)).build(), PlanField.DOSSIER_DEADLINE,
                "Hạn gửi hồ sơ: trước ngày bắt đầu thời gian thi đua.");
    }

    @Test
    void aDossierDeadlineAfterThePeriodEndsIsAcceptedAsSeed003Has() {
        Plan saved = plans.saveDraft(plan().running(Period.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20)))
                .dossiersBy(LocalDate.of(2026, 5, 25)).build());
        assertEquals(LocalDate.of(2026, 5, 25), plans.get(saved.id()).dossierDeadline());
    }

    @Test
    void aMeasurableTargetNeedsASensibleThreshold() {
        assertRefused(plan().withTargets(new vn.thidua.plans.model.Target("≥ 120% CCVC",
                        vn.thidua.plans.model.TargetMeasure.SHARE_RATED_GOOD_OR_BETTER, new BigDecimal("120"))).build(),
                PlanField.TARGETS, "Chỉ tiêu thứ 1: mức chỉ tiêu phải từ 0 trở lên, và không quá 100 nếu là tỷ lệ %.");
    }

    @Test
    void aThresholdWithoutAMeasureIsRefused() {
        assertRefused(plan().withTargets(new vn.thidua.plans.model.Target("≥ 90%", null, new BigDecimal("90"))).build(),
                PlanField.TARGETS, "Chỉ tiêu thứ 1: có mức chỉ tiêu nhưng chưa chọn cách đo từ hồ sơ hằng năm.");
    }

    @Test
    void issuingNeedsADayAndASignerAndLeavesARefusedPlanADraft() {
        Plan unsigned = plans.saveDraft(plan().signedBy(null).build());

        InvalidPlanException noSigner = assertThrows(InvalidPlanException.class,
                () -> plans.issue(unsigned.id(), LocalDate.of(2026, 1, 5), null));
        InvalidPlanException noDay = assertThrows(InvalidPlanException.class, () -> plans.issue(unsigned.id(), null, null));

        assertEquals(List.of(new FieldProblem(PlanField.SIGNER, "Người ký: kế hoạch ban hành phải có người ký.")),
                noSigner.problems());
        assertEquals(List.of(new FieldProblem(PlanField.DATE,
                "Ngày ban hành: kế hoạch ban hành phải có đủ ngày, tháng, năm.")), noDay.problems());
        assertEquals(unsigned, plans.get(unsigned.id()));
        assertEquals(1, plans.nextNumber("KH", 2026), "no number was used up");
    }

    @Test
    void anImpossibleDateIsRefusedAndADraftMayHaveOnlyMonthAndYear() {
        assertRefused(plan().dated(new PlanDate(2026, 2, 30)).build(), PlanField.DATE,
                "Ngày ban hành: ngày, tháng không hợp lệ.");
        Plan monthOnly = plans.saveDraft(plan().dated(PlanDate.month(2026, 1)).build());
        assertEquals(PlanDate.month(2026, 1), plans.get(monthOnly.id()).date());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> plans.saveDraft(plan().titled("")
                .withOverallQuota(Quota.count(-1)).build()));
        assertEquals(List.of(PlanField.TITLE, PlanField.OVERALL_QUOTA), e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aFailingPartLeavesNothingWritten() {
        Plan withUnknownAwardForm = plan().withOffers(new vn.thidua.plans.model.AwardOffer(9999, 
                vn.thidua.plans.model.Awardee.INDIVIDUAL, null, List.of("x"), Quota.NONE, List.of())).build();

        assertThrows(DatabaseException.class, () -> plans.saveDraft(withUnknownAwardForm));

        assertEquals(List.of(), plans.all());
        assertEquals(List.of(0L, 0L, 0L, 0L), services.database().read(c -> List.of(
                Jdbc.count(c, "SELECT COUNT(*) FROM plan"), Jdbc.count(c, "SELECT COUNT(*) FROM plan_basis"),
                Jdbc.count(c, "SELECT COUNT(*) FROM plan_item"), Jdbc.count(c, "SELECT COUNT(*) FROM plan_line"))));
    }

    @Test
    void copyAsNewStartsNextYearsDraftFromLastYearsPlan() {
        Plan lastYear = plans.issue(plans.saveDraft(plan().dated(PlanDate.month(2025, 12))
                .running(Period.months(2025, 2, 2025, 11)).dossiersBy(LocalDate.of(2025, 11, 20)).build()).id(),
                LocalDate.of(2025, 12, 29), 15);

        Plan copy = plans.copyAsNew(lastYear.id());

        Plan expected = plan().withId(copy.id()).dated(new PlanDate(2026, 12, 29))
                .running(Period.months(2026, 2, 2026, 11)).dossiersBy(LocalDate.of(2026, 11, 20)).build();
        assertEquals(expected, copy);
        assertEquals(expected, plans.get(copy.id()));
        assertEquals(PlanStatus.ISSUED, plans.get(lastYear.id()).status(), "last year's plan is untouched");
        assertEquals(1, plans.issue(copy.id(), LocalDate.of(2026, 1, 6), null).number());
    }

    @Test
    void theCopysTitleNamesTheNextYear() {
        Plan lastYear = plans.saveDraft(plan().titled("Phát động phong trào thi đua thường xuyên năm 2025")
                .dated(PlanDate.month(2025, 1)).build());

        assertEquals("Phát động phong trào thi đua thường xuyên năm 2026", plans.copyAsNew(lastYear.id()).title());
    }
}
