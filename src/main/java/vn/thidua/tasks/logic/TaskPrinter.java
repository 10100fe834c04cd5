package vn.thidua.tasks.logic;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.FileWrites;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.model.ReportPeriod;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;

/**
 * Loads a year's task plan and writes its appendix (.xlsx) and progress reports (.docx), for the window and the
 * command line alike. The year's report also writes each unit's completion rate into its yearly record, so the
 * figure the report prints is the one the eligibility checks read.
 */
public final class TaskPrinter {

    private final TaskRepository tasks;
    private final AgencyRepository agency;
    private final UnitRepository units;
    private final DocxWriter writer;

    public TaskPrinter(TaskRepository tasks, AgencyRepository agency, UnitRepository units, DocxWriter writer) {
        this.tasks = tasks;
        this.agency = agency;
        this.units = units;
        this.writer = writer;
    }

    /** What a report wrote: the plan, how many tasks, and the rates written into the yearly records (year only). */
    public record Written(TaskPlan plan, int tasks, Map<Long, BigDecimal> ratesWritten) {
    }

    /** A month 1–12 or a quarter 1–4 of a year the program takes, or a refusal in Vietnamese. */
    public static ReportPeriod period(int year, Integer month, Integer quarter) {
        TaskValidator.year(year).ifPresent(m -> {
            throw new UserException(m);
        });
        if (month != null && (month < 1 || month > 12)) {
            throw UserException.of("tasks.error.month");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw UserException.of("tasks.error.quarter");
        }
        return new ReportPeriod(year, month, quarter);
    }

    /** The appendix of the year's plan with progress as it stands on {@code asOf}. */
    public Written appendix(int year, LocalDate asOf, Path file) {
        TaskPlan plan = tasks.require(year);
        List<Task> list = tasks.tasks(plan.id());
        FileWrites.reported(file, () -> TaskWorkbook.appendix(agency.agency().orElse(null), plan, list,
                tasks.progress(plan.id()), unitsById(), asOf, file));
        return new Written(plan, list.size(), Map.of());
    }

    /** The year's plan as its Word document (seed 002's layout) with the appendix of its tasks. */
    public Written plan(int year, Path file) {
        TaskPlan plan = tasks.require(year);
        List<Task> list = tasks.tasks(plan.id());
        try {
            writer.writeAll(TaskPlanDocument.of(plan, list, agency.agency().orElse(null), unitsById()),
                    TaskPlanDocument.TEMPLATE, file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return new Written(plan, list.size(), Map.of());
    }

    /** The progress report of {@code period}; the year's report first writes the completion rates. */
    public Written progress(ReportPeriod period, LocalDate today, Path file) {
        TaskPlan plan = tasks.require(period.year());
        Map<Long, BigDecimal> written = Map.of();
        if (period.isYear()) {
            LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
            written = tasks.writeCompletion(period.year(), asOf);
        }
        List<Task> list = tasks.tasks(plan.id());
        ProgressReport report = new ProgressReport(agency.agency().orElse(null), plan, list, tasks.progress(plan.id()),
                unitsById(), period, today);
        try {
            writer.writeAll(report.documents(), ProgressReport.TEMPLATE, file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return new Written(plan, list.size(), written);
    }

    private Map<Long, Unit> unitsById() {
        Map<Long, Unit> out = new LinkedHashMap<>();
        units.all().forEach(u -> out.put(u.id(), u));
        return out;
    }
}
