package vn.thidua.tasks.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TaskStatus;
import vn.thidua.tasks.model.TrackedTask;

/** Overdue, at risk and the completion rate worked by hand on fixed days of 2026. */
class TaskTrackingTest {

    private static final int YEAR = 2026;
    private static final long HTQT = 1;
    private static final long LS = 2;
    private static long nextId = 100;

    private static Task task(long id, long lead, Deadline deadline) {
        return new Task(id, TaskSection.PROGRAMME, null, (int) id, "Nhiệm vụ " + id, lead, List.of(), null, null,
                deadline, null, null, null);
    }

    private static ProgressUpdate update(long task, String day, TaskStatus status, int percent) {
        return new ProgressUpdate(nextId++, task, LocalDate.parse(day), status, percent, null, null, null);
    }

    private static TaskState state(Task t, String today, ProgressUpdate... updates) {
        return TaskTracking.track(t, List.of(updates), YEAR, LocalDate.parse(today)).state();
    }

    @Test
    void aMonthMeansItsLastDayAndAQuarterTheLastDayOfItsThirdMonth() {
        assertEquals(LocalDate.of(2026, 2, 28), Deadline.month(2).lastDay(YEAR));
        assertEquals(LocalDate.of(2028, 2, 29), Deadline.month(2).lastDay(2028));
        assertEquals(LocalDate.of(2026, 6, 30), Deadline.quarter(2).lastDay(YEAR));
        assertEquals(LocalDate.of(2026, 12, 31), Deadline.quarter(4).lastDay(YEAR));
        assertNull(Deadline.NONE.lastDay(YEAR));
    }

    @Test
    void anUnfinishedTaskIsOverdueTheDayAfterItsDeadline() {
        Task t = task(1, HTQT, Deadline.month(6));
        assertEquals(TaskState.AT_RISK, state(t, "2026-06-30", update(1, "2026-06-01", TaskStatus.IN_PROGRESS, 60)));
        assertEquals(TaskState.OVERDUE, state(t, "2026-07-01", update(1, "2026-06-01", TaskStatus.IN_PROGRESS, 60)));
        assertEquals(TaskState.OVERDUE, state(t, "2026-07-01"));
    }

    @Test
    void aTaskIsAtRiskFifteenDaysBeforeItsDeadlineAndNotSixteen() {
        Task t = task(1, HTQT, Deadline.on(LocalDate.of(2026, 9, 30)));
        assertEquals(15, TaskTracking.AT_RISK_DAYS);
        assertEquals(TaskState.ON_TRACK, state(t, "2026-09-14"));
        assertEquals(TaskState.AT_RISK, state(t, "2026-09-15"));
    }

    @Test
    void finishingAfterTheDeadlineIsDoneLateAndAfterwardsStaysSo() {
        Task t = task(1, HTQT, Deadline.quarter(1));
        ProgressUpdate late = update(1, "2026-04-03", TaskStatus.DONE, 100);
        assertEquals(TaskState.DONE_LATE, state(t, "2026-12-31", late));
        assertEquals(TaskState.OVERDUE, state(t, "2026-04-02", late), "an update after the day read is not yet known");
        assertEquals(TaskState.DONE, state(t, "2026-12-31", update(1, "2026-03-31", TaskStatus.DONE, 100)));
    }

    @Test
    void aTaskWithoutDeadlineIsStandingWorkAndAStoppedTaskIsSetAside() {
        assertEquals(TaskState.NO_DEADLINE, state(task(1, HTQT, Deadline.NONE), "2026-12-31"));
        assertEquals(TaskState.STOPPED, state(task(2, HTQT, Deadline.month(3)), "2026-12-31",
                update(2, "2026-02-01", TaskStatus.STOPPED, 20)));
    }

    @Test
    void aReportOfAClosedPeriodCountsATaskDueOnItsLastDayAsOverdue() {
        Task t = task(1, HTQT, Deadline.quarter(3));
        TrackedTask open = TaskTracking.track(t, List.of(), YEAR, LocalDate.of(2026, 9, 30), false);
        TrackedTask closed = TaskTracking.track(t, List.of(), YEAR, LocalDate.of(2026, 9, 30), true);
        assertEquals(TaskState.AT_RISK, open.state());
        assertEquals(TaskState.OVERDUE, closed.state());
    }

    @Test
    void theClerkSeesOverdueFirstThenAtRiskThenTheRest() {
        Task done = task(1, HTQT, Deadline.month(1));
        Task onTrack = task(2, HTQT, Deadline.month(12));
        Task overdue = task(3, LS, Deadline.month(9));
        Task atRisk = task(4, LS, Deadline.on(LocalDate.of(2026, 11, 30)));
        List<TrackedTask> sorted = TaskTracking.trackAll(List.of(done, onTrack, overdue, atRisk),
                Map.of(1L, List.of(update(1, "2026-01-20", TaskStatus.DONE, 100))), YEAR, LocalDate.of(2026, 11, 23));
        assertEquals(List.of(overdue, atRisk, onTrack, done), sorted.stream().map(TrackedTask::task).toList());
    }

    @Test
    void theCompletionRateIsTheShareOfLedTasksFinishedByTheirDeadline() {
        Task onTime = task(1, HTQT, Deadline.month(3));
        Task late = task(2, HTQT, Deadline.month(3));
        Task overdue = task(3, HTQT, Deadline.month(6));
        Task notYetDue = task(4, HTQT, Deadline.month(12));
        Task stopped = task(5, HTQT, Deadline.month(5));
        Task standing = task(6, LS, Deadline.NONE);
        Task lsEarly = task(7, LS, Deadline.month(12));
        Map<Long, List<ProgressUpdate>> updates = Map.of(
                1L, List.of(update(1, "2026-03-31", TaskStatus.DONE, 100)),
                2L, List.of(update(2, "2026-04-01", TaskStatus.DONE, 100)),
                3L, List.of(update(3, "2026-06-20", TaskStatus.IN_PROGRESS, 90)),
                5L, List.of(update(5, "2026-04-01", TaskStatus.STOPPED, 10)),
                7L, List.of(update(7, "2026-10-01", TaskStatus.DONE, 100)));
        List<Task> tasks = List.of(onTime, late, overdue, notYetDue, stopped, standing, lsEarly);

        Map<Long, BigDecimal> inNovember = TaskTracking.completionRates(tasks, updates, YEAR, LocalDate.of(2026, 11, 23));
        // HTQT: on time 1 of (onTime, late, overdue); notYetDue and stopped do not count. LS: lsEarly finished early.
        assertEquals(Map.of(HTQT, new BigDecimal("33.33"), LS, new BigDecimal("100.00")), inNovember);

        Map<Long, BigDecimal> atYearEnd = TaskTracking.completionRates(tasks, updates, YEAR, LocalDate.of(2026, 12, 31));
        // HTQT: 1 of 4 (notYetDue now due and unfinished); LS: standing work unfinished at 31/12 counts against it.
        assertEquals(Map.of(HTQT, new BigDecimal("25.00"), LS, new BigDecimal("50.00")), atYearEnd);
    }

    @Test
    void aUnitLeadingNoTaskThatCountsHasNoRate() {
        Map<Long, BigDecimal> rates = TaskTracking.completionRates(List.of(task(1, HTQT, Deadline.month(12))), Map.of(),
                YEAR, LocalDate.of(2026, 6, 1));
        assertEquals(Map.of(), rates);
    }
}
