package vn.thidua.tasks.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.i18n.Messages;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskField;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskProblem;

/**
 * The rules a task plan, a task and a progress update must meet, one message per field: the forms show them at the
 * field as the clerk types, and the repository refuses the same values before writing.
 */
public final class TaskValidator {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private TaskValidator() {
    }

    public static Optional<String> year(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR
                ? Optional.of(Messages.get("tasks.error.year", FIRST_YEAR, LAST_YEAR)) : Optional.empty();
    }

    public static Optional<String> title(String title) {
        return title == null || title.isBlank() ? Optional.of(Messages.get("tasks.error.title")) : Optional.empty();
    }

    public static Optional<String> content(String content) {
        return content == null || content.isBlank() ? Optional.of(Messages.get("tasks.error.content")) : Optional.empty();
    }

    public static Optional<String> leadUnit(Long unitId) {
        return unitId == null ? Optional.of(Messages.get("tasks.error.leadUnit")) : Optional.empty();
    }

    /** A deadline must be a real month or quarter, and a day must fall in the plan's year. */
    public static Optional<String> deadline(Deadline deadline, int year) {
        if (deadline == null) {
            return Optional.empty();
        }
        if (!deadline.isValid()) {
            return Optional.of(Messages.get(switch (deadline.kind()) {
                case MONTH -> "tasks.error.month";
                default -> "tasks.error.quarter";
            }));
        }
        if (!deadline.within(year)) {
            return Optional.of(Messages.get("tasks.error.deadlineYear", TaskTexts.deadline(deadline), year));
        }
        return Optional.empty();
    }

    public static Optional<String> percent(Integer percent) {
        if (percent == null) {
            return Optional.of(Messages.get("tasks.error.percentMissing"));
        }
        return percent < 0 || percent > 100 ? Optional.of(Messages.get("tasks.error.percent", percent)) : Optional.empty();
    }

    public static Optional<String> reportedOn(LocalDate day, int year) {
        if (day == null) {
            return Optional.of(Messages.get("tasks.error.reportedOnMissing"));
        }
        return day.getYear() < year ? Optional.of(Messages.get("tasks.error.reportedOnYear", year)) : Optional.empty();
    }

    public static List<TaskProblem> problems(TaskPlan plan) {
        List<TaskProblem> out = new ArrayList<>();
        year(plan.year()).ifPresent(m -> out.add(new TaskProblem(TaskField.YEAR, m)));
        title(plan.title()).ifPresent(m -> out.add(new TaskProblem(TaskField.TITLE, m)));
        if (plan.date() != null && (!plan.date().isValid() || plan.date().year() != plan.year())) {
            out.add(new TaskProblem(TaskField.DATE, Messages.get("tasks.error.date", plan.year())));
        }
        return out;
    }

    public static List<TaskProblem> problems(Task task, int year) {
        List<TaskProblem> out = new ArrayList<>();
        content(task.content()).ifPresent(m -> out.add(new TaskProblem(TaskField.CONTENT, m)));
        leadUnit(task.leadUnitId()).ifPresent(m -> out.add(new TaskProblem(TaskField.LEAD_UNIT, m)));
        deadline(task.deadline(), year).ifPresent(m -> out.add(new TaskProblem(TaskField.DEADLINE, m)));
        return out;
    }

    public static List<TaskProblem> problems(ProgressUpdate update, int year) {
        List<TaskProblem> out = new ArrayList<>();
        reportedOn(update.reportedOn(), year).ifPresent(m -> out.add(new TaskProblem(TaskField.REPORTED_ON, m)));
        percent(update.percentDone()).ifPresent(m -> out.add(new TaskProblem(TaskField.PERCENT, m)));
        if (update.status() == null) {
            out.add(new TaskProblem(TaskField.STATUS, Messages.get("tasks.error.status")));
        }
        return out;
    }
}
