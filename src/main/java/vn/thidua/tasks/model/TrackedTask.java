package vn.thidua.tasks.model;

import java.time.LocalDate;

/**
 * A task with where it stands on a day: its last update (null before any), the day it was reported finished (the
 * first DONE update), its deadline's last day and its state.
 */
public record TrackedTask(Task task, ProgressUpdate latest, LocalDate finishedOn, LocalDate due, TaskState state) {

    public int percentDone() {
        return latest == null ? 0 : latest.percentDone();
    }

    public TaskStatus status() {
        return latest == null ? TaskStatus.NOT_STARTED : latest.status();
    }
}
