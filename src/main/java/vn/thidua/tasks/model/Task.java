package vn.thidua.tasks.model;

import java.util.List;

/**
 * A task of the plan with the "6 rõ" fields: who (lead unit, supporting units and other parties, the person
 * responsible), what (content), when (deadline), the responsibility, the product expected and the authority that
 * approves it; and where the appendix lists it (section A or B, its group, its order).
 */
public record Task(Long id, TaskSection section, String group, int sortOrder, String content, Long leadUnitId,
                   List<Long> supportUnitIds, String supportNote, String responsiblePerson, Deadline deadline,
                   String responsibility, String product, String approver) {

    public Task {
        supportUnitIds = List.copyOf(supportUnitIds == null ? List.of() : supportUnitIds);
        deadline = deadline == null ? Deadline.NONE : deadline;
        section = section == null ? TaskSection.PROGRAMME : section;
    }

    /** A blank task of a section, for a new row of the editor. */
    public static Task blank(TaskSection section) {
        return new Task(null, section, null, 0, "", null, List.of(), null, null, Deadline.NONE, null, null, null);
    }

    public Task withId(Long newId) {
        return new Task(newId, section, group, sortOrder, content, leadUnitId, supportUnitIds, supportNote,
                responsiblePerson, deadline, responsibility, product, approver);
    }

    public Task withSortOrder(int order) {
        return new Task(id, section, group, order, content, leadUnitId, supportUnitIds, supportNote,
                responsiblePerson, deadline, responsibility, product, approver);
    }
}
