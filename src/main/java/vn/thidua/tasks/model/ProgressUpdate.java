package vn.thidua.tasks.model;

import java.time.LocalDate;

/**
 * A dated report on a task: its status, the share done (0–100 %), a note, and the evidence file (a report, minutes,
 * a signed document) kept in the attachment store.
 *
 * @param evidenceName the stored file's name, or null without evidence
 */
public record ProgressUpdate(Long id, long taskId, LocalDate reportedOn, TaskStatus status, int percentDone,
                             String note, Long attachmentId, String evidenceName) {
}
