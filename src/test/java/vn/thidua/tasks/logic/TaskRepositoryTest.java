package vn.thidua.tasks.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.organisation.model.UnitYear;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskField;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskProblem;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskStatus;

/** Task plans, tasks and progress on a real H2 file, and the completion rate reaching the eligibility checks. */
class TaskRepositoryTest {

    @TempDir
    Path dir;

    private Services services;
    private TaskRepository tasks;
    private long htqt;
    private long ls;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        tasks = services.tasks();
        htqt = services.units().save(new Unit(null, "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP",
                UnitType.ADMINISTRATIVE, 0, true)).id();
        ls = services.units().save(new Unit(null, "Phòng Lãnh sự - Quản lý biên giới", "LS-QLBG",
                UnitType.ADMINISTRATIVE, 0, true)).id();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    static TaskPlan seedLike(int year) {
        return new TaskPlan(null, year, "KH", null, "Lạng Sơn", PlanDate.month(year, 1),
                "Triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm " + year,
                List.of(new DocumentRef("Quyết định", "155/QĐ-UBND", LocalDate.of(year, 1, 27), "UBND tỉnh",
                        "việc phê duyệt nhiệm vụ trọng tâm")),
                "Sở Ngoại vụ xây dựng Kế hoạch … với các nội dung sau:", List.of("Mục đích một", "Yêu cầu hai"),
                List.of("Phân công nhiệm vụ trọng tâm"), List.of("Chương trình công tác"), List.of("Trưởng các phòng …"),
                "Trong quá trình thực hiện …/.", List.of("UBND tỉnh (B/c)", "Lưu: VT (HQH)"),
                new PlanSigner(null, "Trịnh Tuyết Mai", SignerRole.DIRECTOR));
    }

    private Task task(String content, Long lead, Deadline deadline) {
        return new Task(null, TaskSection.KEY, null, 0, content, lead, List.of(ls), "các sở, ngành liên quan",
                "Trưởng phòng HTQT-VP", deadline, "Chủ trì tham mưu", "Quyết định ban hành quy chế", "UBND tỉnh");
    }

    @Test
    void aPlanWithEveryDocumentFieldComesBackWhole() {
        TaskPlan saved = tasks.savePlan(seedLike(2026));
        assertEquals(seedLike(2026).withId(saved.id()), saved);
        assertEquals(saved, tasks.plan(2026).orElseThrow());
        assertEquals(List.of(2026), tasks.years());
    }

    @Test
    void aSecondPlanForTheSameYearIsRefusedAtTheYear() {
        tasks.savePlan(seedLike(2026));
        InvalidTaskException e = assertThrows(InvalidTaskException.class, () -> tasks.savePlan(seedLike(2026)));
        assertEquals(List.of(new TaskProblem(TaskField.YEAR,
                "Năm 2026 đã có kế hoạch nhiệm vụ trọng tâm; mỗi năm một kế hoạch.")), e.problems());
    }

    @Test
    void aTaskKeepsItsSixClearFieldsAndDecomposedTextIsStoredComposed() {
        long plan = tasks.savePlan(seedLike(2026)).id();
        String decomposed = "Tie\u0302\u0301p tu\u0323c tham mu\u031Bu";
        Task saved = tasks.saveTask(plan, task(decomposed, htqt, Deadline.quarter(3)));
        assertEquals(new Task(saved.id(), TaskSection.KEY, null, 1, "Tiếp tục tham mưu", htqt, List.of(ls),
                "các sở, ngành liên quan", "Trưởng phòng HTQT-VP", Deadline.quarter(3), "Chủ trì tham mưu",
                "Quyết định ban hành quy chế", "UBND tỉnh"), saved);
        Task second = tasks.saveTask(plan, task("Nhiệm vụ hai", ls, Deadline.on(LocalDate.of(2026, 5, 31))));
        assertEquals(2, second.sortOrder());
        assertEquals(List.of(), second.supportUnitIds(), "the lead unit is not its own supporter");
        assertEquals(List.of(saved, second), tasks.tasks(plan));
    }

    @Test
    void aTaskWithoutLeadOrContentOrWithADeadlineOutsideTheYearIsRefusedFieldByField() {
        long plan = tasks.savePlan(seedLike(2026)).id();
        InvalidTaskException e = assertThrows(InvalidTaskException.class,
                () -> tasks.saveTask(plan, task("  ", null, Deadline.on(LocalDate.of(2027, 1, 15)))));
        assertEquals(List.of(
                new TaskProblem(TaskField.CONTENT, "Chưa nhập nội dung nhiệm vụ (rõ việc)."),
                new TaskProblem(TaskField.LEAD_UNIT, "Chưa chọn đơn vị chủ trì (rõ người)."),
                new TaskProblem(TaskField.DEADLINE, "Thời hạn 15/01/2027 không thuộc năm 2026 của kế hoạch.")),
                e.problems());
        assertEquals(List.of(), tasks.tasks(plan));
    }

    @Test
    void progressAboveAHundredOrBelowZeroIsRefusedAndNothingIsWritten() {
        long plan = tasks.savePlan(seedLike(2026)).id();
        long id = tasks.saveTask(plan, task("Nhiệm vụ", htqt, Deadline.month(6))).id();
        InvalidTaskException above = assertThrows(InvalidTaskException.class, () -> tasks.addProgress(
                new ProgressUpdate(null, id, LocalDate.of(2026, 3, 1), TaskStatus.IN_PROGRESS, 120, null, null, null), null));
        assertEquals(List.of(new TaskProblem(TaskField.PERCENT, "Tỷ lệ hoàn thành phải từ 0 đến 100% (đã nhập 120).")),
                above.problems());
        assertThrows(InvalidTaskException.class, () -> tasks.addProgress(
                new ProgressUpdate(null, id, LocalDate.of(2026, 3, 1), TaskStatus.IN_PROGRESS, -1, null, null, null), null));
        assertEquals(Map.of(), tasks.progress(plan));
    }

    @Test
    void anUpdateKeepsItsEvidenceFileInTheAttachmentStore() throws Exception {
        long plan = tasks.savePlan(seedLike(2026)).id();
        long id = tasks.saveTask(plan, task("Nhiệm vụ", htqt, Deadline.month(6))).id();
        Path evidence = dir.resolve("bien-ban.pdf");
        Files.writeString(evidence, "%PDF-1.4 biên bản");
        ProgressUpdate saved = tasks.addProgress(new ProgressUpdate(null, id, LocalDate.of(2026, 6, 20), TaskStatus.DONE,
                80, "Đã ban hành.", null, null), evidence);
        assertEquals(100, saved.percentDone(), "done is all done");
        assertEquals("bien-ban.pdf", saved.evidenceName());
        assertEquals(List.of(saved), tasks.progress(plan).get(id));
        assertEquals("%PDF-1.4 biên bản", Files.readString(tasks.evidence(saved.attachmentId()).orElseThrow()));
    }

    @Test
    void deletingATaskTakesItsProgressWithIt() {
        long plan = tasks.savePlan(seedLike(2026)).id();
        long id = tasks.saveTask(plan, task("Nhiệm vụ", htqt, Deadline.month(6))).id();
        tasks.addProgress(new ProgressUpdate(null, id, LocalDate.of(2026, 3, 1), TaskStatus.IN_PROGRESS, 10, null, null,
                null), null);
        tasks.deleteTask(id);
        assertEquals(List.of(), tasks.tasks(plan));
        assertEquals(Long.valueOf(0), services.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM task_progress")));
    }

    @Test
    void theCompletionRateGoesIntoTheYearlyRecordKeepingTheRatingAndTheEligibilityCheckReadsIt() {
        long plan = tasks.savePlan(seedLike(2026)).id();
        long a = tasks.saveTask(plan, task("Một", htqt, Deadline.month(3))).id();
        long b = tasks.saveTask(plan, task("Hai", ls, Deadline.month(3))).id();
        tasks.saveTask(plan, task("Ba", ls, Deadline.month(4)));
        tasks.addProgress(new ProgressUpdate(null, a, LocalDate.of(2026, 3, 20), TaskStatus.DONE, 100, null, null, null), null);
        tasks.addProgress(new ProgressUpdate(null, b, LocalDate.of(2026, 3, 30), TaskStatus.DONE, 100, null, null, null), null);
        services.records().saveUnitYear(new UnitYear(htqt, 2026, Rating.EXCELLENT, null, "Ghi chú", java.util.Set.of()));

        Map<Long, BigDecimal> rates = tasks.writeCompletion(2026, LocalDate.of(2026, 12, 31));

        assertEquals(Map.of(htqt, new BigDecimal("100.00"), ls, new BigDecimal("50.00")), rates);
        UnitYear kept = services.records().unitYears(2026).get(htqt);
        assertEquals(new UnitYear(htqt, 2026, Rating.EXCELLENT, new BigDecimal("100.00"), "Ghi chú", java.util.Set.of()), kept);
        assertEquals(0, new BigDecimal("50").compareTo(services.records().unitYears(2026).get(ls).taskCompletion()));

        // Tập thể Lao động xuất sắc needs "hoàn thành 100% nhiệm vụ" (rule sets of 98/2023 and 152/2025).
        LocalDate decided = LocalDate.of(2027, 1, 20);
        EligibilityResult full = services.eligibility().check(EligibilityQuery.forUnit(htqt, "TT_LDXS", 2026, decided));
        EligibilityResult half = services.eligibility().check(EligibilityQuery.forUnit(ls, "TT_LDXS", 2026, decided));
        assertTrue(full.findings().stream().anyMatch(f -> f.passed() && f.text().contains("2026")
                && f.text().contains("hoàn thành 100% nhiệm vụ được giao")), full.findings().toString());
        assertTrue(half.findings().stream().anyMatch(f -> !f.passed() && f.text().contains("hoàn thành 50% nhiệm vụ")),
                half.findings().toString());
    }

    @Test
    void aPlanCannotMoveToAnotherYearWhileTasksHaveDaysInItsOwn() {
        TaskPlan plan = tasks.savePlan(seedLike(2026));
        tasks.saveTask(plan.id(), task("Một", htqt, Deadline.on(LocalDate.of(2026, 6, 30))));
        TaskPlan moved = new TaskPlan(plan.id(), 2027, plan.code(), plan.number(), plan.place(), PlanDate.month(2027, 1),
                plan.title(), plan.basis(), plan.introduction(), plan.purposes(), plan.keyAssignments(), plan.programme(),
                plan.duties(), plan.closing(), plan.recipients(), plan.signer());
        InvalidTaskException e = assertThrows(InvalidTaskException.class, () -> tasks.savePlan(moved));
        assertEquals(List.of(new TaskProblem(TaskField.YEAR,
                "Không chuyển kế hoạch sang năm 2027 được: 1 nhiệm vụ có thời hạn là một ngày của năm khác.")), e.problems());
        assertEquals(plan, tasks.plan(2026).orElseThrow());
    }
}
