package vn.thidua.tasks.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.Unit;
import vn.thidua.planimport.logic.ImportFixtures;
import vn.thidua.planimport.logic.PlanImportService;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;

/** Seed 002 read from its Word file and saved as the year's key-task plan, on a real database. */
class ImportedTaskPlansTest {

    @TempDir
    Path dir;

    private PlanReading seed002() throws Exception {
        Path f = dir.resolve("002.docx");
        Files.write(f, ImportFixtures.bytes(ImportFixtures.SEED_002 + ".docx"));
        return PlanImportService.read(f);
    }

    @Test
    void seed002BecomesTheYearsTaskPlanWithItsFourKeyTasksAndUnits() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            DemoOffice.fill(s.database(), 0);
            PlanReading reading = seed002();

            long id = s.planImport().saveTaskPlan(reading);

            TaskPlan plan = s.tasks().require(2026);
            assertEquals(id, plan.id());
            assertEquals("Triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm 2026", plan.title());
            assertEquals("155/QĐ-UBND", plan.basis().get(0).number());
            assertEquals(7, plan.recipients().size());
            List<Task> tasks = s.tasks().tasks(id);
            assertEquals(reading.tasks().size(), tasks.size());
            assertTrue(tasks.stream().limit(4).allMatch(t -> t.section() == TaskSection.KEY));
            Unit cooperation = unit(s, "Phòng Hợp tác quốc tế - Văn phòng");
            Unit consular = unit(s, "Phòng Lãnh sự - Quản lý biên giới");
            Unit centre = unit(s, "Trung tâm Thông tin và Dịch vụ đối ngoại");
            assertEquals(cooperation.id(), tasks.get(0).leadUnitId());
            assertEquals(List.of(consular.id()), tasks.get(0).supportUnitIds(), "the second unit named with the lead");
            assertEquals(List.of(consular.id(), centre.id()), tasks.get(1).supportUnitIds());
            assertEquals("Tiếp tục tham mưu hoàn thiện thể chế trong lĩnh vực đối ngoại.", tasks.get(0).content());

            UserException again = assertThrows(UserException.class, () -> s.planImport().saveTaskPlan(reading));
            assertTrue(again.getMessage().contains("Năm 2026 đã có kế hoạch nhiệm vụ trọng tâm"), again.getMessage());
            assertEquals(tasks.size(), s.tasks().tasks(id).size(), "nothing added by the refused import");
        }
    }

    @Test
    void anOfficeWithoutUnitsIsToldToEnterThemFirst() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            UserException e = assertThrows(UserException.class, () -> s.planImport().saveTaskPlan(seed002()));
            assertTrue(e.getMessage().startsWith("Chưa có đơn vị nào"), e.getMessage());
            assertEquals(List.of(), s.tasks().years());
        }
    }

    @Test
    void deadlinesAreReadAsTheSeedsPrintThemWithinThePlansYear() {
        assertEquals(Deadline.quarter(2), ImportedTaskPlans.deadline("Quý II/2026", 2026));
        assertEquals(Deadline.quarter(4), ImportedTaskPlans.deadline("quý 4 năm 2026", 2026));
        assertEquals(Deadline.month(6), ImportedTaskPlans.deadline("Tháng 6/2026", 2026));
        assertEquals(Deadline.on(LocalDate.of(2026, 6, 30)), ImportedTaskPlans.deadline("Trước ngày 30/6/2026", 2026));
        assertEquals(Deadline.NONE, ImportedTaskPlans.deadline("Thường xuyên", 2026));
        assertEquals(Deadline.NONE, ImportedTaskPlans.deadline("Quý I/2027", 2026), "another year is not this plan's");
        assertEquals(Deadline.NONE, ImportedTaskPlans.deadline("31/2/2026", 2026));
    }

    private static Unit unit(Services s, String name) {
        return s.units().all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }
}
