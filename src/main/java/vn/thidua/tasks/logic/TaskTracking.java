package vn.thidua.tasks.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TaskStatus;
import vn.thidua.tasks.model.TrackedTask;

/** Where tasks stand on a day, and each unit's completion rate: plain rules on plain data, no database. */
public final class TaskTracking {

    /**
     * A task not finished whose deadline is at most this many days away is "at risk" (sắp đến hạn): about two weeks,
     * the time a unit needs to ask for help or for a new deadline before the monthly report shows it late.
     */
    public static final int AT_RISK_DAYS = 15;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaskTracking() {
    }

    /** Updates in the order they happened: by day, then as entered. */
    public static final Comparator<ProgressUpdate> CHRONOLOGICAL = Comparator.comparing(ProgressUpdate::reportedOn)
            .thenComparing(u -> u.id() == null ? Long.MAX_VALUE : u.id());

    /**
     * The task on {@code asOf}, reading only the updates reported by then.
     *
     * <ul>
     *   <li>last update STOPPED: {@link TaskState#STOPPED};</li>
     *   <li>last update DONE: {@link TaskState#DONE}, or {@link TaskState#DONE_LATE} when the first DONE of that run
     *       of updates came after the deadline's last day;</li>
     *   <li>no deadline: {@link TaskState#NO_DEADLINE};</li>
     *   <li>the deadline's last day passed: {@link TaskState#OVERDUE};</li>
     *   <li>it is {@link #AT_RISK_DAYS} days away or fewer: {@link TaskState#AT_RISK};</li>
     *   <li>else {@link TaskState#ON_TRACK}.</li>
     * </ul>
     */
    public static TrackedTask track(Task task, List<ProgressUpdate> updates, int year, LocalDate asOf) {
        return track(task, updates, year, asOf, false);
    }

    /**
     * As {@link #track(Task, List, int, LocalDate)}; with {@code dayClosed} the day {@code asOf} is over, so a task due
     * that day and not finished is overdue: how a report reads a month or quarter that has ended.
     */
    public static TrackedTask track(Task task, List<ProgressUpdate> updates, int year, LocalDate asOf, boolean dayClosed) {
        List<ProgressUpdate> known = updates.stream().filter(u -> !u.reportedOn().isAfter(asOf))
                .sorted(CHRONOLOGICAL).toList();
        ProgressUpdate latest = known.isEmpty() ? null : known.get(known.size() - 1);
        LocalDate finished = null;
        for (int i = known.size() - 1; i >= 0 && known.get(i).status() == TaskStatus.DONE; i--) {
            finished = known.get(i).reportedOn();
        }
        LocalDate due = task.deadline().lastDay(year);
        TaskState state;
        if (latest != null && latest.status() == TaskStatus.STOPPED) {
            state = TaskState.STOPPED;
        } else if (finished != null) {
            state = due != null && finished.isAfter(due) ? TaskState.DONE_LATE : TaskState.DONE;
        } else if (due == null) {
            state = TaskState.NO_DEADLINE;
        } else if (asOf.isAfter(due) || (dayClosed && asOf.equals(due))) {
            state = TaskState.OVERDUE;
        } else if (!asOf.plusDays(AT_RISK_DAYS).isBefore(due)) {
            state = TaskState.AT_RISK;
        } else {
            state = TaskState.ON_TRACK;
        }
        return new TrackedTask(task, latest, finished, due, state);
    }

    /** Every task tracked, overdue first, then at risk, on track, …; within a state by deadline, then plan order. */
    public static List<TrackedTask> trackAll(List<Task> tasks, Map<Long, List<ProgressUpdate>> updates, int year,
                                             LocalDate asOf) {
        return trackAll(tasks, updates, year, asOf, false);
    }

    /** As {@link #trackAll(List, Map, int, LocalDate)}, with the day {@code asOf} over when {@code dayClosed}. */
    public static List<TrackedTask> trackAll(List<Task> tasks, Map<Long, List<ProgressUpdate>> updates, int year,
                                             LocalDate asOf, boolean dayClosed) {
        List<TrackedTask> out = new ArrayList<>();
        for (Task t : tasks) {
            out.add(track(t, updates.getOrDefault(t.id(), List.of()), year, asOf, dayClosed));
        }
        out.sort(URGENT_FIRST);
        return out;
    }

    /** Overdue, then at risk, then the rest; earlier deadlines first; then section, order. */
    public static final Comparator<TrackedTask> URGENT_FIRST = Comparator.comparing(TrackedTask::state)
            .thenComparing(TrackedTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> t.task().section())
            .thenComparingInt(t -> t.task().sortOrder());

    /**
     * Each unit's task completion rate for the plan's year, as the yearly record keeps it (unit_year.task_completion)
     * and the standard "hoàn thành 100% nhiệm vụ được giao" reads it:
     *
     * <p>rate = tasks the unit <em>leads</em> that were finished by their deadline ÷ tasks it leads that count, × 100,
     * rounded half up to two decimals. A task counts when its deadline's last day has come by {@code asOf} or it is
     * already finished (so a count in the year's course does not hold tasks not yet due against the unit); a task
     * without a deadline is due on 31 December; a stopped task does not count. "Finished by the deadline" is a DONE
     * update reported on or before the deadline's last day (see {@link #track}). Supporting another unit's task does
     * not count. A unit leading no task that counts has no rate and is left out of the map (no 100 % by default).
     */
    public static Map<Long, BigDecimal> completionRates(List<Task> tasks, Map<Long, List<ProgressUpdate>> updates,
                                                        int year, LocalDate asOf) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (Task t : tasks) {
            if (t.leadUnitId() == null) {
                continue;
            }
            TrackedTask tracked = track(t, updates.getOrDefault(t.id(), List.of()), year, asOf);
            LocalDate due = Objects.requireNonNullElse(tracked.due(), yearEnd);
            boolean finished = tracked.finishedOn() != null;
            if (tracked.state() == TaskState.STOPPED || (!finished && asOf.isBefore(due))) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.leadUnitId(), k -> new int[2]);
            c[1]++;
            if (finished && !tracked.finishedOn().isAfter(due)) {
                c[0]++;
            }
        }
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        counts.forEach((unit, c) -> out.put(unit, BigDecimal.valueOf(c[0]).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(c[1]), 2, RoundingMode.HALF_UP)));
        return out;
    }
}
