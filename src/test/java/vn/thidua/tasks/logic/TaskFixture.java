package vn.thidua.tasks.logic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.app.Services;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskStatus;

/**
 * A small office with a 2026 task plan, read on 23/11/2026: one key task finished on time, one overdue, one at risk,
 * and a work-programme task of the centre not yet due.
 */
public final class TaskFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final Services services;
    public final Unit htqt;
    public final Unit ls;
    public final Unit centre;
    public final long planId;
    public final Task done;
    public final Task overdue;
    public final Task atRisk;
    public final Task later;

    public TaskFixture(Path dir) {
        services = Services.open(dir);
        htqt = services.units().save(new Unit(null, "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP",
                UnitType.ADMINISTRATIVE, 0, true));
        ls = services.units().save(new Unit(null, "Phòng Lãnh sự - Quản lý biên giới", "LS-QLBG",
                UnitType.ADMINISTRATIVE, 0, true));
        centre = services.units().save(new Unit(null, "Trung tâm Thông tin và Dịch vụ đối ngoại", "TTTTDVĐN",
                UnitType.PUBLIC_SERVICE, 0, true));
        TaskRepository tasks = services.tasks();
        planId = tasks.savePlan(TaskRepositoryTest.seedLike(2026)).id();
        done = tasks.saveTask(planId, task(TaskSection.KEY, "Hoàn thiện thể chế trong lĩnh vực đối ngoại", htqt,
                List.of(ls), Deadline.on(LocalDate.of(2026, 9, 30)), "Quyết định ban hành quy chế"));
        overdue = tasks.saveTask(planId, task(TaskSection.KEY, "Nâng cao hiệu quả ngoại giao kinh tế", htqt,
                List.of(centre), Deadline.quarter(3), "Hội nghị xúc tiến đầu tư"));
        atRisk = tasks.saveTask(planId, task(TaskSection.KEY, "Số hoá công tác biên giới", ls, List.of(htqt),
                Deadline.month(11), "Hệ thống dữ liệu dùng chung"));
        later = tasks.saveTask(planId, task(TaskSection.PROGRAMME, "Sản xuất video quảng bá", centre, List.of(),
                Deadline.month(12), "Video 10 phút"));
        tasks.addProgress(update(done, "2026-09-25", TaskStatus.DONE, 100, "Đã ban hành quy chế."), null);
        tasks.addProgress(update(overdue, "2026-09-28", TaskStatus.IN_PROGRESS, 80, "Hội nghị lùi sang tháng 12."), null);
        tasks.addProgress(update(atRisk, "2026-11-10", TaskStatus.IN_PROGRESS, 85, null), null);
    }

    private static Task task(TaskSection section, String content, Unit lead, List<Unit> support, Deadline deadline,
                             String product) {
        return new Task(null, section, section == TaskSection.PROGRAMME ? "I. Công tác thông tin đối ngoại" : null, 0,
                content, lead.id(), support.stream().map(Unit::id).toList(), null, "Trưởng phòng", deadline,
                "Chủ trì", product, "Giám đốc Sở");
    }

    private static ProgressUpdate update(Task t, String day, TaskStatus status, int percent, String note) {
        return new ProgressUpdate(null, t.id(), LocalDate.parse(day), status, percent, note, null, null);
    }

    @Override
    public void close() {
        services.close();
    }
}
